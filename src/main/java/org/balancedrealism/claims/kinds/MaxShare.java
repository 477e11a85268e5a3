package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Figure;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;

import java.util.Locale;

/** {@code max-share}: no state's share of world power is ever above {@code below} (a fraction, 0.4 = 40 %). */
public record MaxShare(double below) implements Condition {
    @Override
    public String kind() {
        return "max-share";
    }

    @Override
    public Verdict judge(Trace trace) {
        Peak peak = Peak.of(trace);
        boolean pass = peak.share() <= below;
        return Verdict.of(pass, String.format(Locale.ROOT, "largest share %s %.1f%% at turn %d (limit %.1f%%)",
                peak.state(), 100 * peak.share(), peak.turn(), 100 * below));
    }

    /** The highest power share any state reached in a game, and who and when. */
    public record Peak(String state, double share, int turn) {
        public static Peak of(Trace trace) {
            Peak best = new Peak("-", 0, 0);
            for (int t = 0; t <= trace.lastTurn(); t++) {
                for (int i = 0; i < trace.ids().length; i++) {
                    double share = trace.at(t).figure(i, Figure.POWER) / 100;
                    if (share > best.share) {
                        best = new Peak(trace.ids()[i], share, t);
                    }
                }
            }
            return best;
        }
    }
}
