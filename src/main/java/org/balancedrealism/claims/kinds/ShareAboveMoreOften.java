package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;

import java.util.Locale;
import java.util.Map;

/**
 * {@code share-above-more-often}, a claim about many games rather than one: some state passes {@code share} of
 * world power in more seeds under this claim's rules than under {@code compareRules}. {@link #judge} tells whether
 * one game passed the share; the runner plays the same seeds under both rules and compares the counts.
 *
 * <p>With {@code state} given, the question is narrower: does that state end the game above {@code share}? (E.g. does
 * an expanding power keep more of what it grabbed without balancing?)
 */
public record ShareAboveMoreOften(double share, Map<String, Double> compareRules, String state) implements Condition {
    public ShareAboveMoreOften {
        compareRules = Map.copyOf(compareRules);
    }

    public ShareAboveMoreOften(double share, Map<String, Double> compareRules) {
        this(share, compareRules, null);
    }

    @Override
    public String kind() {
        return "share-above-more-often";
    }

    @Override
    public Verdict judge(Trace trace) {
        if (state != null) {
            int i = trace.index(state);
            int end = trace.lastTurn();
            double last = trace.at(end).figure(i, org.balancedrealism.claims.Figure.POWER) / 100;
            return Verdict.of(last > share, String.format(Locale.ROOT, "%s ends with %.1f%% of world power at turn %d (threshold %.1f%%)",
                    state, 100 * last, end, 100 * share));
        }
        MaxShare.Peak peak = MaxShare.Peak.of(trace);
        return Verdict.of(peak.share() > share, String.format(Locale.ROOT, "largest share %s %.1f%% at turn %d (threshold %.1f%%)",
                peak.state(), 100 * peak.share(), peak.turn(), 100 * share));
    }
}
