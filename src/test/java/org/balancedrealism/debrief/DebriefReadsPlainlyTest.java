package org.balancedrealism.debrief;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.testkit.ClassroomGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The debrief's report reads as an instructor would tell the game: why a coalition formed in plain words (the figures
 * folded away), who read an inject, quiet turns in one row, and small seats charted on a scale of their own.
 */
class DebriefReadsPlainlyTest {
    @TempDir
    static Path dir;
    private static String html;

    @BeforeAll
    static void writeTheDebrief() throws Exception {
        SaveGame save = ClassroomGames.ukraine(6);
        Debrief.Written w = Debrief.write(save, ClassroomGames.ukraine().newWorld(ClassroomGames.SEED), dir);
        html = Files.readString(w.report());
    }

    @Test
    void aCoalitionSaysInPlainWordsWhoFearedWhomAndWhatTheyRemembered() {
        assertTrue(html.contains("feared Russia enough to band together"), "the coalition of turn 5 is explained");
        assertTrue(html.contains("They remembered: "), "with the acts its members remembered");
        assertTrue(html.contains("<details><summary>the figures</summary>Members project"), "the figures folded away");
    }

    @Test
    void anInjectSaysWhoReadIt() {
        assertTrue(html.contains("Injected by the instructor; read by every seat."));
    }

    @Test
    void quietTurnsAreOneRow() {
        // Alice (Russia) orders only the invasion on turn 1
        assertTrue(html.contains("<td class=\"turn\">2–6</td><td><span class=\"muted\">no orders</span>"), "turns 2 to 6 in one row");
    }

    @Test
    void smallSeatsGetAPowerChartOfTheirOwn() {
        assertTrue(Files.isRegularFile(dir.resolve("charts/power-seats.png")));
        assertTrue(html.contains("charts/power-seats.png"));
    }

    @Test
    void messagesNameThePlayerAndTheState() {
        assertTrue(html.contains("<td>Alice (Russia)</td><td>Bob (Ukraine)</td>"), "a message between seats names both");
    }
}
