package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Figure;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;

import java.util.Locale;

/**
 * {@code figure-change}: a figure of {@code state} rises (or falls) by at least {@code by}, in the figure's unit,
 * between {@code fromTurn} (turn 0 when not given) and {@code byTurn} (the last turn when not given). A later
 * start suits figures that are only computed once play begins, such as growth.
 */
public record FigureChange(String state, Figure figure, boolean rise, double by, Integer fromTurn, Integer byTurn)
        implements Condition {
    @Override
    public String kind() {
        return "figure-change";
    }

    @Override
    public Verdict judge(Trace trace) {
        int i = trace.index(state);
        int end = trace.end(byTurn);
        int from = fromTurn == null ? 0 : Math.min(fromTurn, end);
        double before = trace.at(from).figure(i, figure);
        double after = trace.at(end).figure(i, figure);
        double change = after - before;
        boolean pass = rise ? change >= by : -change >= by;
        return Verdict.of(pass, String.format(Locale.ROOT, "%s %s %.2f at turn %d → %.2f %s at turn %d (%+.2f; a %s of %.2f needed)",
                state, figure.key(), before, from, after, figure.unit(), end, change, rise ? "rise" : "fall", by));
    }
}
