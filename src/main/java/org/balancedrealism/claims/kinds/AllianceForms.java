package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.TurnSnapshot;
import org.balancedrealism.claims.Verdict;

import java.util.Set;

/**
 * {@code alliance-forms}: by {@code byTurn} a new alliance (one not in force at turn 0) links a state of
 * {@code sideA} with one of {@code sideB}; with {@code orCoalition}, joining the same coalition counts too.
 */
public record AllianceForms(StateSet sideA, StateSet sideB, int byTurn, boolean orCoalition) implements Condition {
    @Override
    public String kind() {
        return "alliance-forms";
    }

    @Override
    public Verdict judge(Trace trace) {
        Set<String> a = sideA.resolve(trace);
        Set<String> b = sideB.resolve(trace);
        int end = trace.end(byTurn);
        Set<String> before = trace.at(0).alliances;
        for (int t = 1; t <= end; t++) {
            TurnSnapshot s = trace.at(t);
            for (String x : a) {
                for (String y : b) {
                    if (x.equals(y)) {
                        continue;
                    }
                    String pair = TurnSnapshot.pair(x, y);
                    if (s.alliances.contains(pair) && !before.contains(pair)) {
                        return Verdict.pass("turn " + t + ": alliance " + x + "–" + y);
                    }
                    if (orCoalition) {
                        for (var c : s.coalitions.entrySet()) {
                            if (c.getValue().contains(x) && c.getValue().contains(y)) {
                                return Verdict.pass("turn " + t + ": " + x + " and " + y + " in the coalition against " + c.getKey());
                            }
                        }
                    }
                }
            }
        }
        return Verdict.fail("no new alliance between " + sideA + " and " + sideB + (orCoalition ? " (nor a shared coalition)" : "")
                + " by turn " + end);
    }
}
