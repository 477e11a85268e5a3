package org.balancedrealism.ui.game;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.World;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.session.SeatViews;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The top bar's overreach meter is drawn against the most resented state, in words with the figures aside. */
class OverreachGaugeTest {

    @Test
    void theUnitedStatesDoesNotStartTheModernWorldWithAFullBar() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        Perception.refresh(w);
        SeatView view = SeatViews.of(w, null, "USA", java.util.List.of(), 0);
        OverreachGauge usa = OverreachGauge.of(view);
        assertTrue(w.derived.overreach[w.indexOf("USA")] > 1, "the old meter (capped at 1) started full");
        assertTrue(usa.fill() < 0.5, "fill " + usa.fill());
        assertTrue(usa.words().endsWith("most resented"), usa.words());
        assertTrue(usa.figures().contains(String.format(java.util.Locale.ROOT, "%.2f",
                w.derived.overreach[w.indexOf("USA")])), usa.figures());

        int top = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive && w.derived.overreach[i] > w.derived.overreach[top]) {
                top = i;
            }
        }
        OverreachGauge most = OverreachGauge.of(view, w.id(top));
        assertEquals(1.0, most.fill(), 1e-9);
        assertEquals("the most resented", most.words());
    }

    @Test
    void ordinalsReadAsWords() {
        assertEquals("1st", OverreachGauge.ordinal(1));
        assertEquals("2nd", OverreachGauge.ordinal(2));
        assertEquals("3rd", OverreachGauge.ordinal(3));
        assertEquals("11th", OverreachGauge.ordinal(11));
        assertEquals("12th", OverreachGauge.ordinal(12));
        assertEquals("22nd", OverreachGauge.ordinal(22));
        assertEquals("31st", OverreachGauge.ordinal(31));
    }
}
