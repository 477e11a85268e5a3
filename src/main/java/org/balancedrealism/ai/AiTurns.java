package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.AiMemory;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the AI seats of a turn: adaptation when due, every AI state's decision on the same world (each with its
 * own fork of the world's generator, so the order of decisions does not matter), the explanations stored in
 * {@code World.ai}, then the engine resolves all orders together with the humans' orders.
 */
public final class AiTurns {
    private final AiPlayer player = new AiPlayer();
    private final boolean parallel;
    /**
     * The last turn's look-ups: the next turn's recent acts are made from them and the events logged since. Used only
     * for the same world (checked); immutable once made, so a stray reader elsewhere sees a whole one or the older.
     */
    private volatile TurnIndexes lastIndexes;

    /** Decisions of a turn in parallel on every core (the same orders as in sequence). */
    public AiTurns() {
        this(true);
    }

    /** {@code parallel = false} for callers that already run games in parallel (tournaments). */
    public AiTurns(boolean parallel) {
        this(parallel, false);
    }

    /**
     * {@code explainAll}: every decision's explanation is worked out as it is made (with the decisions, in parallel),
     * for a caller that reads every state's note every turn: put off, they would all be worked out one after the other
     * when read. Off, each is worked out only when read: the session's seat views read a state's notes only when a
     * panel opens them, and its autosave, which writes them all, runs off the End-turn path.
     */
    public AiTurns(boolean parallel, boolean explainAll) {
        this.parallel = parallel;
        this.explainAll = explainAll;
    }

    private final boolean explainAll;

    /** The decision of state i, its explanation worked out now if every one is read. */
    private AiPlayer.Decision decide(World w, int i, TurnIndexes indexes) {
        AiPlayer.Decision d = player.decideExplained(w, i, indexes);
        if (explainAll) {
            d.explanation();
        }
        return d;
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
        TurnIndexes indexes = TurnIndexes.of(w, lastIndexes); // the world stands still while the states decide
        lastIndexes = indexes;
        int[] deciding = deciding(w, scripted);
        if (parallel && deciding.length > 1) {
            decideShared(w, deciding, indexes, decisions);
        } else {
            for (int i : deciding) {
                decisions[i] = decide(w, i, indexes);
            }
        }
        List<Move> orders = new ArrayList<>();
        List<LazyExplanation> explained = new ArrayList<>();
        for (AiPlayer.Decision d : decisions) {
            if (d == null) {
                continue;
            }
            orders.addAll(d.moves());
            if (d.reasons() != null) {
                explained.add(d.reasons());
            }
        }
        readPendingFromSnapshot(w, explained);
        record(w, explained);
        return orders;
    }

    /**
     * Points the explanations not yet worked out at one copy of the world as the states decided on it, taken now,
     * before the engine moves the world on (the decisions only read it). A scratch copy: its tables are shared until
     * either side writes, so it costs about one preview's copy. Only this turn's notes keep it (the notes of a turn are
     * dropped the next turn, and notable decisions' narratives are told at once), so one or two are alive at a time.
     */
    private static void readPendingFromSnapshot(World w, List<LazyExplanation> explained) {
        World snapshot = null;
        for (LazyExplanation e : explained) {
            if (!e.worked()) {
                if (snapshot == null) {
                    snapshot = w.scratch();
                }
                e.readFrom(snapshot);
            }
        }
    }

    /** The states that decide this turn: alive, not human, not scripted; in index order. */
    private static int[] deciding(World w, java.util.Set<Integer> scripted) {
        int[] out = new int[w.size()];
        int n = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive && !w.nation(i).human && !scripted.contains(i)) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * {@code states} the costliest first: the great powers' decisions preview their hostile moves on scratch worlds
     * and cost many times a small state's, so they are started first and the small ones fill the gaps at the end.
     */
    private static int[] costliestFirst(World w, int[] states) {
        double[] power = w.derived.power;
        Integer[] order = new Integer[states.length];
        for (int k = 0; k < states.length; k++) {
            order[k] = states[k];
        }
        java.util.Arrays.sort(order, (a, b) -> power[a] != power[b] ? Double.compare(power[b], power[a]) : Integer.compare(a, b));
        int[] out = new int[states.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = order[k];
        }
        return out;
    }

    /**
     * The decisions shared out one state at a time between this thread and the pool's: each takes the next state
     * still undecided, so the work evens out however uneven the states are (a fixed split into a few chunks leaves one
     * thread with the great powers while the other idles). Each decision lands in its state's slot, so the orders do
     * not depend on which thread made it.
     */
    private void decideShared(World w, int[] states, TurnIndexes indexes, AiPlayer.Decision[] decisions) {
        int[] deciding = costliestFirst(w, states);
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int k = next.getAndIncrement(); k < deciding.length; k = next.getAndIncrement()) {
                int i = deciding[k];
                decisions[i] = decide(w, i, indexes);
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), deciding.length - 1);
        List<ForkJoinTask<?>> tasks = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        for (ForkJoinTask<?> t : tasks) {
            t.join(); // a helper not yet started runs here and finds nothing left; a failure is thrown here
        }
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
    private static void record(World w, List<LazyExplanation> explained) {
        AiMemory m = w.ai;
        int oldest = w.turn + 1 - AiMemory.FULL_TURNS + 1;
        LazyNotes notes = LazyNotes.keeping(m.notes, oldest);
        LazyNotes notable = LazyNotes.of(m.notable);
        for (LazyExplanation e : explained) {
            notes.addUnwritten(w, e);
            if (Explain.notable(e.chosen())) {
                notable.addUnwrittenNarrative(w, e.tell());
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
