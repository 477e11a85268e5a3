package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.AiMemory;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Plays the AI seats of a turn: adaptation when due, every AI state's decision on the same world (each with its
 * own fork of the world's generator, so the order of decisions does not matter), the explanations stored in
 * {@code World.ai}, then the engine resolves all orders together with the humans' orders.
 */
public final class AiTurns {
    private final AiPlayer player = new AiPlayer();
    private final boolean parallel;

    /** Decisions of a turn in parallel on every core (the same orders as in sequence). */
    public AiTurns() {
        this(true);
    }

    /** {@code parallel = false} for callers that already run games in parallel (tournaments). */
    public AiTurns(boolean parallel) {
        this.parallel = parallel;
    }

    /** Orders of every AI state for this turn; explanations are recorded in the world. */
    public List<Move> orders(World w) {
        return orders(w, java.util.Set.of());
    }

    /**
     * Orders of every AI state except those in {@code scripted} (states whose moves come from a script: they make no
     * initiatives of their own but still react by the rules, answering offers and calls to arms).
     */
    public List<Move> orders(World w, java.util.Set<Integer> scripted) {
        if (w.derived == null) {
            Perception.refresh(w);
        }
        Adaptation.maybeAdapt(w);
        w.indexOf(w.id(0)); // build the lazy id index before any thread reads it
        w.treaties = org.balancedrealism.model.TreatyList.of(w.treaties); // a loaded save's plain list gets its index
        AiPlayer.Decision[] decisions = new AiPlayer.Decision[w.size()];
        TurnIndexes indexes = TurnIndexes.of(w); // the world stands still while the states decide
        IntStream states = IntStream.range(0, w.size());
        (parallel ? states.parallel() : states).forEach(i -> {
            if (w.nation(i).alive && !w.nation(i).human && !scripted.contains(i)) {
                decisions[i] = player.decideExplained(w, i, indexes);
            }
        });
        List<Move> orders = new ArrayList<>();
        List<AiPlayer.Explanation> explained = new ArrayList<>();
        for (AiPlayer.Decision d : decisions) {
            if (d == null) {
                continue;
            }
            orders.addAll(d.moves());
            if (d.explanation() != null) {
                explained.add(d.explanation());
            }
        }
        record(w, explained);
        return orders;
    }

    /** Builds the AI orders, adds the humans' orders and resolves the turn. */
    public TurnEngine.TurnResult playTurn(World w, TurnEngine engine, List<Move> humanOrders) {
        List<Move> orders = orders(w);
        orders.addAll(humanOrders);
        return engine.resolve(w, orders);
    }

    public TurnEngine.TurnResult playTurn(World w, TurnEngine engine) {
        return playTurn(w, engine, List.of());
    }

    public AiPlayer player() {
        return player;
    }

    /**
     * Keeps this turn's explanations as notes, and the narratives of the notable ones (kept for the whole game): both
     * written in words when first read, since most are never read (the words are the same whenever they are).
     */
    private static void record(World w, List<AiPlayer.Explanation> explained) {
        AiMemory m = w.ai;
        int oldest = w.turn + 1 - AiMemory.FULL_TURNS + 1;
        LazyNotes notes = LazyNotes.keeping(m.notes, oldest);
        LazyNotes notable = LazyNotes.of(m.notable);
        for (AiPlayer.Explanation e : explained) {
            notes.addUnwritten(w, e);
            if (Explain.notable(e.chosen())) {
                notable.addUnwrittenNarrative(w, e);
            }
        }
        m.notes = notes;
        m.notable = notable;
        int excess = m.notable.size() - AiMemory.NOTABLE_KEPT;
        if (excess > 0) {
            m.notable.subList(0, excess).clear();
        }
    }

    /** The explanation of a state's decision in a turn, if still kept (full notes, then notable narratives). */
    public static AiNote explanation(World w, String state, int turn) {
        for (AiNote n : w.ai.notes) {
            if (n.turn() == turn && n.state().equals(state)) {
                return n;
            }
        }
        for (AiNote n : w.ai.notable) {
            if (n.turn() == turn && n.state().equals(state)) {
                return n;
            }
        }
        return null;
    }
}
