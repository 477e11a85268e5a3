package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;

/** Invade: a war for one of the target's territories (the move's, else its homeland), or for reparations (the move's amount, no territory named). */
public final class Invade implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return Forces.invasionProblem(w, m, a, t, false);
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Forces.invade(w, m, a, t, false);
    }

    /** Offered with the target's homeland as the aim. */
    @Override
    public Move offer(World w, MoveKind kind, int a, int i) {
        return Forces.aimedAtHomeland(w, MoveRule.super.offer(w, kind, a, i), i);
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.invade", MoveRule.targetName(w, m));
    }
}
