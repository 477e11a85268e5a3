package org.balancedrealism.text;

import org.balancedrealism.io.Games;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sentences name a territory in words: a homeland by its state, an overseas part (the Falklands) by its own name, never a code. */
class TerritoryNamesTest {
    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void aHomelandIsNamedByItsStateAndAnOverseasPartByItsOwnName() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        assertEquals("Lithuania", w.territoryName("LTU"));
        assertEquals("Falkland Islands", w.territoryName("FLK"));
        Texts.setLocale(Locale.FRENCH);
        assertEquals("Lituanie", w.territoryName("LTU"));
        assertEquals("Îles Malouines", w.territoryName("FLK"));
    }
}
