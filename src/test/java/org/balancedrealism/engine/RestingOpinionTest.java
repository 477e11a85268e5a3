package org.balancedrealism.engine;

import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where opinion comes to rest (engine.Trust): lasting cooperation with that state, not a pull toward the strong. */
class RestingOpinionTest {
    @Test
    void aPairWithNothingBetweenThemStaysIndifferent() {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03)
                .with("AAA", n -> n.regime = "autocracy").land("AAA", "BBB").build(1);
        for (int t = 0; t < 40; t++) {
            Trust.update(w);
        }
        assertEquals(0, w.opinion.get(0, 1), 1e-9, "no ties, nothing remembered: opinion stays where the scenario left it");
    }

    @Test
    void lastingCooperationRaisesTheRestingOpinionAndRememberedHostilityLowersIt() {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03).land("AAA", "BBB").build(1);
        double untied = Trust.untied(w, false);
        double tied = untied + w.rules.diplomacy.trustPerTrade;
        assertEquals(0, Trust.restingOpinion(w, untied, untied, untied, 0, 0), 1e-9);
        assertEquals(w.rules.diplomacy.opinionPerTrust * w.rules.diplomacy.trustPerTrade,
                Trust.restingOpinion(w, tied, tied, untied, 0, 0), 1e-9, "a treaty in force lifts it");
        assertTrue(Trust.restingOpinion(w, untied, untied + 0.05, untied, 0, 0) > 0, "trust built by aid lifts it while remembered");
        assertTrue(Trust.restingOpinion(w, tied, tied, untied, 30, 0) < 0, "remembered hostility outweighs one treaty");
    }

    @Test
    void theStrongestStateIsNoMoreLikedForItsPowerAlone() {
        World w = TestWorlds.builder().state("GNT", 20000, 300, 0.05).state("SML", 100, 5, 0.02)
                .state("MID", 1000, 30, 0.03).land("GNT", "SML").land("SML", "MID").build(1);
        w.nation(0).softPower = 90;
        w.treaties.add(new org.balancedrealism.model.Treaty(TreatyType.TRADE, 1, 2, 0, null));
        for (int t = 0; t < 40; t++) {
            Trust.update(w);
        }
        assertEquals(0, w.opinion.get(1, 0), 1e-9, "no ties with the giant: no attraction");
        assertTrue(w.opinion.get(1, 2) > 3, "its trade partner is liked more: " + w.opinion.get(1, 2));
    }

    @Test
    void anOpinionTheScenarioSetsIsNotUndoneByTheDriftButMovesWithWhatChanges() {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03).land("AAA", "BBB").build(1);
        w.opinion.set(0, 1, 45); // the author's figure: history and culture the ties do not show
        Trust.anchor(w, java.util.List.of(new int[]{0, 1}));
        for (int t = 0; t < 40; t++) {
            Trust.update(w);
        }
        assertEquals(45, w.opinion.get(0, 1), 1e-6, "nothing changed, so it stays where the scenario set it");
        w.treaties.add(new org.balancedrealism.model.Treaty(TreatyType.TRADE, 0, 1, 0, null));
        for (int t = 0; t < 40; t++) {
            Trust.update(w);
        }
        assertTrue(w.opinion.get(0, 1) > 48, "a treaty in force raises it from there: " + w.opinion.get(0, 1));
        double unset = w.opinion.get(1, 0);
        assertTrue(unset > 0 && unset <= w.rules.diplomacy.opinionPerTrust * w.rules.diplomacy.trustPerTrade,
                "the unset direction rests where the treaty alone puts it: " + unset);
    }
}
