package org.balancedrealism.session;

import org.balancedrealism.ai.AiPlayer;
import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/**
 * The AI as the session's order source: every state no person holds decides by its doctrine. A whole turn's
 * orders come from {@link AiTurns} (decisions in parallel, explanations recorded in the world, each worked out
 * when first read).
 */
public final class AiOrders implements OrderSource {
    /** Explanations put off until read: a seat view writes a state's notes only when a panel shows them. */
    private final AiTurns turns = new AiTurns(true, false);
    private final AiPlayer player = turns.player();

    @Override
    public List<Move> orders(World w, int state) {
        return player.decide(w, state);
    }

    @Override
    public List<Move> turnOrders(World w) {
        return turns.orders(w);
    }

    /** The first game of a process warms the turn's code on a copy of itself ({@link TurnWarmUp}). */
    @Override
    public void warmUp(World w, java.util.function.BooleanSupplier busy) {
        TurnWarmUp.startOnce(w, busy);
    }
}
