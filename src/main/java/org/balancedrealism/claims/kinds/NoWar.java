package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;
import org.balancedrealism.claims.WarView;

import java.util.Set;

/**
 * {@code no-war}: at no turn is a state of {@code sideA} at war with a state of {@code sideB} (on opposite sides;
 * a state in both lists never counts as fighting itself).
 */
public record NoWar(StateSet sideA, StateSet sideB) implements Condition {
    @Override
    public String kind() {
        return "no-war";
    }

    @Override
    public Verdict judge(Trace trace) {
        Set<String> a = sideA.resolve(trace);
        Set<String> b = sideB.resolve(trace);
        for (int t = 0; t <= trace.lastTurn(); t++) {
            for (WarView war : trace.at(t).wars) {
                if (war.between(a, b)) {
                    return Verdict.fail("turn " + t + ": war " + war.describe());
                }
            }
        }
        return Verdict.pass("no such war in " + trace.lastTurn() + " turns");
    }
}
