package org.balancedrealism.session;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/**
 * Who decides the orders of a state no human plays: the AI implements it; tests use scripted sources.
 * It must only read {@code w} (speculative work goes on {@link World#scratch()} copies) and must be deterministic
 * (draw randomness only from forks of {@code w.random}) so a game replays from its seed and order history.
 */
@FunctionalInterface
public interface OrderSource {
    /** The orders of state {@code state} (an index into {@code w.nations}) for the coming turn. */
    List<Move> orders(World w, int state);

    /** States that do nothing (until the AI is plugged in). */
    OrderSource PASSIVE = (w, state) -> List.of();
}
