package org.balancedrealism.claims;

import org.balancedrealism.model.GameEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The world at the end of one turn, reduced to what claims can speak of. Plain mutable collections so the recorder
 * (and tests, by hand) can fill them.
 */
public final class TurnSnapshot {
    public final int turn;
    /** Coalition target id → member ids. */
    public final Map<String, Set<String>> coalitions = new TreeMap<>();
    public final List<WarView> wars = new ArrayList<>();
    /** Alliance treaties as "A|B" with A before B. */
    public final Set<String> alliances = new TreeSet<>();
    /** Sanctions in force as "SENDER>TARGET". */
    public final Set<String> sanctions = new TreeSet<>();
    /** figures[state][figure ordinal], in the units of {@link Figure}. */
    public final double[][] figures;
    /** Judged id → opinion each state (by index) holds of it; only for watched states. */
    public final Map<String, double[]> opinionsOf = new TreeMap<>();
    /** Watched target id → the three states that feel most threatened by it, e.g. "GRC 0.31". */
    public final Map<String, List<String>> mostThreatened = new TreeMap<>();
    /** Events of this turn (none for turn 0). */
    public final List<GameEvent> events = new ArrayList<>();

    public TurnSnapshot(int turn, int states) {
        this.turn = turn;
        this.figures = new double[states][Figure.values().length];
    }

    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    public static String sanction(String sender, String target) {
        return sender + ">" + target;
    }

    public double figure(int state, Figure f) {
        return figures[state][f.ordinal()];
    }
}
