package org.balancedrealism.io;

import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The essay's case studies ship as scenarios: they load, and their historical settings take effect. */
class HistoricalScenariosLoadTest {
    private static double power(World w, String id) {
        return w.derived.power[w.indexOf(id)];
    }

    @Test
    void theColdWarStartsFromTheCincSharesOf1947WithTheSovietUnionWithoutTheBomb() throws Exception {
        Games.Loaded g = Games.load("cold-war-1947");
        assertEquals(2.4, g.rules().growth.frontierGdpPerCapita, "its partial rules file amends the default");
        assertEquals(2, g.rules().coalition.minMembers, "everything else is the default");
        World w = g.newWorld(1);
        assertEquals(0.310, power(w, "USA"), 0.001);
        assertEquals(0.145, power(w, "RUS"), 0.001);
        assertEquals(3, w.nation(w.indexOf("USA")).nuclear);
        assertEquals(0, w.nation(w.indexOf("RUS")).nuclear);
        assertFalse(w.nation(w.indexOf("UKR")).alive, "Ukraine is part of the Soviet Union");
        assertEquals("passive", w.nation(w.indexOf("BRA")).doctrine);
        assertEquals("balanced-realist", w.nation(w.indexOf("FRA")).doctrine);
    }

    @Test
    void rebuildingGivesTheOccupiedStatesAnEstimatedShareAndNoArmy() throws Exception {
        World w = Games.load("rebuilding-1950").newWorld(1);
        assertEquals(0.025, power(w, "DEU"), 0.001);
        assertEquals(0.018, power(w, "JPN"), 0.001);
        assertEquals(0, w.nation(w.indexOf("DEU")).military);
        assertEquals("liberal-institutionalist", w.nation(w.indexOf("JPN")).doctrine);
    }

    @Test
    void iraqStartsOnTheEveOfTheWarWithoutCinc() throws Exception {
        World w = Games.load("iraq-2003").newWorld(1);
        assertTrue(w.wars.isEmpty(), "the invasion is scripted by the claims, not part of the start");
        assertTrue(power(w, "USA") > 0.25, "power from GDP and forces: " + power(w, "USA"));
        assertEquals(1.0, w.nation(w.indexOf("USA")).powerCalibration);
        assertFalse(w.nation(w.indexOf("MNE")).alive, "Serbia and Montenegro");
    }
}
