package org.balancedrealism.engine;

import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeWorldTest {
    @Test
    void aSmallWorldRunsTenTurns() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.02).state("BBB", 1000, 50, 0.02)
                .state("CCC", 100, 10, 0.02).land("AAA", "BBB").land("BBB", "CCC").build(7);
        TurnEngine engine = new TurnEngine();
        for (int t = 0; t < 10; t++) {
            engine.resolve(w, List.of());
        }
        assertEquals(10, w.turn);
        assertTrue(w.nation(0).gdp > 1000, "GDP grows in peace");
    }
}
