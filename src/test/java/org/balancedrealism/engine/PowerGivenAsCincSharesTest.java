package org.balancedrealism.engine;

import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §2: historical scenarios may give power directly as Correlates-of-War CINC shares. */
class PowerGivenAsCincSharesTest {
    private static TestWorlds fourStates() {
        return TestWorlds.builder()
                .state("AAA", 2000, 150, 0.05).state("BBB", 500, 200, 0.10)
                .state("CCC", 300, 50, 0.02).state("DDD", 100, 20, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD");
    }

    private static double share(World w, String id) {
        return w.derived.power[w.indexOf(id)];
    }

    @Test
    void powerSharesStartAtTheCincSharesGiven() {
        World w = fourStates().with("AAA", n -> n.cinc = 0.30).with("BBB", n -> n.cinc = 0.40).build(1);
        assertEquals(0.30, share(w, "AAA"), 1e-9);
        assertEquals(0.40, share(w, "BBB"), 1e-9);
        assertEquals(0.30, share(w, "AAA"), 1e-9);
        assertEquals(0.30, w.nation(w.indexOf("AAA")).startPower, 1e-9, "the score starts from the CINC share too");
    }

    @Test
    void statesWithoutCincShareTheRestInProportionToTheirCompositePower() {
        World plain = fourStates().build(1);
        World w = fourStates().with("AAA", n -> n.cinc = 0.30).with("BBB", n -> n.cinc = 0.40).build(1);
        double restBefore = share(plain, "CCC") + share(plain, "DDD");
        assertEquals(0.30, share(w, "CCC") + share(w, "DDD"), 1e-9);
        assertEquals(share(plain, "CCC") / restBefore, share(w, "CCC") / 0.30, 1e-9);
    }

    @Test
    void withoutCincThePowerSharesAreTheCompositeIndex() {
        World w = fourStates().build(1);
        double sum = 0;
        for (int i = 0; i < w.size(); i++) {
            assertEquals(1.0, w.nation(i).powerCalibration);
            sum += w.derived.power[i];
        }
        assertEquals(1.0, sum, 1e-9);
        assertTrue(share(w, "AAA") > share(w, "BBB"), "the richer state leads by GDP");
    }

    @Test
    void afterTheStartEachShareMovesWithTheStatesOwnCompositeGrowth() {
        World w = fourStates().with("AAA", n -> n.cinc = 0.30).with("BBB", n -> n.cinc = 0.40).build(1);
        int a = w.indexOf("AAA");
        double before = share(w, "AAA");
        w.nation(a).gdp *= 2;
        w.nation(a).military *= 2;
        Perception.refresh(w);
        assertTrue(share(w, "AAA") > before + 0.05, "AAA doubled its economy and forces: " + share(w, "AAA"));
        double sum = 0;
        for (int i = 0; i < w.size(); i++) {
            sum += w.derived.power[i];
        }
        assertEquals(1.0, sum, 1e-9, "shares still add up to the whole world");
        // states without CINC keep one common factor: between them the composite index decides, as without CINC
        assertEquals(composite(w, "CCC") / composite(w, "DDD"), share(w, "CCC") / share(w, "DDD"), 1e-9);
    }

    private static double composite(World w, String id) {
        int i = w.indexOf(id);
        double k = w.rules.power.compositeLatentWeight;
        return k * w.derived.latent[i] + (1 - k) * w.derived.mobilised[i];
    }
}
