package org.balancedrealism.report;

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
            out.add(new Alert("Unrest: your country is becoming unstable",
                    String.format(Locale.ROOT, "Stability %.0f of 100 (danger below %.0f). Wars and sanctions lower it; "
                            + "peace lets it recover.", stability, levels.stabilityDanger)));
        }
        if (treasury < 0) {
            out.add(new Alert("Your treasury is empty: moves that cost money are blocked",
                    String.format(Locale.ROOT, "Treasury $%.1f bn.", treasury)));
        } else if (treasury < levels.treasuryDangerYears * incomePerYear) {
            out.add(new Alert("Your treasury is running low",
                    String.format(Locale.ROOT, "Treasury $%.1f bn, less than %.0f%% of a year's income ($%.1f bn).",
                            treasury, 100 * levels.treasuryDangerYears, incomePerYear)));
        }
        for (WarStanding war : wars) {
            String enemies = String.join(", ", war.enemies());
            if (!war.leader()) {
                continue;
            }
            if (war.weariness() >= levels.warWearinessShare * war.tolerance()) {
                out.add(new Alert("Your people are tiring of the war with " + enemies
                        + ": soon the game will make peace for you",
                        String.format(Locale.ROOT, "War weariness %.0f of %.0f. Past %.0f you must accept the best "
                                + "terms the other side's war score buys.", war.weariness(), war.tolerance(),
                                war.tolerance())));
            }
            if (war.myScore() <= -levels.warScoreWarning) {
                out.add(new Alert("You are losing the war with " + enemies + ": defeat will end it on their terms",
                        String.format(Locale.ROOT, "War score %+.0f. At −100 the game makes peace for you on the "
                                + "enemy's best terms.", war.myScore())));
            } else if (war.myScore() >= levels.warScoreWarning) {
                out.add(new Alert("Victory is near in the war with " + enemies + ": the game will soon end it",
                        String.format(Locale.ROOT, "War score %+.0f. At +100 the other side must accept the terms "
                                + "your war score buys.", war.myScore())));
            }
        }
        return out;
    }
}
