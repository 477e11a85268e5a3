package org.balancedrealism.model;

import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The world's look-ups (state ids, regions, move costs) answer what a scan of the states and the rules answers. */
class WorldLookUpsTest {

    @Test
    void everyStateIsFoundByItsIdWhateverStringSpellsIt() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        for (int i = 0; i < w.size(); i++) {
            assertEquals(i, w.indexOf(w.id(i)));
            assertEquals(i, w.indexOf(new String(w.id(i).toCharArray())), "a fresh string with the id");
            assertEquals(-1, w.indexOf(w.id(i) + "X"));
        }
        assertEquals(-1, w.indexOf(null));
        assertEquals(-1, w.indexOf(""));
        assertEquals(w.indexOf("USA"), w.scratch().indexOf("USA"), "copies share the look-up");
    }

    @Test
    void statesShareARegionNumberExactlyWhenTheyShareARegion() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        int[] regions = w.regionNumbers();
        for (int a = 0; a < w.size(); a++) {
            assertEquals(w.nation(a).region == null, regions[a] < 0, w.id(a));
            for (int b = 0; b < w.size(); b++) {
                boolean same = w.nation(a).region != null && w.nation(a).region.equals(w.nation(b).region);
                assertEquals(same, regions[a] >= 0 && regions[a] == regions[b], w.id(a) + " and " + w.id(b));
            }
        }
    }

    @Test
    void aMoveCostIsTheRulesCostOfItsKindEvenWhenTheRulesChange() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        for (MoveKind k : MoveKind.values()) {
            assertSame(w.rules.cost(k.name()), w.moveCost(k), k.name());
        }
        World other = Games.load("cold-war-1947").newWorld(1);
        w.rules = other.rules;
        for (MoveKind k : MoveKind.values()) {
            assertSame(other.rules.cost(k.name()), w.moveCost(k), "after the rules changed: " + k.name());
        }
    }
}
