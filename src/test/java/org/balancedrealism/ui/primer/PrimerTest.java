package org.balancedrealism.ui.primer;

import org.balancedrealism.io.DataFileException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimerTest {

    @Test
    void theShippedPrimerExplainsEveryConceptOfTheTheory() throws DataFileException {
        Primer primer = Primer.loadDefault();
        for (String id : List.of("anarchy", "rational-actors", "security-vs-power", "moderate-aggression",
                "strategic-restraint", "security-dilemma", "threat", "overreach", "balancing", "bandwagoning",
                "buck-passing", "coalitions", "economic-soft-power", "nuclear-deterrence", "bounded-rationality")) {
            PrimerConcept c = primer.find(id).orElseThrow(() -> new AssertionError("no concept " + id));
            assertTrue(!c.summary().isBlank() && !c.text().isEmpty() && c.inGame() != null, id + " is complete");
        }
    }

    @Test
    void aliasesLeadToTheirConcept() throws DataFileException {
        Primer primer = Primer.loadDefault();
        assertEquals("balancing", primer.find("buck-passing").orElseThrow().id());
        assertEquals("overreach", primer.find("hostility-memory").orElseThrow().id());
        assertTrue(primer.find("no-such-idea").isEmpty());
    }

    @Test
    void aLinkToAMissingConceptIsRefusedNamingTheField() {
        String json = """
                {"title": "T", "intro": "I", "concepts": [
                  {"id": "a", "title": "A", "summary": "s", "text": ["t"], "related": ["b"]}]}
                """;
        DataFileException e = assertThrows(DataFileException.class,
                () -> Primer.read(new StringReader(json), "primer.json"));
        assertEquals("concepts[0].related", e.field());
    }

    @Test
    void anIdUsedTwiceIsRefused() {
        String json = """
                {"title": "T", "intro": "I", "concepts": [
                  {"id": "a", "title": "A", "summary": "s", "text": ["t"]},
                  {"id": "b", "title": "B", "summary": "s", "text": ["t"], "aliases": ["a"]}]}
                """;
        assertThrows(DataFileException.class, () -> Primer.read(new StringReader(json), "primer.json"));
    }

    @Test
    void theFrenchPrimerExplainsTheSameConceptsWithTheSameLinks() throws DataFileException {
        org.balancedrealism.text.Texts.setLocale(java.util.Locale.ENGLISH);
        Primer english = Primer.loadDefault();
        org.balancedrealism.text.Texts.setLocale(java.util.Locale.FRENCH);
        Primer french;
        try {
            assertEquals("/assets/texts/primer_fr.json", Primer.resource(java.util.Locale.FRENCH));
            french = Primer.loadDefault();
        } finally {
            org.balancedrealism.text.Texts.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals("Précis de théorie", french.title());
        assertEquals(english.concepts().size(), french.concepts().size());
        for (int k = 0; k < english.concepts().size(); k++) {
            PrimerConcept e = english.concepts().get(k);
            PrimerConcept f = french.concepts().get(k);
            assertEquals(e.id(), f.id());
            assertEquals(e.related(), f.related(), e.id() + " links to the same concepts");
            assertEquals(e.aliases(), f.aliases(), e.id() + " answers to the same aliases");
            assertTrue(!e.title().equals(f.title()) || !e.summary().equals(f.summary()), e.id() + " is translated");
        }
        assertEquals("/assets/texts/primer.json", Primer.resource(java.util.Locale.ENGLISH));
    }
}
