package org.balancedrealism.ui.tutorial;

import org.balancedrealism.session.SeatView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The coach's last step tells of the newest coalition closest to the player, not of the first one of the game. */
class TutorialCoalitionChoiceTest {

    private static SeatView.CoalitionLine coalition(int id, int turn, String target, String leader, String... members) {
        return new SeatView.CoalitionLine(id, target, leader, turn, "", "",
                java.util.Arrays.stream(members).map(m -> new SeatView.Member(m, false, "")).toList());
    }

    private static final SeatView.CoalitionLine OLD_FAR = coalition(1, 1, "ARG", "BRA", "BRA", "CHL");
    private static final SeatView.CoalitionLine NEW_FAR = coalition(2, 3, "VEN", "COL", "COL", "PER");
    private static final SeatView.CoalitionLine NEAR = coalition(3, 2, "IRN", "TUR", "TUR", "SAU");
    private static final SeatView.CoalitionLine MINE = coalition(4, 1, "RUS", "POL", "POL", "GBR");

    @Test
    void noCoalitionNothingToShow() {
        assertNull(TutorialCoach.coalitionToShow(List.of(), "GBR", List.of()));
    }

    @Test
    void amongFarCoalitionsTheNewestIsShownNotTheFirst() {
        assertEquals(NEW_FAR, TutorialCoach.coalitionToShow(List.of(OLD_FAR, NEW_FAR), "GBR", List.of("FRA")));
    }

    @Test
    void oneAgainstAStateNearMeComesBeforeANewerFarOne() {
        assertEquals(NEAR, TutorialCoach.coalitionToShow(List.of(OLD_FAR, NEW_FAR, NEAR), "GBR", List.of("IRN")));
    }

    @Test
    void oneIAmInComesFirst() {
        assertEquals(MINE, TutorialCoach.coalitionToShow(List.of(OLD_FAR, NEW_FAR, NEAR, MINE), "GBR",
                List.of("IRN")));
    }
}
