package org.balancedrealism.ui.game;

import org.balancedrealism.model.World;

import java.util.Locale;

/**
 * The overreach meter of the top bar. Overreach has no natural top (Russia starts near 20, the United States near 2),
 * so the bar is drawn against the most resented state alive: it is full only for that state, and the words say where
 * the player ranks ("3rd most resented"); the figures go in the tooltip.
 *
 * @param fill    0..1, the player's overreach over the world's highest
 * @param words   what the top bar says
 * @param figures the numbers behind it, for the tooltip
 */
public record OverreachGauge(double fill, String words, String figures) {

    public static OverreachGauge of(World w, int me) {
        double mine = w.derived.overreach[me];
        int top = -1;
        int rank = 1;
        for (int i = 0; i < w.size(); i++) {
            if (!w.nation(i).alive) {
                continue;
            }
            double o = w.derived.overreach[i];
            if (top < 0 || o > w.derived.overreach[top]) {
                top = i;
            }
            if (i != me && o > mine) {
                rank++;
            }
        }
        double highest = top < 0 ? 0 : w.derived.overreach[top];
        double fill = highest <= 0 ? 0 : Math.min(1, mine / highest);
        String words = mine <= 0 ? "nobody resents you" : rank == 1 ? "the most resented" : ordinal(rank) + " most resented";
        String figures = String.format(Locale.ROOT, "Your overreach %.2f; the highest, %s's, is %.2f. The bar shows "
                + "yours against that.", mine, top < 0 ? "nobody" : w.name(top), highest);
        return new OverreachGauge(fill, words, figures);
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
