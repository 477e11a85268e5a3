package org.balancedrealism.report;

import org.balancedrealism.text.Texts;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alarms of a seat (DESIGN §9): stability and treasury fallen into danger, and wars the game is about to end
 * for it. The danger levels are the rules file's {@code alerts} section.
 */
public final class Dangers {
    private Dangers() {
    }

    /**
     * @param stability        the seat's stability, 0–100
     * @param treasury         its treasury, $bn
     * @param incomePerYear    what flows into the treasury in a year, $bn
     * @param wars             its wars
     */
    public static List<Alert> of(Rules.Alerts levels, double stability, double treasury, double incomePerYear,
                                 List<WarStanding> wars) {
        List<Alert> out = new ArrayList<>();
        if (stability < levels.stabilityDanger) {
            out.add(new Alert(Texts.get("alert.unrest"), Texts.get("alert.unrest.figures", whole(stability),
                    whole(levels.stabilityDanger))));
        }
        if (treasury < 0) {
            out.add(new Alert(Texts.get("alert.treasuryEmpty"), Texts.get("alert.treasuryEmpty.figures",
                    String.format(Locale.ROOT, "%.1f", treasury))));
        } else if (treasury < levels.treasuryDangerYears * incomePerYear) {
            out.add(new Alert(Texts.get("alert.treasuryLow"), Texts.get("alert.treasuryLow.figures",
                    String.format(Locale.ROOT, "%.1f", treasury), whole(100 * levels.treasuryDangerYears),
                    String.format(Locale.ROOT, "%.1f", incomePerYear))));
        }
        for (WarStanding war : wars) {
            String enemies = String.join(", ", war.enemies());
            if (!war.leader()) {
                continue;
            }
            if (war.weariness() >= levels.warWearinessShare * war.tolerance()) {
                out.add(new Alert(Texts.get("alert.weary", enemies), Texts.get("alert.weary.figures",
                        whole(war.weariness()), whole(war.tolerance()))));
            }
            if (war.myScore() <= -levels.warScoreWarning) {
                out.add(new Alert(Texts.get("alert.losing", enemies), Texts.get("alert.losing.figures",
                        String.format(Locale.ROOT, "%+.0f", war.myScore()))));
            } else if (war.myScore() >= levels.warScoreWarning) {
                out.add(new Alert(Texts.get("alert.winning", enemies), Texts.get("alert.winning.figures",
                        String.format(Locale.ROOT, "%+.0f", war.myScore()))));
            }
        }
        return out;
    }

    /** A figure with no decimals, as the English sentences always wrote it. */
    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
