package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.balancedrealism.ai.AiMoveRulesKit.aggression;
import static org.balancedrealism.ai.AiMoveRulesKit.describe;
import static org.balancedrealism.ai.AiMoveRulesKit.find;
import static org.balancedrealism.ai.AiMoveRulesKit.lists;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Managing a security dilemma (ai.Restraint): arms control, mediation, deterrence, cancelling a threat's treaties. */
class RestraintRulesTest {
    /** Two equal neighbours that remember each other's acts: each threatens the other. */
    static World dilemma(double hostility) {
        World w = TestWorlds.builder()
                .state("AAA", 2000, 60, 0.04).state("BBB", 2000, 60, 0.04).state("CCC", 200, 10, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC")
                .build(3);
        w.memory.set(w.indexOf("AAA"), w.indexOf("BBB"), hostility);
        w.memory.set(w.indexOf("BBB"), w.indexOf("AAA"), hostility);
        Perception.refresh(w);
        return w;
    }

    @Test
    void armsControlWithAStateThatFearsItAsMuchAsItFearsThat() {
        World w = dilemma(60);
        var s = find(w, "AAA", MoveKind.ARMS_CONTROL, "BBB");
        assertTrue(s.isPresent() && s.get().eu() > 0, "threats " + w.derived.threat(0, 1) + "/" + w.derived.threat(1, 0)
                + describe(w, "AAA"));
    }

    @Test
    void noArmsControlWithoutAMutualThreat() {
        World w = dilemma(0);
        assertFalse(lists(w, "AAA", MoveKind.ARMS_CONTROL, "BBB"), describe(w, "AAA"));
        assertFalse(lists(w, "AAA", MoveKind.ARMS_CONTROL, "CCC"), describe(w, "AAA"));
    }

    @Test
    void noArmsControlWithAStateAtWar() {
        World w = dilemma(60);
        Wars.declare(w, w.indexOf("BBB"), w.indexOf("CCC"), List.of("CCC"), false);
        Perception.refresh(w);
        assertFalse(lists(w, "AAA", MoveKind.ARMS_CONTROL, "BBB"), describe(w, "AAA"));
    }

    @Test
    void noBuildUpUnderAnArmsControlTreaty() {
        World w = dilemma(60);
        w.treaties.add(new org.balancedrealism.model.Treaty(org.balancedrealism.model.TreatyType.ARMS_CONTROL,
                w.indexOf("AAA"), w.indexOf("BBB"), 0, null));
        assertFalse(lists(w, "AAA", MoveKind.BUILD_UP, null), describe(w, "AAA"));
    }

    /** XXX fights YYY; MED, with soft power, is a party to neither. */
    static World warNextDoor(boolean allied) {
        TestWorlds b = TestWorlds.builder()
                .state("XXX", 1000, 50, 0.03).state("YYY", 1000, 50, 0.03).state("MED", 1500, 50, 0.02)
                .land("XXX", "YYY").land("YYY", "MED");
        if (allied) {
            b.alliance("MED", "YYY");
        }
        World w = b.build(4);
        w.nation(w.indexOf("MED")).softPower = 60;
        Wars.declare(w, w.indexOf("XXX"), w.indexOf("YYY"), List.of("YYY"), false).turns = 8; // a stalemate of two years
        Perception.refresh(w);
        return w;
    }

    @Test
    void aStateWithSoftPowerMediatesAWarItIsNoPartyTo() {
        World w = warNextDoor(false);
        var s = find(w, "MED", MoveKind.MEDIATE, null);
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "MED"));
        assertTrue(s.get().move().subject() == w.wars.get(0).id);
    }

    @Test
    void aFreshWarIsNotRipeForMediation() {
        World w = warNextDoor(false);
        w.wars.get(0).turns = 1;
        assertFalse(lists(w, "MED", MoveKind.MEDIATE, null), describe(w, "MED"));
    }

    @Test
    void onlyTheStateWithTheMostSoftPowerMediates() {
        World w = TestWorlds.builder()
                .state("XXX", 1000, 50, 0.03).state("YYY", 1000, 50, 0.03).state("MED", 1500, 50, 0.02)
                .state("TOP", 1500, 50, 0.02).land("XXX", "YYY").land("YYY", "MED").land("MED", "TOP")
                .build(4);
        w.nation(w.indexOf("MED")).softPower = 50;
        w.nation(w.indexOf("TOP")).softPower = 70;
        Wars.declare(w, w.indexOf("XXX"), w.indexOf("YYY"), List.of("YYY"), false).turns = 8;
        Perception.refresh(w);
        assertTrue(lists(w, "TOP", MoveKind.MEDIATE, null), describe(w, "TOP"));
        assertFalse(lists(w, "MED", MoveKind.MEDIATE, null), describe(w, "MED"));
    }

    @Test
    void anAllyOfASideDoesNotMediate() {
        World w = warNextDoor(true);
        assertFalse(lists(w, "MED", MoveKind.MEDIATE, null), describe(w, "MED"));
    }

    @Test
    void deterrenceAtTheBorderOfANeighbourThatHasJustCommittedAggression() {
        World w = SoftBalancingRulesTest.neighbourhood(5);
        aggression(w, "AGG", 40);
        var s = find(w, "BAL", MoveKind.DEPLOY_TO_BORDER, "AGG");
        assertTrue(s.isPresent(), describe(w, "BAL"));
        // once deployed, the forces stay: no second deployment within answerTurns
        MoveRules.apply(w, s.get().move());
        assertFalse(lists(w, "BAL", MoveKind.DEPLOY_TO_BORDER, "AGG"), describe(w, "BAL"));
    }

    @Test
    void noDeploymentAgainstAQuietNeighbour() {
        World w = SoftBalancingRulesTest.neighbourhood(5);
        assertFalse(lists(w, "PAR", MoveKind.DEPLOY_TO_BORDER, "AGG"), describe(w, "PAR"));
    }

    @Test
    void anAllyThatHasBecomeAThreatLosesItsTreaties() {
        World w = TestWorlds.builder()
                .state("BIG", 4000, 100, 0.05).state("SML", 800, 30, 0.02)
                .land("BIG", "SML").alliance("BIG", "SML")
                .build(6);
        w.memory.set(w.indexOf("BIG"), w.indexOf("SML"), 80);
        Perception.refresh(w);
        var s = find(w, "SML", MoveKind.CANCEL_TREATY, "BIG");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "SML"));
    }

    @Test
    void aFriendlyAllyKeepsItsTreaties() {
        World w = TestWorlds.builder()
                .state("BIG", 4000, 100, 0.05).state("SML", 800, 30, 0.02)
                .land("BIG", "SML").alliance("BIG", "SML")
                .build(6);
        assertFalse(lists(w, "SML", MoveKind.CANCEL_TREATY, "BIG"), describe(w, "SML"));
    }
}
