package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.ScenarioLoader;
import org.balancedrealism.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Scenario cards read from the scenario files shipped under assets/scenarios. */
public final class ScenarioCards {
    /** The shipped scenarios, in the order the new-campaign screen lists them. */
    public static final List<String> SHIPPED = List.of("modern-world", "ukraine-2022", "belt-and-road-2013",
            "cold-war-1947", "rebuilding-1950", "iraq-2003");

    private static final Logger LOG = Logger.getLogger(ScenarioCards.class.getName());

    private ScenarioCards() {
    }

    /** Cards of the shipped scenarios that load; a file that does not is left out (and logged). */
    public static List<ScenarioCard> shipped() {
        List<ScenarioCard> cards = new ArrayList<>();
        for (String id : SHIPPED) {
            try {
                cards.add(of(ScenarioLoader.readAsset("scenarios/" + id + ".json")));
            } catch (DataFileException | RuntimeException e) {
                LOG.log(Level.WARNING, "scenario left out of the menu: " + e.getMessage(), e);
            }
        }
        return cards;
    }

    public static ScenarioCard of(Scenario s) {
        // the card in the player's language where the scenario gives it, else as written
        Scenario.Translation t = s.translations == null ? null : s.translations.get(Texts.locale().getLanguage());
        String title = t != null && t.title != null && !t.title.isBlank() ? t.title : s.title;
        String summary = t != null && t.summary != null && !t.summary.isBlank() ? t.summary : s.summary;
        String difficulty = s.difficulty == null || s.difficulty.isEmpty() ? ""
                : Texts.get("scenario.difficulty." + s.difficulty);
        return new ScenarioCard(s.id, title, date(s.startDate), summary, difficulty);
    }

    /** "2022-01" → "January 2022" (in the player's language); anything else as it is. */
    static String date(String yearMonth) {
        if (yearMonth == null) {
            return "";
        }
        String month = Figures.month(yearMonth);
        return month.isEmpty() ? month : Character.toUpperCase(month.charAt(0)) + month.substring(1);
    }
}
