package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;
import org.balancedrealism.claims.Watchlist;

import java.util.Set;
import java.util.TreeSet;

/**
 * {@code coalition-against}: a coalition against {@code target} stands at some turn up to {@code byTurn} with at
 * least {@code minMembers} members, and every state of {@code includes} is a member at some turn up to then.
 */
public record CoalitionAgainst(String target, int byTurn, StateSet includes, int minMembers) implements Condition {
    @Override
    public String kind() {
        return "coalition-against";
    }

    @Override
    public void watch(Watchlist watchlist) {
        watchlist.threatsFrom(target);
    }

    @Override
    public Verdict judge(Trace trace) {
        int end = trace.end(byTurn);
        Set<String> everMembers = new TreeSet<>();
        int firstTurn = -1;
        int largest = 0;
        for (int t = 0; t <= end; t++) {
            Set<String> members = trace.at(t).coalitions.get(target);
            if (members == null) {
                continue;
            }
            everMembers.addAll(members);
            largest = Math.max(largest, members.size());
            if (firstTurn < 0 && members.size() >= minMembers) {
                firstTurn = t;
            }
        }
        if (firstTurn < 0) {
            String size = largest > 0 ? " (largest had " + largest + " members, " + minMembers + " needed)" : "";
            return Verdict.fail("no coalition against " + target + " by turn " + end + size + "; most threatened: "
                    + String.join(", ", trace.at(end).mostThreatened.getOrDefault(target, java.util.List.of())));
        }
        Set<String> missing = new TreeSet<>(includes.resolve(trace));
        missing.removeAll(everMembers);
        if (!missing.isEmpty()) {
            return Verdict.fail("coalition against " + target + " from turn " + firstTurn + " (" + String.join(" ", everMembers)
                    + ") but never joined by " + String.join(" ", missing) + " by turn " + end);
        }
        return Verdict.pass("coalition against " + target + " from turn " + firstTurn + ": " + String.join(" ", everMembers));
    }
}
