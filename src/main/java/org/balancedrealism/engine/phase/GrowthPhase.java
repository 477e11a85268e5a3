package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.Growth;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/** Growth and budgets. */
public final class GrowthPhase implements Phase {
    @Override
    public String name() {
        return "growth";
    }

    @Override
    public void run(World w, List<Move> orders) {
        Growth.run(w);
    }
}
