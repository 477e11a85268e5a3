package org.balancedrealism.ui.game;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.ScenarioLoader;
import org.balancedrealism.model.scenario.Scenario;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return new ScenarioCard(s.id, s.title, date(s.startDate), s.summary, capitalised(s.difficulty));
    }

    /** "2022-01" → "January 2022"; anything else as it is. */
    static String date(String yearMonth) {
        if (yearMonth == null || !yearMonth.matches("\\d{4}-\\d{2}")) {
            return yearMonth == null ? "" : yearMonth;
        }
        int month = Integer.parseInt(yearMonth.substring(5));
        if (month < 1 || month > 12) {
            return yearMonth;
        }
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearMonth.substring(0, 4);
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
