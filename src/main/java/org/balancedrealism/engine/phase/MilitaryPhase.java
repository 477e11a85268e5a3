package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.model.World;

import java.util.List;

/** Build-ups, strikes and declarations, then coalitions step into their target's wars, then a round of battle. */
public final class MilitaryPhase implements Phase {
    private final MovesPhase moves = new MovesPhase(MoveCategory.MILITARY);

    @Override
    public String name() {
        return "military";
    }

    @Override
    public void run(World w, List<Move> orders) {
        moves.run(w, orders);
        Wars.coalitionIntervention(w);
        Wars.fightRound(w);
    }
}
