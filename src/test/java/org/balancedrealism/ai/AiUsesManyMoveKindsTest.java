package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With an aggressor at war in a small world, AI-only turns use a broad repertoire: not just investment, summits and
 * build-ups but the answers short of war (denunciation, resolutions, sanctions, deterrence, proxy aid).
 */
class AiUsesManyMoveKindsTest {
    static final int TURNS = 8;
    static final int AT_LEAST = 16;
    /** Of the kinds the AI never used before they had candidate rules. */
    static final int NEW_AT_LEAST = 6;

    @Test
    void eightAiTurnsWithAnAggressorUseAtLeastSixteenKindsSixOfThemAnswersShortOfWar() {
        World w = TestWorlds.builder()
                .state("AGG", 3000, 100, 0.05).state("VIC", 400, 30, 0.02).state("BAL", 1200, 50, 0.03)
                .state("LIB", 1500, 50, 0.02).state("FAR", 800, 40, 0.02).state("OFF", 1000, 40, 0.04)
                .state("SML", 200, 10, 0.02)
                .land("AGG", "VIC").land("AGG", "BAL").land("AGG", "LIB").land("BAL", "LIB").land("OFF", "SML")
                .land("LIB", "FAR").sea("FAR", "OFF")
                .with("AGG", n -> n.doctrine = "offensive-realist")
                .with("OFF", n -> n.doctrine = "offensive-realist")
                .with("LIB", n -> n.doctrine = "liberal-institutionalist")
                .build(11);
        w.nation(w.indexOf("LIB")).softPower = 60;
        w.nation(w.indexOf("FAR")).softPower = 50;
        w.memory.set(w.indexOf("SML"), w.indexOf("OFF"), 20);
        Wars.declare(w, w.indexOf("AGG"), w.indexOf("VIC"), List.of("VIC"), false);
        AiMoveRulesKit.aggression(w, "AGG", 50);
        for (var n : w.nations) {
            n.human = false;
        }
        Perception.refresh(w);
        Set<MoveKind> used = EnumSet.noneOf(MoveKind.class);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns();
        for (int t = 0; t < TURNS; t++) {
            List<Move> orders = ai.orders(w);
            orders.forEach(m -> used.add(m.kind()));
            engine.resolve(w, orders);
        }
        assertTrue(used.size() >= AT_LEAST, used.size() + " kinds: " + used);
        Set<MoveKind> answers = EnumSet.of(MoveKind.ARMS_CONTROL, MoveKind.MEDIATE, MoveKind.UN_RESOLUTION, MoveKind.ULTIMATUM,
                MoveKind.MULTILATERAL_SANCTION, MoveKind.PROXY_AID, MoveKind.CYBER_OPERATION, MoveKind.LIMITED_STRIKE,
                MoveKind.DENOUNCE, MoveKind.CANCEL_TREATY, MoveKind.LIFT_SANCTIONS, MoveKind.HUMANITARIAN_INTERVENTION,
                MoveKind.DEPLOY_TO_BORDER);
        answers.retainAll(used);
        assertTrue(answers.size() >= NEW_AT_LEAST, answers.toString());
    }
}
