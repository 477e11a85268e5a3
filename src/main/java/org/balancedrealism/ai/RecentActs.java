package org.balancedrealism.ai;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The log's recent events by the state they were aimed at, newest first: built once per AI turn (the world does not
 * change while the states decide), so "did X do this to Y lately?" reads Y's few recent events instead of scanning
 * every event of the last turns, as the candidate rules ask it hundreds of times a turn.
 * Events older than {@link #horizon} turns are not indexed, nor events of kinds the rules do not ask about (most of the
 * log: moves, growth, wars' rounds); a question reaching further back or about another kind scans the log.
 * The next turn's index is made from this one and the events logged since ({@link #of(World, RecentActs)}): the log
 * only grows at its end, so only a turn's worth of events is read instead of the whole window's.
 */
final class RecentActs {
    /** The kinds the candidate rules ask about. */
    private static final Set<EventKind> INDEXED = EnumSet.of(EventKind.DENOUNCE, EventKind.RESOLUTION_PASSED,
            EventKind.RESOLUTION_FAILED, EventKind.ACT_DEPLOYMENT, EventKind.PROXY_AID);

    private final World w;
    private final double horizon;
    /** Per target state, its events newest first: turn, actor index (−1 if not a state), kind. */
    private final int[][] turns;
    private final int[][] actors;
    private final EventKind[][] kinds;
    private final int[] counts;
    /** The turn it was made for ({@code w.turn}) and the log's newest event then (null if the log was empty). */
    private final int turn;
    private final GameEvent newest;
    /** True if it was made from an earlier index and the events since (for tests). */
    boolean extended;

    private RecentActs(World w, double horizon) {
        this.w = w;
        this.horizon = horizon;
        this.turn = w.turn;
        this.newest = w.log.isEmpty() ? null : w.log.get(w.log.size() - 1);
        int n = w.size();
        this.turns = new int[n][];
        this.actors = new int[n][];
        this.kinds = new EventKind[n][];
        this.counts = new int[n];
    }

    /** The longest look-back the candidate rules ask for. */
    static double horizon(World w) {
        return Math.max(w.rules.hostility.answerTurns,
                Math.max(w.rules.diplomacy.resolutionTurns, w.rules.aiModifiers.proxyAidEveryTurns));
    }

    static RecentActs of(World w) {
        return of(w, null);
    }

    /**
     * The index of the world's log now, made from {@code before} (an index of the same world at an earlier turn, or
     * null) and the events logged since it was made: the same index as one made from the whole window of the log.
     * The log is in turn order and only grows at its end, but for routine kinds dropped from its middle (none of the
     * kinds indexed) and its oldest events dropped from its front: when those reach into the window, or the log is
     * not the one {@code before} read, the whole window is read again.
     */
    static RecentActs of(World w, RecentActs before) {
        RecentActs r = new RecentActs(w, horizon(w));
        List<GameEvent> log = w.log;
        boolean extend = before != null && before.w == w && before.horizon == r.horizon && before.turn <= w.turn
                && before.newest != null && !log.isEmpty() && w.turn + 1 - log.get(0).turn() > r.horizon;
        GameEvent known = extend ? before.newest : null;
        // events of a kind come in runs sharing one kind string: its kind is looked up once per run, not per event
        String lastId = null;
        EventKind lastKind = null;
        boolean reached = false;
        for (int k = log.size() - 1; k >= 0; k--) {
            GameEvent e = log.get(k);
            if (e == known) {
                reached = true;
                break;
            }
            if (w.turn + 1 - e.turn() > r.horizon) {
                break;
            }
            if (e.target() == null) {
                continue;
            }
            String id = e.kind();
            EventKind kind = id == lastId && id != null ? lastKind : EventKind.of(id);
            lastId = id;
            lastKind = kind;
            int t = INDEXED.contains(kind) ? w.indexOf(e.target()) : -1;
            if (t >= 0) {
                r.add(t, e.turn(), e.actor() == null ? -1 : w.indexOf(e.actor()), kind);
            }
        }
        if (reached) { // the events before these, as indexed before, those still within the window (newest first)
            r.extended = true;
            for (int t = 0; t < before.counts.length; t++) {
                for (int x = 0; x < before.counts[t]; x++) {
                    if (w.turn + 1 - before.turns[t][x] > r.horizon) {
                        break;
                    }
                    r.add(t, before.turns[t][x], before.actors[t][x], before.kinds[t][x]);
                }
            }
        }
        return r;
    }

    /** Every indexed event, target by target, newest first: to compare two indexes. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < counts.length; t++) {
            for (int x = 0; x < counts[t]; x++) {
                sb.append(t).append(' ').append(turns[t][x]).append(' ').append(actors[t][x]).append(' ')
                        .append(kinds[t][x]).append('\n');
            }
        }
        return sb.toString();
    }

    private void add(int target, int turn, int actor, EventKind kind) {
        int c = counts[target];
        if (turns[target] == null) {
            turns[target] = new int[4];
            actors[target] = new int[4];
            kinds[target] = new EventKind[4];
        } else if (c == turns[target].length) {
            turns[target] = Arrays.copyOf(turns[target], 2 * c);
            actors[target] = Arrays.copyOf(actors[target], 2 * c);
            kinds[target] = Arrays.copyOf(kinds[target], 2 * c);
        }
        turns[target][c] = turn;
        actors[target][c] = actor;
        kinds[target][c] = kind;
        counts[target] = c + 1;
    }

    /**
     * True if the log shows an event of one of {@code kinds} by {@code actor} (any actor if −1) against {@code target}
     * within the last {@code within} turns: what is said or done once need not be repeated every turn.
     */
    boolean since(int actor, int target, double within, EventKind... wanted) {
        if (within > horizon || !indexed(wanted)) {
            return scan(actor, target, within, wanted);
        }
        int[] ts = turns[target];
        for (int x = 0; x < counts[target]; x++) {
            if (w.turn + 1 - ts[x] > within) {
                break;
            }
            if ((actor < 0 || actors[target][x] == actor) && contains(wanted, kinds[target][x])) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexed(EventKind[] wanted) {
        for (EventKind k : wanted) {
            if (!INDEXED.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** The same question answered from the whole log, for look-backs beyond the index or kinds it leaves out. */
    private boolean scan(int actor, int target, double within, EventKind... wanted) {
        String actorId = actor < 0 ? null : w.id(actor);
        String targetId = w.id(target);
        for (int k = w.log.size() - 1; k >= 0; k--) {
            GameEvent e = w.log.get(k);
            if (w.turn + 1 - e.turn() > within) {
                break;
            }
            if (targetId.equals(e.target()) && (actorId == null || actorId.equals(e.actor()))
                    && contains(wanted, EventKind.of(e.kind()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(EventKind[] wanted, EventKind kind) {
        for (EventKind k : wanted) {
            if (k == kind) {
                return true;
            }
        }
        return false;
    }
}
