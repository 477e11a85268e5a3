package org.balancedrealism.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * One AI-only game reduced to what claims need: a snapshot at turn 0 and after every turn played, the states'
 * ids and nuclear levels at the start, and the scripted orders the engine refused (they make a claim moot).
 *
 * @param seed the game's seed
 */
public record Trace(long seed, String[] ids, int[] nuclear, List<TurnSnapshot> turns, List<String> failedOrders) {
    public Trace {
        turns = new ArrayList<>(turns);
        failedOrders = new ArrayList<>(failedOrders);
    }

    public Trace(long seed, String[] ids, int[] nuclear) {
        this(seed, ids, nuclear, List.of(), List.of());
    }

    /** The last turn played. */
    public int lastTurn() {
        return turns.get(turns.size() - 1).turn;
    }

    /** The snapshot at the end of turn {@code t} (the last one if the game ended earlier). */
    public TurnSnapshot at(int t) {
        return turns.get(Math.max(0, Math.min(t, turns.size() - 1)));
    }

    /** {@code byTurn} if given, the last turn otherwise, never past the last turn. */
    public int end(Integer byTurn) {
        return byTurn == null ? lastTurn() : Math.min(byTurn, lastTurn());
    }

    public int index(String id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
