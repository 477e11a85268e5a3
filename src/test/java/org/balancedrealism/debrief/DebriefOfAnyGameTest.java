package org.balancedrealism.debrief;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any save gets a debrief: one not yet played, one without seats, one of a few quiet turns. */
class DebriefOfAnyGameTest {
    @TempDir
    Path dir;

    private static SaveGame played(List<Seat> seats, int turns) {
        GameSession s = new GameSession(TestGames.world(77), seats, TestGames::scriptedAi);
        for (int t = 0; t < turns; t++) {
            do {
                if (s.currentSeat() != null) {
                    TestGames.scriptedHuman(s.world(), s.currentSeat().stateId(), "BBB").forEach(s::plan);
                }
            } while (s.endSeatTurn().resolved() == null);
        }
        return s.toSave();
    }

    @Test
    void aGameNotYetPlayedGetsADebriefOfItsStart() throws Exception {
        Debrief.Written w = Debrief.write(played(List.of(Seat.human("Alice", "AAA")), 0), TestGames.world(77), dir);
        String html = Files.readString(w.report());
        assertTrue(html.contains("0 turns played"), html);
        assertTrue(html.contains("No war, coalition or crisis marked this game."));
        assertEquals(2, Files.readAllLines(dir.resolve("seats-threat.csv")).size());
    }

    @Test
    void aQuietGameOfTwoSeatsGetsAThreatChartPerSeat() throws Exception {
        SaveGame save = played(List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC")), 3);
        Debrief.Written w = Debrief.write(save, TestGames.world(77), dir);
        assertTrue(Files.isRegularFile(dir.resolve("charts/threat-AAA.png")));
        assertTrue(Files.isRegularFile(dir.resolve("charts/threat-CCC.png")));
        assertTrue(Files.readString(w.report()).contains("No private messages were sent."));
        assertTrue(GameRecord.collect(save, TestGames.world(77)).matchesSave());
    }
}
