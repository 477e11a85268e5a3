package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.TurnSnapshot;
import org.balancedrealism.claims.Verdict;

import java.util.Set;
import java.util.TreeSet;

/**
 * {@code sanctions}: at some turn up to {@code byTurn} at least {@code minSenders} states sanction {@code target}
 * (with {@code newOnly}, only senders that did not sanction it at turn 0 count); every state of {@code includes}
 * sanctions it at some turn up to then, and no state of {@code excludes} does.
 */
public record SanctionsImposed(String target, int minSenders, int byTurn, StateSet includes, StateSet excludes,
                               boolean newOnly) implements Condition {
    @Override
    public String kind() {
        return "sanctions";
    }

    @Override
    public Verdict judge(Trace trace) {
        int end = trace.end(byTurn);
        Set<String> atStart = senders(trace.at(0), trace);
        Set<String> ever = new TreeSet<>();
        int most = 0;
        int reachedAt = -1;
        for (int t = 1; t <= end; t++) {
            Set<String> now = senders(trace.at(t), trace);
            ever.addAll(now);
            if (newOnly) {
                now.removeAll(atStart);
            }
            most = Math.max(most, now.size());
            if (reachedAt < 0 && now.size() >= minSenders) {
                reachedAt = t;
            }
        }
        String counted = newOnly ? "new senders" : "senders";
        if (reachedAt < 0) {
            return Verdict.fail("at most " + most + " " + counted + " against " + target + " by turn " + end + " ("
                    + minSenders + " needed)");
        }
        Set<String> missing = new TreeSet<>(includes.resolve(trace));
        missing.removeAll(ever);
        if (!missing.isEmpty()) {
            return Verdict.fail(minSenders + "+ " + counted + " from turn " + reachedAt + " but never " + String.join(" ", missing));
        }
        Set<String> joined = new TreeSet<>(excludes.resolve(trace));
        joined.retainAll(ever);
        if (!joined.isEmpty()) {
            return Verdict.fail(String.join(" ", joined) + " sanctioned " + target + " by turn " + end);
        }
        return Verdict.pass(most + " " + counted + " against " + target + " (" + minSenders + "+ from turn " + reachedAt + ")");
    }

    private Set<String> senders(TurnSnapshot s, Trace trace) {
        Set<String> out = new TreeSet<>();
        String suffix = ">" + target;
        for (String key : s.sanctions) {
            if (key.endsWith(suffix)) {
                out.add(key.substring(0, key.length() - suffix.length()));
            }
        }
        return out;
    }
}
