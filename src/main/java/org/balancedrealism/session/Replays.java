package org.balancedrealism.session;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/** Replays a game from its starting world and its order history (rollback, branching, debriefs, tests). */
public final class Replays {
    private Replays() {
    }

    /**
     * Plays {@code turns} turns of {@code history} on {@code fresh} (a world just made from the same scenario and seed)
     * with the seats' human flags set as in the game, and returns it.
     */
    public static World replay(World fresh, List<Seat> seats, List<List<Move>> history, int turns) {
        for (var n : fresh.nations) {
            n.human = false;
        }
        for (Seat s : seats) {
            fresh.nation(fresh.indexOf(s.stateId())).human = s.human();
        }
        TurnEngine engine = new TurnEngine();
        if (fresh.derived == null) {
            Perception.refresh(fresh);
            Alignments.run(fresh);
        }
        for (int t = 0; t < turns && t < history.size(); t++) {
            engine.resolve(fresh, history.get(t));
        }
        return fresh;
    }
}
