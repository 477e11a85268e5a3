package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.World;

import java.util.List;

/** Proposals and treaties: the diplomatic orders, then offers nobody answered in time expire. */
public final class DiplomacyPhase implements Phase {
    private final MovesPhase moves = new MovesPhase(MoveCategory.DIPLOMATIC);

    @Override
    public String name() {
        return "diplomacy";
    }

    @Override
    public void run(World w, List<Move> orders) {
        moves.run(w, orders);
        Proposals.expire(w);
    }
}
