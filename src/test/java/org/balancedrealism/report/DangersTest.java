package org.balancedrealism.report;

import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alarms at the rules file's danger levels, and the warning before the game ends a war for the player. */
class DangersTest {
    private static final Rules.Alerts LEVELS = TestWorlds.rules().alerts;

    private static WarStanding war(double score, double weariness, boolean leader) {
        return new WarStanding(1, "The test war", List.of("Betaland"), score, weariness, 40, leader);
    }

    @Test
    void stabilityBelowTheDangerLevelRaisesAnAlarm() {
        assertTrue(Dangers.of(LEVELS, LEVELS.stabilityDanger, 100, 10, List.of()).isEmpty(), "at the level: no alarm");
        List<Alert> a = Dangers.of(LEVELS, LEVELS.stabilityDanger - 1, 100, 10, List.of());
        assertEquals(1, a.size());
        assertTrue(a.get(0).text().contains("unstable"));
    }

    @Test
    void anEmptyOrLowTreasuryRaisesAnAlarm() {
        assertTrue(Dangers.of(LEVELS, 80, -1, 10, List.of()).get(0).text().contains("empty"));
        double low = LEVELS.treasuryDangerYears * 10 - 0.1;
        assertTrue(Dangers.of(LEVELS, 80, low, 10, List.of()).get(0).text().contains("running low"));
        assertTrue(Dangers.of(LEVELS, 80, LEVELS.treasuryDangerYears * 10, 10, List.of()).isEmpty());
    }

    @Test
    void aWarLeaderNearItsWearinessIsWarnedBeforeTheGameMakesPeaceForIt() {
        double near = LEVELS.warWearinessShare * 40;
        assertTrue(Dangers.of(LEVELS, 80, 100, 10, List.of(war(0, near - 1, true))).isEmpty());
        List<Alert> a = Dangers.of(LEVELS, 80, 100, 10, List.of(war(0, near, true)));
        assertEquals(1, a.size());
        assertTrue(a.get(0).text().contains("make peace for you"), a.get(0).text());
    }

    @Test
    void aWarLeaderCloseToDefeatOrVictoryIsWarned() {
        assertTrue(Dangers.of(LEVELS, 80, 100, 10, List.of(war(-LEVELS.warScoreWarning, 0, true))).get(0).text()
                .startsWith("You are losing"));
        assertTrue(Dangers.of(LEVELS, 80, 100, 10, List.of(war(LEVELS.warScoreWarning, 0, true))).get(0).text()
                .startsWith("Victory is near"));
    }

    @Test
    void aMemberWhoDoesNotLeadItsSideIsNotWarnedTheGameWillEndTheWar() {
        assertTrue(Dangers.of(LEVELS, 80, 100, 10, List.of(war(-99, 39, false))).isEmpty());
    }
}
