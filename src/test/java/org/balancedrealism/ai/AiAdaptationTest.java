package org.balancedrealism.ai;

import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiAdaptationTest {
    private static World world() {
        return TestWorlds.builder()
                .state("BAL", 1000, 50, 0.02).state("OFF", 1000, 50, 0.02).state("DEF", 3000, 80, 0.02)
                .land("BAL", "OFF").land("OFF", "DEF")
                .with("OFF", n -> n.doctrine = "offensive-realist")
                .with("DEF", n -> n.doctrine = "defensive-realist")
                .build(5);
    }

    @Test
    void balancedRealistShiftsTenPercentOfWeightTowardTheBestScoringDoctrineEveryEightTurns() {
        World w = world();
        Adaptation.maybeAdapt(w); // turn 0: not due
        assertTrue(w.ai.weights.isEmpty());
        w.turn = (int) w.rules.ai.adaptEveryTurns;
        w.nation(w.indexOf("DEF")).gdp *= 2; // the defensive realist prospers
        Adaptation.maybeAdapt(w);
        String best = w.ai.adaptedToward.get("BAL");
        assertEquals("defensive-realist", best);
        Rules.Doctrine bal = w.rules.doctrine("balanced-realist");
        Rules.Doctrine def = w.rules.doctrine(best);
        double s = w.rules.ai.adaptShift;
        assertArrayEquals(new double[] {(1 - s) * bal.security + s * def.security, (1 - s) * bal.power + s * def.power,
                (1 - s) * bal.wealth + s * def.wealth, (1 - s) * bal.influence + s * def.influence,
                (1 - s) * bal.stability + s * def.stability}, w.ai.weights.get("BAL"), 1e-12);
        assertArrayEquals(w.ai.weights.get("BAL"), Adaptation.weights(w, w.indexOf("BAL")));
        assertFalse(w.ai.weights.containsKey("OFF"), "only adaptive doctrines adapt");
    }
}
