package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threat perception (§4.1) and hostility memory (§4.2). */
class RulesOfThreatAndHostilityTest {
    /** A line of states: AGG – VIC – NBR, and FAR reached only by a long sea link from NBR. */
    private static World line() {
        return TestWorlds.builder()
                .state("AGG", 3000, 100, 0.04).state("VIC", 500, 30, 0.02).state("NBR", 800, 40, 0.02)
                .state("FAR", 800, 40, 0.02).state("XXX", 800, 40, 0.02)
                .region("FAR", "Faraway").region("XXX", "Faraway")
                .land("AGG", "VIC").land("VIC", "NBR").sea("NBR", "XXX").sea("XXX", "FAR")
                .build(1);
    }

    @Test
    void anInvasionRaisesHostilityInTheVictimsNeighboursMoreThanInDistantStates() {
        World w = line();
        int agg = w.indexOf("AGG");
        List<String> problems = MoveRules.apply(w, Move.of(MoveKind.INVADE, "AGG", "VIC"));
        assertTrue(problems.isEmpty(), problems.toString());
        double neighbour = w.memory.get(agg, w.indexOf("NBR"));
        double distant = w.memory.get(agg, w.indexOf("FAR"));
        double victim = w.memory.get(agg, w.indexOf("VIC"));
        assertTrue(victim >= 30, "the victim remembers an unprovoked war in full: " + victim);
        assertTrue(neighbour > distant, "neighbour " + neighbour + " > distant " + distant);
        assertTrue(distant > 0, "even distant states remember something");
    }

    @Test
    void armingRaisesTheNeighboursThreatEvenWithoutHostileIntent() {
        World w = line();
        int agg = w.indexOf("AGG");
        int vic = w.indexOf("VIC");
        double before = w.derived.threat(vic, agg);
        for (int k = 0; k < 3; k++) {
            w.nation(agg).actionPoints = 4;
            w.nation(agg).treasury = 1000;
            assertTrue(MoveRules.apply(w, Move.of(MoveKind.BUILD_UP, "AGG")).isEmpty());
        }
        Perception.refresh(w);
        assertTrue(w.derived.threat(vic, agg) > before, "security dilemma: " + before + " → " + w.derived.threat(vic, agg));
    }

