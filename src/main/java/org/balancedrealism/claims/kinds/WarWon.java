package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.TurnSnapshot;
import org.balancedrealism.claims.Verdict;
import org.balancedrealism.claims.WarView;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.model.GameEvent;

import java.util.Locale;

/**
 * {@code war-won}: a war in which {@code attacker} attacks {@code defender} ends in the attacker's favour (a peace
 * with terms it imposes, not a white peace) or reaches a war score of {@value #DECISIVE_SCORE}, within
 * {@code withinTurns} turns of its start.
 */
public record WarWon(String attacker, String defender, int withinTurns) implements Condition {
    public static final double DECISIVE_SCORE = 50;

    @Override
    public String kind() {
        return "war-won";
    }

    @Override
    public Verdict judge(Trace trace) {
        Integer start = null;
        double best = Double.NEGATIVE_INFINITY;
        String ending = "still going";
        for (int t = 0; t <= trace.lastTurn(); t++) {
            TurnSnapshot s = trace.at(t);
            if (start != null && t > start + withinTurns) {
                break;
            }
            for (GameEvent e : s.events) {
                if (start != null && EventKind.of(e.kind()) == EventKind.PEACE && involvesPair(e)) {
                    boolean won = attacker.equals(e.actor()) && !e.text().endsWith("white peace");
                    if (won) {
                        return Verdict.pass("turn " + t + ": " + e.text());
                    }
                    ending = "turn " + t + ": " + e.text();
                }
            }
            for (WarView war : s.wars) {
                if (war.attackers().contains(attacker) && war.defenders().contains(defender)) {
                    if (start == null) {
                        start = war.startTurn();
                    }
                    best = Math.max(best, war.warscore());
                    if (war.warscore() >= DECISIVE_SCORE && t <= start + withinTurns) {
                        return Verdict.pass(String.format(Locale.ROOT, "turn %d: war score %.0f", t, war.warscore()));
                    }
                }
            }
        }
        if (start == null) {
            return Verdict.fail("no war of " + attacker + " on " + defender + " in " + trace.lastTurn() + " turns");
        }
        return Verdict.fail(String.format(Locale.ROOT, "war of %s on %s began turn %d; best war score %.0f within %d turns; %s",
                attacker, defender, start, best, withinTurns, ending));
    }

    private boolean involvesPair(GameEvent e) {
        return (attacker.equals(e.actor()) && defender.equals(e.target()))
                || (defender.equals(e.actor()) && attacker.equals(e.target()));
    }
}
