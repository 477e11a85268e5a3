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

    @Test
    void aGoodDeedIsRememberedAsLongAsAnAggressiveActOfTheSameWeight() {
        World w = TestWorlds.builder().state("GOD", 1000, 30, 0.03).state("OBS", 1000, 30, 0.03).state("BAD", 1000, 30, 0.03)
                .land("GOD", "OBS").land("OBS", "BAD").build(1);
        int good = 0, observer = 1, bad = 2;
        Trust.rememberGoodDeed(w, good, observer, 15);
        w.opinion.set(observer, good, 15);
        w.memory.set(bad, observer, 15 / w.rules.hostility.opinionPerHostility);
        w.opinion.set(observer, bad, -15);
        for (int t = 0; t < 20; t++) {
            Hostility.decay(w);
            Trust.update(w);
            assertEquals(w.memory.get(bad, observer) * w.rules.hostility.opinionPerHostility, Trust.goodwill(w, good, observer), 1e-9,
                    "the deed fades as the grievance does, turn " + t);
            assertEquals(-w.opinion.get(observer, bad), w.opinion.get(observer, good), 1e-9,
                    "opinion comes back from the deed as slowly as from the act, turn " + t);
        }
        assertTrue(w.opinion.get(observer, good) > 10, "five years on, most of it is remembered: " + w.opinion.get(observer, good));
    }

    @Test
    void aidsGoodwillOutlastsTheTrustItBuilds() {
        World w = TestWorlds.builder().state("DON", 1000, 30, 0.03).state("REC", 100000, 30, 0.03)
                .land("DON", "REC").build(1);
        w.nation(0).actionPoints = 4;
        w.nation(0).treasury = 1000;
        var problems = org.balancedrealism.engine.move.MoveRules.apply(w,
                org.balancedrealism.engine.move.Move.of(org.balancedrealism.engine.move.MoveKind.DEVELOPMENT_AID, "DON", "REC"));
        assertTrue(problems.isEmpty(), problems.toString());
        double gift = w.rules.economy.aidOpinion;
        assertEquals(gift, Trust.goodwill(w, 0, 1), 1e-9, "the aid's goodwill is remembered (no debt backlash with so small a debt)");
        for (int t = 0; t < 20; t++) {
            Hostility.decay(w);
            Trust.update(w);
        }
        assertTrue(w.trust.get(1, 0) < Trust.untied(w, true) + w.rules.moveEffects.aidTrust / 2, "the trust it built has mostly ebbed: " + w.trust.get(1, 0));
        assertTrue(w.opinion.get(1, 0) > gift * 0.8, "five years on, the recipient still remembers most of the aid: "
                + w.opinion.get(1, 0));
    }
}
