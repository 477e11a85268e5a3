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

    /** The orders of every living state no human plays, for the coming turn (in state order). */
    default List<Move> turnOrders(World w) {
        List<Move> all = new java.util.ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive && !w.nation(i).human) {
                all.addAll(orders(w, i));
            }
        }
        return all;
    }

    /**
     * Told when a session starts around {@code w} (read only, never changed): an order source whose code wants
     * warming may start doing so in the background; {@code busy} says when the session is resolving a turn.
     */
    default void warmUp(World w, java.util.function.BooleanSupplier busy) {
    }

    /** States that do nothing (tests, or a sandbox without AI initiatives). */
    OrderSource PASSIVE = (w, state) -> List.of();
}
