package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.phase.CoalitionPhase;
import org.balancedrealism.engine.phase.DiplomacyPhase;
import org.balancedrealism.engine.phase.EventsPhase;
import org.balancedrealism.engine.phase.GrowthPhase;
import org.balancedrealism.engine.phase.MilitaryPhase;
import org.balancedrealism.engine.phase.MovesPhase;
import org.balancedrealism.engine.phase.PerceptionPhase;
import org.balancedrealism.engine.phase.Phase;
import org.balancedrealism.engine.phase.ScorePhase;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one turn (DESIGN §3): orders sorted into a fixed order (category, then state), then the phases
 * diplomacy → economy → military → growth → perception → coalitions → events → score. The only code that
 * advances a world.
 */
public final class TurnEngine {
    /** Threads the derivations of a turn may share their rows with; null: all on the calling thread. */
    private final Workers workers;
    private final List<Phase> phases;

    /** An engine that resolves on the calling thread alone (one game per core: tournaments, claims). */
    public TurnEngine() {
        this(null);
    }

    /**
     * An engine that shares the rows of its derivations (threat, trust) with {@code workers} (null: none), for a game
     * that has the cores to itself: the AI's pool idles while the engine resolves. The same game either way.
     */
    public TurnEngine(Workers workers) {
        this.workers = workers;
        this.phases = List.of(new DiplomacyPhase(), new MovesPhase(MoveCategory.ECONOMIC), new MilitaryPhase(),
                new GrowthPhase(), new PerceptionPhase(workers), new CoalitionPhase(), new EventsPhase(),
                new ScorePhase());
    }

    /** What a turn did: the orders as resolved and the events, in order. */
    public record TurnResult(int turn, List<Move> orders, List<GameEvent> events) {
    }

    public List<Phase> phases() {
        return phases;
    }

    public TurnResult resolve(World w, List<Move> orders) {
        if (isOver(w)) {
            throw new IllegalStateException("The game is over: turn " + w.turn + " of " + w.maxTurns);
        }
        if (w.derived == null) {
            Perception.refresh(w, workers);
        }
        w.treaties = org.balancedrealism.model.TreatyList.of(w.treaties); // a loaded save's plain list gets its index
        int turn = w.turn + 1;
        List<Move> sorted = resolutionOrder(w, orders);
        for (Phase p : phases) {
            p.run(w, sorted);
        }
        Bounds.enforce(w); // every figure back in its documented range, in one place
        // leave the world as a load would rebuild it: figures derived from the final state of the turn
        Perception.refreshAtTurnEnd(w, workers);
        Alignments.run(w);
        return new TurnResult(turn, sorted, eventsOf(w, turn));
    }

    /** The events of one turn: the tail of the log (older routine events may have been dropped before it). */
    private static List<GameEvent> eventsOf(World w, int turn) {
        int from = w.log.size();
        while (from > 0 && w.log.get(from - 1).turn() == turn) {
            from--;
        }
        return List.copyOf(w.log.subList(from, w.log.size()));
    }

    /** Category first, then state index, keeping each state's own order: clicks never decide outcomes. */
    public static List<Move> resolutionOrder(World w, List<Move> orders) {
        // each order's place packed into one number (category, then state index, then its place among the orders) and
        // the numbers sorted: the order a stable sort by category and state gives, without calling a comparator
        // thousands of times (the opening turn has over 500 orders); the actor is looked up by id once
        Move[] given = orders.toArray(new Move[0]);
        if (given.length > PLACE_MASK) {
            throw new IllegalArgumentException(given.length + " orders in one turn: more than the engine can place");
        }
        long[] keys = new long[given.length];
        for (int k = 0; k < given.length; k++) {
            Move m = given[k];
            int i = w.indexOf(m.actor());
            long category = m.kind() == null ? 99 : m.kind().category().ordinal();
            long state = i < 0 ? Integer.MAX_VALUE : i;
            keys[k] = category << 52 | state << 21 | k;
        }
        java.util.Arrays.sort(keys);
        List<Move> sorted = new ArrayList<>(given.length);
        for (long key : keys) {
            sorted.add(given[(int) (key & PLACE_MASK)]);
        }
        return sorted;
    }

    /** The low bits of a {@link #resolutionOrder} key: the order's place among the orders given (21 bits). */
    private static final int PLACE_MASK = (1 << 21) - 1;

    public static boolean isOver(World w) {
        return w.turn >= w.maxTurns;
    }
}
