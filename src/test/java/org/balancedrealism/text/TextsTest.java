package org.balancedrealism.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {
    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void eachLanguageNamesItselfInItsOwnWords() {
        assertEquals("English", Texts.get("language.name"));
        Texts.setLocale(Locale.FRENCH);
        assertEquals("Français", Texts.get("language.name"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        Texts.setLocale(Locale.JAPANESE);
        assertEquals(Locale.ENGLISH, Texts.locale());
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertTrue(Texts.get("no.such.key").contains("no.such.key"));
    }
}
