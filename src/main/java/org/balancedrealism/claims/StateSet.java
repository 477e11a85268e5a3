package org.balancedrealism.claims;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of states named in a claim: ids, and the token {@value #NUCLEAR} for every state with a nuclear level of
 * 2 or more at the start (resolved against the game, since a scenario may change who is nuclear).
 */
public record StateSet(List<String> entries) {
    public static final String NUCLEAR = "@nuclear";

    public StateSet {
        entries = List.copyOf(entries);
    }

    public static StateSet of(String... ids) {
        return new StateSet(List.of(ids));
    }

    /** The ids this list stands for in a game. */
    public Set<String> resolve(Trace trace) {
        Set<String> ids = new TreeSet<>();
        for (String e : entries) {
            if (e.equals(NUCLEAR)) {
                for (int i = 0; i < trace.ids().length; i++) {
                    if (trace.nuclear()[i] >= 2) {
                        ids.add(trace.ids()[i]);
                    }
                }
            } else {
                ids.add(e);
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        return String.join(",", entries);
    }
}
