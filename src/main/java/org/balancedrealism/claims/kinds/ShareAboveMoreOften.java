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
 */
public record ShareAboveMoreOften(double share, Map<String, Double> compareRules) implements Condition {
    public ShareAboveMoreOften {
        compareRules = Map.copyOf(compareRules);
    }

    @Override
    public String kind() {
        return "share-above-more-often";
    }

    @Override
    public Verdict judge(Trace trace) {
        MaxShare.Peak peak = MaxShare.Peak.of(trace);
        return Verdict.of(peak.share() > share, String.format(Locale.ROOT, "largest share %s %.1f%% at turn %d (threshold %.1f%%)",
                peak.state(), 100 * peak.share(), peak.turn(), 100 * share));
    }
}
