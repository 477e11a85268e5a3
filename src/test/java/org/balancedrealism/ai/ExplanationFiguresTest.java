package org.balancedrealism.ai;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The explanation's figures written into a builder read exactly as the figures written one by one. */
class ExplanationFiguresTest {
    @Test
    void figuresWrittenIntoABuilderReadAsTheFiguresAlone() {
        Random random = new Random(5);
        double[] edges = {0, -0.0, 0.005, -0.005, -0.004, 0.995, -0.995, 1e-9, -1e-9, 12.345, -99.999, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e15};
        for (int k = 0; k < 100_000 + edges.length; k++) {
            double v = k < edges.length ? edges[k] : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 3);
            assertEquals(AiPlayer.f(v), AiPlayer.appendF(new StringBuilder(), v).toString(), "f " + v);
            assertEquals(AiPlayer.pct(v), AiPlayer.appendPct(new StringBuilder(), v).toString(), "pct " + v);
        }
    }
}
