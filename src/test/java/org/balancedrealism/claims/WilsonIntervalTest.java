package org.balancedrealism.claims;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Wilson score interval matches published values and stays within 0–1 at the extremes. */
class WilsonIntervalTest {
    @Test
    void sevenOfTenMatchesTheTextbookInterval() {
        WilsonInterval ci = WilsonInterval.of(7, 10);
        assertEquals(0.3968, ci.low(), 1e-3);
        assertEquals(0.8922, ci.high(), 1e-3);
    }

    @Test
    void allOrNothingStaysInsideZeroToOne() {
        assertEquals(0.0, WilsonInterval.of(0, 10).low(), 1e-12);
        assertEquals(0.2775, WilsonInterval.of(0, 10).high(), 1e-3);
        assertEquals(1.0, WilsonInterval.of(10, 10).high(), 1e-12);
        assertEquals(0.7225, WilsonInterval.of(10, 10).low(), 1e-3);
    }

    @Test
    void noTrialsSayNothing() {
        assertEquals(new WilsonInterval(0, 1), WilsonInterval.of(0, 0));
    }
}
