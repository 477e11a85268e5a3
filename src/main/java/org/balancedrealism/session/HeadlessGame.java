package org.balancedrealism.session;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A game with no screen: the AI plays every state except those given scripted orders, which make no initiatives of
 * their own (they still answer offers, calls to arms and peace by the rules). The one loop behind {@code simulate},
 * the claims command and world statistics, so they all play the same game for the same seed and script.
 */
public final class HeadlessGame {
    private final World world;
    private final Map<Integer, List<Move>> script;
    private final Set<Integer> scripted = new TreeSet<>();
    private final TurnEngine engine = new TurnEngine();
    private final AiTurns ai;

    /**
     * @param script   orders by turn number (1-based), possibly empty
     * @param parallel false when the caller already runs several games in parallel
     */
    public HeadlessGame(World world, Map<Integer, List<Move>> script, boolean parallel) {
        this.world = world;
        this.script = new TreeMap<>(script);
        this.ai = new AiTurns(parallel);
        for (var n : world.nations) {
            n.human = false;
        }
        for (List<Move> moves : script.values()) {
            for (Move m : moves) {
                int i = world.indexOf(m.actor());
                if (i >= 0) {
                    scripted.add(i);
                }
            }
        }
    }

    public World world() {
        return world;
    }

    /** States that follow the script instead of the AI. */
    public Set<Integer> scripted() {
        return scripted;
    }

    public boolean isOver() {
        return TurnEngine.isOver(world);
    }

    /** Plays one turn: the AI's orders plus the script's orders for this turn. */
    public TurnEngine.TurnResult playTurn() {
        List<Move> orders = new ArrayList<>(ai.orders(world, scripted));
        orders.addAll(script.getOrDefault(world.turn + 1, List.of()));
        return engine.resolve(world, orders);
    }

    /** Makes room for {@code turns} more turns even if the scenario is shorter. */
    public void extendTo(int turns) {
        world.maxTurns = Math.max(world.maxTurns, world.turn + turns);
    }
}