    @Test
    void threatIsIntentionsTimesCapabilityAndAHarmlessAllyCountsAtThirtyPercent() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 1000, 50, 0.03)
                .land("AAA", "BBB").alliance("AAA", "BBB").build(1);
        ThreatFactors f = Perception.factors(w, w.derived, 0, 1);
        double raw = f.intentions() * Math.pow(f.power() * f.offence(), 0.25) * f.proximity();
        assertTrue(f.allied());
        assertEquals(raw * 0.3, f.threat(), 1e-9);
    }

    @Test
    void anAllysDiscountFadesWithTheHostilityItWrites() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 1000, 50, 0.03)
                .land("AAA", "BBB").alliance("AAA", "BBB").build(1);
        double before = w.derived.threat(0, 1);
        Hostility.record(w, 1, 0, 30);
        Perception.refresh(w);
        assertTrue(Perception.allyDiscount(w, 0, 1) > 0.5, "discount " + Perception.allyDiscount(w, 0, 1));
        assertTrue(w.derived.threat(0, 1) > 1.5 * before, before + " → " + w.derived.threat(0, 1));
    }

    @Test
    void aPeacefulDistantRegionalPowerDoesNotThreatenASmallState() {
        World w = TestWorlds.builder().state("REG", 3000, 200, 0.04).state("MID", 200, 20, 0.02)
                .state("SML", 20, 2, 0.01).land("REG", "MID").land("MID", "SML").build(1);
        double t = w.derived.threat(w.indexOf("SML"), w.indexOf("REG"));
        assertTrue(t < w.rules.threat.threatened, "threat " + t);
        assertEquals(Perception.intentionFloor(w, w.nation(w.indexOf("SML"))),
                Perception.factors(w, w.derived, w.indexOf("SML"), w.indexOf("REG")).intentions(), 0.02,
                "no hostility remembered: intentions sit at the floor (opinion aside)");
    }

    @Test
    void theNeighbourOfAStateThatHasJustInvadedSomeoneFeelsThreatened() {
        World w = TestWorlds.builder().state("REG", 3000, 200, 0.04).state("VIC", 200, 20, 0.02)
                .state("NBR", 300, 20, 0.02).land("REG", "VIC").land("REG", "NBR").land("VIC", "NBR").build(1);
        int reg = w.indexOf("REG");
        double before = w.derived.threat(w.indexOf("NBR"), reg);
        Hostility.record(w, reg, w.indexOf("VIC"), w.rules.hostility.unprovokedWar);
        Perception.refresh(w);
        double after = w.derived.threat(w.indexOf("NBR"), reg);
        assertTrue(before < w.rules.threat.threatened && after >= w.rules.threat.threatened, before + " → " + after);
    }

    @Test
    void aProtectorFeelsPartOfTheThreatItsAllyFeels() {
        World w = TestWorlds.builder().state("AGG", 3000, 200, 0.04).state("ALY", 300, 20, 0.02)
                .state("FAR", 20000, 300, 0.04).land("AGG", "ALY").sea("ALY", "FAR").alliance("ALY", "FAR").build(1);
        w.nation(w.indexOf("FAR")).reach = 6;
        Hostility.record(w, w.indexOf("AGG"), w.indexOf("ALY"), 40);
        Perception.refresh(w);
        double ally = w.derived.threat(w.indexOf("ALY"), w.indexOf("AGG"));
        double own = Perception.factors(w, w.derived, w.indexOf("FAR"), w.indexOf("AGG")).threat();
        double felt = w.derived.threat(w.indexOf("FAR"), w.indexOf("AGG"));
        assertTrue(felt > own && felt >= 0.5 * ally, "own " + own + ", felt " + felt + ", ally's " + ally);
    }

    @Test
    void aNuclearDeterrentCapsTheOffensiveCapabilityAnObserverFears() {
        World w = TestWorlds.builder().state("BIG", 20000, 300, 0.05).state("SML", 300, 20, 0.02)
                .with("SML", n -> n.nuclear = 2).land("BIG", "SML").build(1);
        ThreatFactors f = Perception.factors(w, w.derived, w.indexOf("SML"), w.indexOf("BIG"));
        assertTrue(f.offence() <= 0.35 + 1e-9, "capped: " + f.offence());
    }

    @Test
    void hostilityMemoryDecaysByTenPercentAYear() {
        World w = line();
        w.memory.set(0, 1, 100);
        for (int q = 0; q < 4; q++) {
            Hostility.decay(w);
        }
        assertEquals(90, w.memory.get(0, 1), 1e-6);
    }

    @Test
    void armsControlPartiesForgetFiveHostilityPointsAYearBeyondTheDecay() {
        World w = line();
        int agg = w.indexOf("AGG");
        int vic = w.indexOf("VIC");
        w.memory.set(agg, vic, 100);
        w.memory.set(agg, w.indexOf("NBR"), 100);
        w.treaties.add(new org.balancedrealism.model.Treaty(org.balancedrealism.model.TreatyType.ARMS_CONTROL, agg, vic, 0, null));
        for (int q = 0; q < 4; q++) {
            Hostility.decay(w);
        }
        assertEquals(90, w.memory.get(agg, w.indexOf("NBR")), 1e-6, "no treaty: decay only");
        assertTrue(w.memory.get(agg, vic) < 90 - 4, "treaty partner forgets more: " + w.memory.get(agg, vic));
    }

    @Test
    void overreachIsThePowerWeightedMemoryOfObservers() {
        World w = line();
        int agg = w.indexOf("AGG");
        assertEquals(0, Perception.overreach(w, w.derived, agg), 1e-12);
        MoveRules.apply(w, Move.of(MoveKind.INVADE, "AGG", "VIC"));
        Perception.refresh(w);
        double expected = 0;
        for (int i = 0; i < w.size(); i++) {
            if (i != agg) {
                expected += w.derived.power[i] * w.memory.get(agg, i);
            }
        }
        assertEquals(expected, w.derived.overreach[agg], 1e-9);
        assertTrue(expected > 0);
    }
}
