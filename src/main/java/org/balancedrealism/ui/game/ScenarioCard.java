package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import java.util.Objects;

/**
 * What the new-game screen shows about a scenario (DESIGN §7): its card.
 *
 * @param id         scenario id, passed back in the {@link NewGameRequest}
 * @param date       start date as shown ("1947", "Today")
 * @param difficulty a word or two ("Sandbox", "Hard")
 */
public record ScenarioCard(String id, String title, String date, String summary, String difficulty) {
    public ScenarioCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The sandbox every map supports: today's world, every state of the map in play. */
    public static ScenarioCard modernWorld() {
        return new ScenarioCard("modern-world", Texts.get("scenario.modern.title"), Texts.get("scenario.modern.date"),
                Texts.get("scenario.modern.summary"), Texts.get("scenario.modern.difficulty"));
    }
}
