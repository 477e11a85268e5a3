package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Figure;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;

import java.util.Locale;

/**
 * {@code figure-change}: a figure of {@code state} rises (or falls) by at least {@code by}, in the figure's unit,
 * between turn 0 and {@code byTurn} (the last turn when not given).
 */
public record FigureChange(String state, Figure figure, boolean rise, double by, Integer byTurn) implements Condition {
    @Override
    public String kind() {
        return "figure-change";
    }

    @Override
    public Verdict judge(Trace trace) {
        int i = trace.index(state);
        int end = trace.end(byTurn);
        double before = trace.at(0).figure(i, figure);
        double after = trace.at(end).figure(i, figure);
        double change = after - before;
        boolean pass = rise ? change >= by : -change >= by;
        return Verdict.of(pass, String.format(Locale.ROOT, "%s %s %.2f → %.2f %s by turn %d (%+.2f; a %s of %.2f needed)",
                state, figure.key(), before, after, figure.unit(), end, change, rise ? "rise" : "fall", by));
    }
}
