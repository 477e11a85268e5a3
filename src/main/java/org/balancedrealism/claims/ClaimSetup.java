package org.balancedrealism.claims;

import org.balancedrealism.engine.move.Move;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the games behind a claim are played: turns per seed, scripted orders by turn and overrides of rules figures
 * by dotted path. Claims with equal setups are judged on the same games.
 */
public record ClaimSetup(int turns, Map<Integer, List<Move>> orders, Map<String, Double> rules) {
    public ClaimSetup {
        Map<Integer, List<Move>> o = new TreeMap<>();
        orders.forEach((turn, moves) -> o.put(turn, List.copyOf(moves)));
        orders = java.util.Collections.unmodifiableMap(o);
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** The same games under other rules (for claims that compare two rule sets). */
    public ClaimSetup withRules(Map<String, Double> other) {
        return new ClaimSetup(turns, orders, other);
    }
}
