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

    @Property(tries = 5000)
    void roundingOnTheDigitsMatchesBigDecimalHalfUp(@ForAll double v) {
        String plain = Double.toString(v);
        if (plain.contains("E") || Double.isNaN(v) || Double.isInfinite(v)) {
            return; // exponent forms go to BigDecimal itself
        }
        for (int decimals = 0; decimals <= 4; decimals++) {
            assertEquals(new java.math.BigDecimal(plain).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString(),
                    Events.roundHalfUp(plain, decimals), plain + " to " + decimals);
        }
    }

    @Test
    void roundingOnTheDigitsMatchesBigDecimalHalfUpAcrossMagnitudes() {
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 200_000; k++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(11) - 3);
            if (k % 3 == 0) {
                v = Math.round(v * 1000) / 1000.0 + (random.nextBoolean() ? 0.0005 : -0.005); // near halves
            }
            String plain = Double.toString(v);
            if (plain.contains("E")) {
                continue;
            }
            int decimals = k % 5;
            assertEquals(new java.math.BigDecimal(plain).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString(),
                    Events.roundHalfUp(plain, decimals), plain + " to " + decimals);
        }
    }

    @Test
    void roundingTheDoubleAwayFromHalvesMatchesRoundingItsShortestDigits() {
        java.util.Random random = new java.util.Random(11);
        int decided = 0;
        for (int k = 0; k < 300_000; k++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(13) - 5);
            if (k % 3 == 0) { // decimal halves such as 1.005 or 2.675, whose doubles sit just off the half
                v = Math.round(v * 1000) / 1000.0 + (random.nextBoolean() ? 0.005 : -0.0005);
            }
            int decimals = k % 5;
            String fast = Events.awayFromHalves(v, decimals);
            if (fast == null) {
                continue;
            }
            decided++;
            String digits = new java.math.BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            String expected = digits.matches("-?[0.]+") ? digits.replace("-", "") : digits; // zero carries no sign here
            assertEquals(expected, fast, v + " to " + decimals);
        }
        assertEquals(true, decided > 200_000, "most figures are decided without their digits");
    }

    @Test
    void roundingOnTheDigitsCarriesAndDropsTheSignOfZero() {
        for (String plain : new String[] {"9.995", "99.5", "0.005", "-0.004", "-0.005", "0.0", "-0.0", "123.0", "999.9999",
                "0.001", "-9.999", "5.0", "0.5", "1234567.5"}) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertEquals(new java.math.BigDecimal(plain).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString(),
                        Events.roundHalfUp(plain, decimals), plain + " to " + decimals);
            }
        }
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
