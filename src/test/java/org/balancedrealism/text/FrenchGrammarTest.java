package org.balancedrealism.text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** French sentences name states with their articles, contract "de", "à" and "en" with them, and make verbs agree. */
class FrenchGrammarTest {

    @BeforeEach
    void french() {
        Texts.setLocale(Locale.FRENCH);
    }

    @AfterEach
    void backToEnglish() {
        Texts.setLocale(Locale.ENGLISH);
    }

    private static String name(String id) {
        return CountryNames.of(id, id);
    }

    @Test
    void deBeforeAPluralNameContractsToDes() {
        assertEquals("Guerre X : le camp des États-Unis gagne du terrain",
                Texts.get("event.battle.gains", "Guerre X", name("USA")));
    }

    @Test
    void deAndABeforeEachArticleContractAsFrenchDoes() {
        assertEquals("La médiation du Canada dans le conflit « G » échoue", Texts.get("event.mediationFailed", name("CAN"), "G"));
        assertEquals("La médiation d’Israël dans le conflit « G » échoue", Texts.get("event.mediationFailed", name("ISR"), "G"));
        assertEquals("La médiation de la France dans le conflit « G » échoue", Texts.get("event.mediationFailed", name("FRA"), "G"));
        assertEquals("La médiation de l’Iran dans le conflit « G » échoue", Texts.get("event.mediationFailed", name("IRN"), "G"));
        assertEquals("Le Japon envoie 2,5 Md$ d’armes aux États-Unis", Texts.get("event.proxyAid", name("JPN"), "2.5", name("USA")));
        assertEquals("La Chine envoie 1 Md$ d’armes au Canada", Texts.get("event.proxyAid", name("CHN"), "1", name("CAN")));
    }

    @Test
    void enBeforeAStateSaysWhereAsFrenchDoes() {
        assertEquals("La Russie intervient en Ukraine", Texts.get("event.intervenes", name("RUS"), name("UKR"), ""));
        assertEquals("La Russie intervient au Canada", Texts.get("event.intervenes", name("RUS"), name("CAN"), ""));
        assertEquals("La Russie intervient aux États-Unis", Texts.get("event.intervenes", name("RUS"), name("USA"), ""));
    }

    @Test
    void aStateStartingTheSentenceTakesACapitalArticleAndItsVerbAgrees() {
        assertEquals("Les États-Unis sanctionnent la Chine", Texts.get("event.sanctions", name("USA"), name("CHN")));
        assertEquals("La Chine sanctionne les États-Unis", Texts.get("event.sanctions", name("CHN"), name("USA")));
        assertEquals("Cuba sanctionne le Mexique", Texts.get("event.sanctions", name("CUB"), name("MEX")));
        assertEquals("La Russie fait des concessions et les Pays-Bas lèvent leurs sanctions",
                Texts.get("event.concession", name("RUS"), name("NLD")));
    }

    @Test
    void aVerbWrittenForAnotherSentenceAgreesWithTheStateItFollows() {
        String verb = Texts.get("verb.invade", name("IRQ"));
        assertEquals("Les États-Unis envahissent l’Irak", Texts.get("ai.decides", name("USA"), verb));
        assertEquals("La France envahit l’Irak", Texts.get("ai.decides", name("FRA"), verb));
    }

    @Test
    void aNameStandingAsALabelKeepsNoArticle() {
        assertEquals("Guerre France–Allemagne", Texts.get("war.unnamed", name("FRA"), name("DEU")));
        assertEquals("France (vous)", Texts.get("panel.you", name("FRA")));
        assertEquals("{0}\n{1}", FrenchGrammar.fit("{0}\n{1}", new Object[]{name("USA"), "Amérique du Nord"}),
                "a name over its figures, as the map's tooltip shows it");
    }

    @Test
    void aListOfStatesTakesTheirArticlesOneByOne() {
        assertEquals("Une coalition se forme contre la Russie : l’Ukraine, la Pologne, le Canada",
                Texts.get("event.coalitionFormed", name("RUS"), String.join(", ", name("UKR"), name("POL"), name("CAN"))));
    }

    @Test
    void aNameTheJdkDoesNotKnowIsLeftAsItIs() {
        assertEquals("Kosovo sanctionne la Serbie", Texts.get("event.sanctions", "Kosovo", name("SRB")));
    }

    @Test
    void englishSentencesAreLeftAsTheyWere() {
        Texts.setLocale(Locale.ENGLISH);
        assertEquals("United States sanctions China", Texts.get("event.sanctions", "United States", "China"));
        assertEquals("Japan sends $2.5bn of arms to Canada", Texts.get("event.proxyAid", "Japan", "2.5", "Canada"));
    }
}
