package org.balancedrealism.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.balancedrealism.model.World;

import java.util.Random;

/** Invariants over long scripted runs, for many seeds (jqwik). */
class TurnInvariantsPropertiesTest {
    @Property(tries = 15)
    void invariantsHoldOverLongScriptedRuns(@ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
        World w = TurnInvariantsTest.ring(seed);
        Random script = new Random(seed);
        TurnEngine engine = new TurnEngine();
        for (int t = 0; t < 60; t++) {
            engine.resolve(w, TurnInvariantsTest.scriptedOrders(script));
            TurnInvariantsTest.assertInvariants(w);
        }
    }

}
