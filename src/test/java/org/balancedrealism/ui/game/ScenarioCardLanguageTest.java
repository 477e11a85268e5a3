package org.balancedrealism.ui.game;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.ScenarioLoader;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario card speaks the player's language where the scenario gives it one, and English where it does not. */
class ScenarioCardLanguageTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyShippedScenarioHasAFrenchCard() throws DataFileException {
        for (String id : ScenarioCards.SHIPPED) {
            Scenario s = ScenarioLoader.readAsset("scenarios/" + id + ".json");
            Texts.setLocale(Locale.ENGLISH);
            ScenarioCard english = ScenarioCards.of(s);
            Texts.setLocale(Locale.FRENCH);
            ScenarioCard french = ScenarioCards.of(s);
            assertEquals(s.title, english.title());
            assertTrue(s.translations.containsKey("fr"), id + " has a French card");
            assertFalse(french.summary().equals(english.summary()), id + ": the French summary is not the English one");
        }
    }

    @Test
    void theCardOfUkraineIsInFrenchWithItsDateAndDifficulty() throws DataFileException {
        Scenario s = ScenarioLoader.readAsset("scenarios/ukraine-2022.json");
        Texts.setLocale(Locale.FRENCH);
        ScenarioCard card = ScenarioCards.of(s);
        assertEquals("Janvier 2022", card.date());
        assertEquals("Difficile", card.difficulty());
        assertTrue(card.summary().startsWith("Janvier 2022 : les armées russes"), card.summary());
        Texts.setLocale(Locale.ENGLISH);
        assertEquals("January 2022", ScenarioCards.of(s).date());
        assertEquals("Hard", ScenarioCards.of(s).difficulty());
    }

    @Test
    void aTranslationUnderSomethingOtherThanALanguageCodeIsRefusedNamingTheField() throws Exception {
        String ukraine = new String(ScenarioCardLanguageTest.class.getResourceAsStream("/assets/scenarios/ukraine-2022.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("ukraine-2022.json");
        Files.writeString(file, ukraine.replace("\"translations\": {\"fr\":", "\"translations\": {\"French\":"));
        DataFileException e = assertThrows(DataFileException.class, () -> org.balancedrealism.io.Games.load(file.toString()));
        assertEquals("translations.French", e.field());
    }
}
