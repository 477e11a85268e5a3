package org.balancedrealism.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventsFormatTest {
    @Property(tries = 3000)
    void fastFormattingMatchesStringFormat(@ForAll @DoubleRange(min = -1e6, max = 1e6) double v) {
        assertEquals(String.format(Locale.ROOT, "%.2f", v), Events.f2(v));
        assertEquals(String.format(Locale.ROOT, "%.1f", v), Events.f1(v));
        assertEquals(String.format(Locale.ROOT, "%.1f%%", v * 100), Events.pct(v));
    }

    @Test
    void edgeCasesMatchStringFormat() {
        for (double v : new double[] {0, -0.0, 0.125, 1.005, -0.001, -0.04, 2.675, 1e-7, -1e-7, 123456789.125, 0.05,
                0.15, 0.25, 0.35, 1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.995, 9.995}) {
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Events.f2(v), "f2 " + v);
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Events.f1(v), "f1 " + v);
            assertEquals(String.format(Locale.ROOT, "%.1f%%", v * 100), Events.pct(v), "pct " + v);
        }
    }
}
