package org.balancedrealism.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures from the rules file read in event texts as a player writes them: no trailing zeros, losses in percent. */
class EventFiguresTest {

    @Test
    void aFigureShowsNoTrailingZeros() {
        assertEquals("8", Events.figure(8.0));
        assertEquals("0.05", Events.figure(0.05));
        assertEquals("2.5", Events.figure(2.5));
        assertEquals("10", Events.figure(10));
    }

    @Test
    void aFactorBelowOneReadsAsTheLossInPercent() {
        // (1 − 0.97)·100 is 3.0000000000000027 in doubles: the text must still say 3%
        assertEquals("3%", Events.lossPct(0.97));
        assertEquals("0.5%", Events.lossPct(0.995));
        assertEquals("2%", Events.lossPct(0.98));
    }
}
