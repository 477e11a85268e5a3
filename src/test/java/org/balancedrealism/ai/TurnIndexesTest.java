package org.balancedrealism.ai;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.PastWar;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who fights whom and who fought whom lately are read from the turn's index, built once before the states decide:
 * it gives the world's own answers for every pair.
 */
class TurnIndexesTest {

    @Test
    void whoFightsWhomAndWhoFoughtWhomLatelyAreTheWorldsAnswers() throws Exception {
        World w = AllAiWorlds.modernWorld(11);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        boolean sawWar = false, sawPastWar = false;
        for (int t = 0; t < 30 && !(sawWar && sawPastWar); t++) {
            turns.playTurn(w, engine);
            TurnIndexes x = TurnIndexes.of(w);
            for (int a = 0; a < w.size(); a++) {
                assertEquals(w.atWar(a), x.atWar(a), "at war: " + w.id(a));
                for (int b = 0; b < w.size(); b++) {
                    assertEquals(w.atWar(a, b), x.atWarWith(a, b), "at war: " + w.id(a) + " with " + w.id(b));
                    assertEquals(foughtLately(w, a, b), x.foughtRecently(a, b), "fought lately: " + w.id(a) + ", " + w.id(b));
                }
            }
            sawWar |= !w.wars.isEmpty();
            sawPastWar |= !w.pastWars.isEmpty();
        }
        assertTrue(sawWar, "the games had a war to check");
        assertTrue(sawPastWar, "and a war that ended");
    }

    private static boolean foughtLately(World w, int a, int b) {
        for (PastWar x : w.pastWars) {
            boolean pair = x.attacker() == a && x.defender() == b || x.attacker() == b && x.defender() == a;
            if (pair && w.turn + 1 - x.endTurn() <= w.rules.ai.repeatWarTurns) {
                return true;
            }
        }
        return false;
    }
}
