package org.balancedrealism.claims;

import java.util.Set;
import java.util.TreeSet;

/**
 * Figures a trace keeps only when a claim needs them, because they are per pair of states: the opinion every
 * state holds of a judged state, and who feels most threatened by a possible coalition target.
 */
public final class Watchlist {
    final Set<String> opinionsOf = new TreeSet<>();
    final Set<String> threatsFrom = new TreeSet<>();

    public void opinionsOf(String judged) {
        opinionsOf.add(judged);
    }

    public void threatsFrom(String target) {
        threatsFrom.add(target);
    }
}
