package org.balancedrealism.ai;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The log's recent events by the state they were aimed at, newest first: built once per AI turn (the world does not
 * change while the states decide), so "did X do this to Y lately?" reads Y's few recent events instead of scanning
 * every event of the last turns, as the candidate rules ask it hundreds of times a turn.
 * Events older than {@link #horizon} turns are not indexed, nor events of kinds the rules do not ask about (most of the
 * log: moves, growth, wars' rounds); a question reaching further back or about another kind scans the log.
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

    private RecentActs(World w, double horizon) {
        this.w = w;
        this.horizon = horizon;
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
        RecentActs r = new RecentActs(w, horizon(w));
        // events of a kind come in runs sharing one kind string: its kind is looked up once per run, not per event
        String lastId = null;
        EventKind lastKind = null;
        for (int k = w.log.size() - 1; k >= 0; k--) {
            GameEvent e = w.log.get(k);
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
        return r;
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
