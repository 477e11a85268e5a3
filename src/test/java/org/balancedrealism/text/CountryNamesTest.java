package org.balancedrealism.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** States are named in the language of the moment from the JDK's ISO 3166 data; English keeps the map's names. */
class CountryNamesTest {

    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishKeepsTheMapsOwnName() {
        Texts.setLocale(Locale.ENGLISH);
        assertEquals("Czechia", CountryNames.of("CZE", "Czechia"));
        assertEquals("United States of America", CountryNames.of("USA", "United States of America"));
    }

    @Test
    void frenchNamesComeFromTheIsoCodes() {
        Texts.setLocale(Locale.FRENCH);
        assertEquals("Allemagne", CountryNames.of("DEU", "Germany"));
        assertEquals("États-Unis", CountryNames.of("USA", "United States of America"));
        assertEquals("Russie", CountryNames.of("RUS", "Russia"));
    }

    @Test
    void aStateTheJdkDoesNotKnowKeepsTheMapsName() {
        Texts.setLocale(Locale.FRENCH);
        assertEquals("Alphaland", CountryNames.of("DEP", "Alphaland"));
        assertEquals("Somaliland", CountryNames.of("SOL", "Somaliland"));
    }

    @Test
    void subregionsAreNamedInTheLanguageOfTheMoment() {
        Texts.setLocale(Locale.FRENCH);
        assertEquals("Europe de l’Ouest", CountryNames.region("Western Europe"));
        assertEquals("Atlantis", CountryNames.region("Atlantis"));
        Texts.setLocale(Locale.ENGLISH);
        assertEquals("Western Europe", CountryNames.region("Western Europe"));
    }
}
