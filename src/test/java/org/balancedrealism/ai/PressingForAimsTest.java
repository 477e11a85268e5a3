package org.balancedrealism.ai;

import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A winner presses for its aims (DESIGN §5.1): conquest takes land, not a small indemnity at the first lead. */
class PressingForAimsTest {
    private static World war(double score) {
        World w = TestWorlds.builder().state("BIG", 8000, 200, 0.05).state("SML", 800, 30, 0.02)
                .land("BIG", "SML").build(1);
        War war = Wars.declare(w, w.indexOf("BIG"), w.indexOf("SML"), List.of("SML"), false);
        war.warscore = score;
        return w;
    }

    @Test
    void aWinningAttackerWhoseScoreCannotYetBuyItsAimsFightsOnRatherThanTakeReparations() {
        World w = war(30); // ahead, but the homeland costs homelandCost (60)
        War war = w.wars.get(0);
        assertTrue(30 >= w.rules.war.pressScore && 30 < w.rules.war.homelandCost);
        assertNull(Candidates.pressedTerms(w, war, w.indexOf("BIG"), w.indexOf("SML"), 30, false),
                "no offer yet: it fights on for the territory it aims at");
    }

    @Test
    void aWearyAttackerSettlesForTheReparationsItsScoreBuys() {
        World w = war(30);
        Move m = Candidates.pressedTerms(w, w.wars.get(0), w.indexOf("BIG"), w.indexOf("SML"), 30, true);
        assertNotNull(m, "weary or in a long war, it takes what its lead buys");
        assertTrue(m.amount() > 0 && m.territory() == null, "reparations only: " + m);
    }

    @Test
    void anAttackerWhoseScoreBuysItsAimTakesTheTerritory() {
        World w = war(70);
        Move m = Candidates.pressedTerms(w, w.wars.get(0), w.indexOf("BIG"), w.indexOf("SML"), 70, false);
        assertNotNull(m);
        assertEquals("SML", m.territory());
    }
}
