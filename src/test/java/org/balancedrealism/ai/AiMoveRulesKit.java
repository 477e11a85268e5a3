package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.World;

import java.util.List;
import java.util.Optional;

/** Small helpers for the AI move-rule tests: what a state lists and how it scores it. */
final class AiMoveRulesKit {
    private AiMoveRulesKit() {
    }

    static List<AiPlayer.Scored> scored(World w, String state) {
        Perception.refresh(w);
        return new AiPlayer().scoreAll(w, w.indexOf(state));
    }

    /** The scored candidate of this kind against this target (any target if null). */
    static Optional<AiPlayer.Scored> find(World w, String state, MoveKind kind, String target) {
        return scored(w, state).stream()
                .filter(s -> s.move().kind() == kind && (target == null || target.equals(s.move().target())))
                .findFirst();
    }

    static boolean lists(World w, String state, MoveKind kind, String target) {
        return find(w, state, kind, target).isPresent();
    }

    static String describe(World w, String state) {
        StringBuilder b = new StringBuilder();
        for (AiPlayer.Scored s : scored(w, state)) {
            b.append("\n  ").append(s.line(w));
        }
        return b.toString();
    }

    /** Makes {@code aggressor} a recent aggressor that everyone remembers (hostility h) and thinks ill of. */
    static void aggression(World w, String aggressor, double h) {
        int a = w.indexOf(aggressor);
        w.nation(a).lastAggressionTurn = w.turn;
        for (int i = 0; i < w.size(); i++) {
            if (i != a) {
                w.memory.set(a, i, h);
                w.opinion.set(i, a, -40);
            }
        }
        Perception.refresh(w);
    }

    static Move move(MoveKind kind, String actor, String target) {
        return Move.of(kind, actor, target);
    }
}
