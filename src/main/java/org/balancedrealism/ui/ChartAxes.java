package org.balancedrealism.ui;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.balancedrealism.text.Texts;

import java.text.NumberFormat;

/**
 * The axes of the game's line charts: whole turns along the bottom, figures up the side, both written in the
 * player's language ("30,000" in English, "30 000" in French). JavaFX's own tick labels follow the machine's
 * locale, not the language chosen in Settings, so every chart takes its axes from here.
 */
public final class ChartAxes {
    private ChartAxes() {
    }

    /**
     * Turns are whole numbers: the axis runs from the first to the last turn played with a whole tick step, so it
     * shows "1, 2, 3", never "0.9, 1.1" (auto-ranging picks fractional steps when only a turn or two were played).
     */
    public static NumberAxis turns(String label, int first, int last) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        int lo = Math.min(first, last);
        int hi = Math.max(lo + 1, Math.max(first, last));
        axis.setAutoRanging(false);
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(Math.max(1, Math.ceil((hi - lo) / 10.0)));
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(inLanguage(axis));
        return axis;
    }

    /** An auto-ranging axis for a figure, its ticks in the player's language. */
    public static NumberAxis figures(boolean forceZero) {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(forceZero);
        axis.setTickLabelFormatter(inLanguage(axis));
        return axis;
    }

    /** Tick labels with as many decimals as the tick step needs (step 0.05 → "0.05", step 5,000 → "5,000"). */
    private static StringConverter<Number> inLanguage(NumberAxis axis) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double unit = axis.getTickUnit();
                int decimals = unit >= 1 || unit <= 0 ? 0 : Math.min(6, (int) Math.ceil(-Math.log10(unit) - 1e-9));
                NumberFormat f = NumberFormat.getNumberInstance(Texts.locale());
                f.setMinimumFractionDigits(decimals);
                f.setMaximumFractionDigits(decimals);
                return f.format(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are only written");
            }
        };
    }
}
