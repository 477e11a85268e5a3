package org.balancedrealism.report;

import java.util.List;
import java.util.Locale;

/**
 * Where one of the seat's wars stands, from its side.
 *
 * @param warId     the war's id
 * @param name      the war's name
 * @param enemies   names of the states on the other side
 * @param myScore   war score from the seat's side (−100 lost … +100 won)
 * @param weariness the seat's war weariness
 * @param tolerance the weariness past which the seat must make peace
 * @param leader    the seat leads its side: only leaders are made to make peace by the game (DESIGN §5.1)
 */
public record WarStanding(int warId, String name, List<String> enemies, double myScore, double weariness,
                          double tolerance, boolean leader) {
    public WarStanding {
        enemies = List.copyOf(enemies);
    }

    /** "winning", "losing" or "even", by the seat's war score. */
    public String course() {
        return myScore >= 10 ? "winning" : myScore <= -10 ? "losing" : "even";
    }

    /** One line for the war strip: "War with Georgia: winning (war score +35) · weariness 12 of 40". */
    public String line() {
        return String.format(Locale.ROOT, "War with %s: %s (war score %+.0f) · weariness %.0f of %.0f",
                String.join(", ", enemies), course(), myScore, weariness, tolerance);
    }
}
