package org.balancedrealism.claims;

import java.util.List;

/** A war as seen at the end of a turn: its sides by id, its score (attackers' view) and the turn it began. */
public record WarView(int id, String name, List<String> attackers, List<String> defenders, double warscore, int startTurn) {
    public WarView {
        attackers = List.copyOf(attackers);
        defenders = List.copyOf(defenders);
    }

    /** True if one of {@code a} fights on one side and one of {@code b} on the other. */
    public boolean between(java.util.Set<String> a, java.util.Set<String> b) {
        return (containsAny(attackers, a) && containsAny(defenders, b)) || (containsAny(attackers, b) && containsAny(defenders, a));
    }

    private static boolean containsAny(List<String> side, java.util.Set<String> ids) {
        for (String s : side) {
            if (ids.contains(s)) {
                return true;
            }
        }
        return false;
    }

    public String describe() {
        return String.join("+", attackers) + " vs " + String.join("+", defenders);
    }
}
