package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;

/** A war with a mandate: needs a passed resolution; it writes less hostility and the world does not answer it. */
public final class HumanitarianIntervention implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return Forces.invasionProblem(w, m, a, t, true);
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Forces.invade(w, m, a, t, true);
    }
}
