package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;

import java.util.Set;

/** {@code no-coalition-against}: no coalition against {@code target} at any turn of the game. */
public record NoCoalitionAgainst(String target) implements Condition {
    @Override
    public String kind() {
        return "no-coalition-against";
    }

    @Override
    public Verdict judge(Trace trace) {
        for (int t = 0; t <= trace.lastTurn(); t++) {
            Set<String> members = trace.at(t).coalitions.get(target);
            if (members != null) {
                return Verdict.fail("coalition against " + target + " at turn " + t + ": " + String.join(" ", members));
            }
        }
        return Verdict.pass("no coalition against " + target + " in " + trace.lastTurn() + " turns");
    }
}
