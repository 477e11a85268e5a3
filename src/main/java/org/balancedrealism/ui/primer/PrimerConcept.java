package org.balancedrealism.ui.primer;

import java.util.List;

/**
 * One idea of the theory, explained in the game's words.
 *
 * @param id      stable id other screens link to ("security-dilemma")
 * @param aliases other ids that lead here ("bandwagoning" → "balancing")
 * @param summary one sentence
 * @param text    paragraphs
 * @param inGame  where the player meets the idea in the game
 * @param example a historical case, or null
 * @param related ids of related concepts
 */
public record PrimerConcept(String id, String title, List<String> aliases, String summary, List<String> text,
                            String inGame, String example, List<String> related) {
    public PrimerConcept {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        text = text == null ? List.of() : List.copyOf(text);
        related = related == null ? List.of() : List.copyOf(related);
    }
}
