package org.balancedrealism.engine;

import org.balancedrealism.io.ScenarioLoader;
import org.balancedrealism.model.Inject;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's prepared injects, and the reasons an inject is refused, speak the console's language. */
class InjectLibraryLanguageTest {
    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyPreparedInjectOfTheShippedScenariosHasAFrenchTitleAndText() throws Exception {
        for (String id : List.of("cold-war-1947", "ukraine-2022")) {
            Scenario s = ScenarioLoader.readAsset("scenarios/" + id + ".json");
            Texts.setLocale(Locale.ENGLISH);
            List<Inject> english = Injects.library(s);
            Texts.setLocale(Locale.FRENCH);
            List<Inject> french = Injects.library(s);
            assertTrue(!english.isEmpty(), id + " has prepared injects");
            assertEquals(english.size(), french.size());
            for (int k = 0; k < english.size(); k++) {
                Inject en = english.get(k);
                Inject fr = french.get(k);
                assertEquals(s.injects.get(k).title, en.title(), "English stays as written");
                assertNotEquals(en.title(), fr.title(), id + "/" + en.id() + ": French title");
                assertNotEquals(en.event().text(), fr.event().text(), id + "/" + en.id() + ": French text");
                assertEquals(en.event().effects(), fr.event().effects(), "only the words change");
            }
        }
    }

    @Test
    void aRefusedInjectIsExplainedInFrench() throws Exception {
        var w = org.balancedrealism.io.Games.load("ukraine-2022").newWorld(1);
        ScriptedEvent blank = new ScriptedEvent("x", 0, " ", Visibility.PARTIES, List.of(), List.of());
        Texts.setLocale(Locale.FRENCH);
        List<String> reasons = Injects.check(w, blank);
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("L’événement a besoin d’un texte") || reasons.get(0).startsWith("L'événement a besoin d'un texte"),
                reasons.get(0));
        Texts.setLocale(Locale.ENGLISH);
        assertEquals("The inject needs a text: the line the players will read.", Injects.check(w, blank).get(0));
    }
}
