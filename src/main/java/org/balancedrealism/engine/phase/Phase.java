package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/** One step of turn resolution (DESIGN §3). Phases run in a fixed order so clicks never decide outcomes. */
public interface Phase {
    String name();

    /** @param orders this turn's orders, already sorted in resolution order */
    void run(World w, List<Move> orders);
}
