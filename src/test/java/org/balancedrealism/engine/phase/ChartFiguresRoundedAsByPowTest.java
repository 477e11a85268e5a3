package org.balancedrealism.engine.phase;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The score phase rounds chart figures with powers of ten from a table: each the very double Math.pow gives. */
class ChartFiguresRoundedAsByPowTest {
    @Test
    void everyPowerOfTenIsMathPowsToTheLastBit() {
        for (int k = -40; k <= 40; k++) {
            assertEquals(Double.doubleToRawLongBits(Math.pow(10, k)), Double.doubleToRawLongBits(ScorePhase.powerOfTen(k)),
                    "10^" + k);
        }
    }
}
