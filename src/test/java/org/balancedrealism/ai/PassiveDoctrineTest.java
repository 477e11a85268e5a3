package org.balancedrealism.ai;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.World;
import org.balancedrealism.session.HeadlessGame;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The passive doctrine: states outside a scenario's focus start nothing but still trade, answer and defend. */
class PassiveDoctrineTest {
    private final AiPlayer ai = new AiPlayer();

    /** A strong state next to a weak one with no friends: an offensive realist attacks it (AiDecisionTest). */
    private static World strongNextToWeak(String doctrine, long seed) {
        World w = TestWorlds.builder()
                .state("BIG", 5000, 100, 0.03).state("WEE", 1000, 20, 0.03).state("MIC", 2, 0.05, 0)
                .land("BIG", "WEE").land("BIG", "MIC")
                .with("BIG", n -> n.doctrine = doctrine)
                .build(seed);
        Alignments.run(w);
        return w;
    }

    @Test
    void aPassiveStateNeverInvadesEvenAMicroStateWithNoArmy() {
        for (long seed = 1; seed <= 5; seed++) {
            World w = strongNextToWeak("passive", seed);
            AiPlayer.Decision d = ai.decideExplained(w, w.indexOf("BIG"));
            assertTrue(d.moves().stream().noneMatch(m -> AiPlayer.isWar(m.kind())), "seed " + seed + ": " + d.moves());
            assertTrue(d.explanation().rejected().stream().filter(s -> s.move().kind() == MoveKind.INVADE)
                    .allMatch(s -> s.note().equals(PassiveDoctrine.refusal().text())), "a considered war is refused in words");
            assertFalse(d.moves().isEmpty(), "it still does something peaceful: " + d.moves());
        }
    }

    @Test
    void aPassiveStateStartsNoWarOverManyTurns() {
        for (long seed = 1; seed <= 3; seed++) {
            World w = strongNextToWeak("passive", seed);
            w.nation(w.indexOf("WEE")).doctrine = "passive";
            w.nation(w.indexOf("MIC")).doctrine = "passive";
            HeadlessGame g = new HeadlessGame(w, Map.of(), false);
            g.extendTo(16);
            for (int t = 0; t < 16; t++) {
                g.playTurn();
                assertTrue(w.wars.isEmpty(), "seed " + seed + " turn " + w.turn + ": a war began");
            }
        }
    }

    /** AGG invaded people (everyone remembers it); BAL sits next to it with a capable partner. */
    private static World overreacher(String doctrine, long seed) {
        World w = TestWorlds.builder()
                .state("AGG", 3000, 100, 0.04).state("BAL", 1500, 50, 0.03)
                .state("XXX", 1000, 50, 0.02).state("YYY", 1000, 50, 0.02)
                .land("AGG", "BAL").land("AGG", "XXX").land("AGG", "YYY").land("BAL", "XXX")
                .with("AGG", n -> n.doctrine = "offensive-realist")
                .with("BAL", n -> n.doctrine = doctrine)
                .build(seed);
        int agg = w.indexOf("AGG");
        for (int i = 0; i < w.size(); i++) {
            if (i != agg) {
                w.memory.set(agg, i, 60);
            }
        }
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    @Test
    void aPassiveStateCallsNoCoalitionOfItsOwn() {
        for (long seed = 1; seed <= 5; seed++) {
            World w = overreacher("passive", seed);
            List<Move> moves = ai.decide(w, w.indexOf("BAL"));
            assertTrue(moves.stream().noneMatch(m -> m.kind() == MoveKind.PROPOSE_COALITION || AiPlayer.isWar(m.kind())),
                    "seed " + seed + ": " + moves);
        }
    }

    @Test
    void aPassiveStateJoinsACoalitionOnlyAgainstAnAcuteThreat() {
        assertTrue(PassiveDoctrine.forbids(MoveKind.JOIN_COALITION, false), "not against a power it merely fears");
        assertFalse(PassiveDoctrine.forbids(MoveKind.JOIN_COALITION, true), "but it defends itself");
        assertFalse(PassiveDoctrine.forbids(MoveKind.TRADE_AGREEMENT, false));
        assertFalse(PassiveDoctrine.forbids(MoveKind.PROPOSE_ALLIANCE, false));
        assertFalse(PassiveDoctrine.forbids(MoveKind.OFFER_PEACE, false));
        assertTrue(PassiveDoctrine.forbids(MoveKind.PROPOSE_COALITION, true), "it never calls one itself");
        assertTrue(PassiveDoctrine.forbids(MoveKind.INVADE, true));
    }

    @Test
    void aPassiveStateIsLeftOutOfDoctrineTournamentsAndAdaptation() {
        World w = overreacher("passive", 1);
        assertTrue(w.rules.doctrine("passive").isPassive());
        assertTrue(w.rules.doctrine("passive").adaptive < 0.5, "it does not drift toward other doctrines");
        assertFalse(w.rules.doctrine("balanced-realist").isPassive());
    }
}
