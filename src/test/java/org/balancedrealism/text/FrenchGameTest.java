package org.balancedrealism.text;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A game played in French reads in French: after ten AI turns of the full world (every state an AI, so every kind of
 * event and reason comes up), no event's sentence, no reason behind it and no AI explanation holds an English
 * sentence, a missing key or a verb left undecided.
 */
class FrenchGameTest {
    static final int TURNS = 10;
    /** Words of English sentences that French never uses. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|of|and|with|from|its|is|are|to|against|by|for|this|that"
            + "|has|was|it|threat|power|opinion|war|turns?|refused|margin|members?|strength|weariness|chance of|needs"
            + "|accepts?|offered|proximity|offence|offensive capability|allied|deterrence|burden|entrapment|lost trade"
            + "|security|wealth|stability|cost|overreach)\\b", Pattern.CASE_INSENSITIVE);

    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFrenchAiGameWritesNoEnglishSentence() throws Exception {
        Texts.setLocale(Locale.FRENCH);
        World w = Games.load("modern-world").newWorld(7);
        for (Nation n : w.nations) {
            n.human = false;
        }
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns();
        for (int t = 0; t < TURNS; t++) {
            ai.playTurn(w, engine);
        }
        List<String> texts = new ArrayList<>();
        for (GameEvent e : w.log) {
            texts.add(e.text());
            texts.add(e.why());
        }
        for (AiNote note : w.ai.notable) {
            texts.add(note.narrative());
            texts.addAll(note.candidates());
        }
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Matcher m = ENGLISH.matcher(text);
            if (m.find()) {
                problems.add("'" + m.group() + "' in: " + text);
            } else if (text.contains("⟨") || text.contains("[") || text.contains("|")) {
                problems.add("a missing key or an undecided verb in: " + text);
            }
        }
        assertTrue(texts.size() > 500, "the game wrote only " + texts.size() + " texts");
        assertTrue(problems.isEmpty(), problems.size() + " texts with English in them, e.g.\n"
                + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
    }
}
