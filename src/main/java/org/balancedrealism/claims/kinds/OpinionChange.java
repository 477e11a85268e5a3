package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;
import org.balancedrealism.claims.Watchlist;

import java.util.Locale;
import java.util.Set;

/**
 * {@code opinion-change}: the mean opinion the observers {@code by} hold of the judged state {@code of} rises (or
 * falls) by at least {@code points} between {@code fromTurn} (turn 0 when not given) and {@code byTurn} (the last
 * turn when not given).
 */
public record OpinionChange(String of, StateSet by, boolean rise, double points, Integer fromTurn, Integer byTurn)
        implements Condition {
    @Override
    public String kind() {
        return "opinion-change";
    }

    @Override
    public void watch(Watchlist watchlist) {
        watchlist.opinionsOf(of);
    }

    @Override
    public Verdict judge(Trace trace) {
        int end = trace.end(byTurn);
        Set<String> observers = by.resolve(trace);
        observers.remove(of);
        int from = fromTurn == null ? 0 : Math.min(fromTurn, end);
        double before = mean(trace.at(from).opinionsOf.get(of), observers, trace);
        double after = mean(trace.at(end).opinionsOf.get(of), observers, trace);
        double change = after - before;
        boolean pass = rise ? change >= points : -change >= points;
        return Verdict.of(pass, String.format(Locale.ROOT,
                "mean opinion of %s among %d observers %.1f at turn %d → %.1f at turn %d (%+.1f; a %s of %.1f needed)",
                of, observers.size(), before, from, after, end, change, rise ? "rise" : "fall", points));
    }

    private static double mean(double[] opinions, Set<String> observers, Trace trace) {
        if (opinions == null || observers.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String o : observers) {
            sum += opinions[trace.index(o)];
        }
        return sum / observers.size();
    }
}
