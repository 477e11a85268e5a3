package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import org.balancedrealism.session.SeatView;


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

    /** The gauge of the seat's own state, against every living state of the view. */
    public static OverreachGauge of(SeatView v) {
        return of(v, v.me());
    }

    /** The gauge of state {@code stateId}, against every living state of the view. */
    public static OverreachGauge of(SeatView v, String stateId) {
        SeatView.StateFigures me = v.state(stateId);
        double mine = me == null ? 0 : me.overreach();
        SeatView.StateFigures top = null;
        int rank = 1;
        for (SeatView.StateFigures s : v.states()) {
            if (!s.alive()) {
                continue;
            }
            if (top == null || s.overreach() > top.overreach()) {
                top = s;
            }
            if (!s.id().equals(stateId) && s.overreach() > mine) {
                rank++;
            }
        }
        double highest = top == null ? 0 : top.overreach();
        double fill = highest <= 0 ? 0 : Math.min(1, mine / highest);
        String words = mine <= 0 ? Texts.get("gauge.nobody") : rank == 1 ? Texts.get("gauge.most")
                : Texts.get("gauge.rank", ordinal(rank));
        String figures = Texts.get("gauge.figures", Figures.number(mine, 2),
                top == null ? Texts.get("gauge.nobodyName") : top.name(), Figures.number(highest, 2));
        return new OverreachGauge(fill, words, figures);
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int n) {
        return Figures.ordinal(n);
    }
}
