package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/** Sanction a state alone: its growth falls, the sender pays part of the cost. */
public final class Sanction implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return problem(w, a, t);
    }

    /** Why {@code a} cannot sanction {@code t}; null if it can (shared with multilateral sanctions). */
    static Sentence problem(World w, int a, int t) {
        return w.sanctions(a, t) ? Sentence.of("reason.alreadySanction", w.name(t))
                : w.hasTreaty(TreatyType.ALLIANCE, a, t) ? Sentence.of("reason.sanctionAlly", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Sanctions.impose(w, a, t, false, null);
    }
}
