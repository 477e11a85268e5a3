package org.balancedrealism.debrief;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.ClassroomGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The debrief of a seminar game: Russia (Alice) invades Ukraine (Bob) on turn 1, the instructor fires the grain
 * blockade on turn 2, four turns in all. Set {@code -Ddebrief.sample=DIR} to keep the folder for a look (and
 * {@code -Ddebrief.turns=N} for a longer game).
 */
class DebriefTest {
    private static final int TURNS = Integer.getInteger("debrief.turns", 4);
    private static SaveGame save;

    @TempDir
    static Path dir;
    private static Debrief.Written written;

    @BeforeAll
    static void writeTheDebrief() throws Exception {
        save = ClassroomGames.ukraine(TURNS);
        List<Message> messages = new ArrayList<>(save.messages);
        messages.add(new Message(3, "RUS", "UKR", "<script>alert('x')</script> & talk?"));
        save.messages = messages;
        String sample = System.getProperty("debrief.sample");
        Path out = sample == null ? dir.resolve("debrief") : Path.of(sample);
        written = Debrief.write(save, fresh(), out);
    }

    private static World fresh() throws Exception {
        return ClassroomGames.ukraine().newWorld(ClassroomGames.SEED);
    }

    private Path file(String name) {
        return written.report().getParent().resolve(name);
    }

    @Test
    void theDebriefFolderHoldsFiguresEventsOrdersMessagesScoresChartsAndAReport() {
        for (String f : List.of("index.html", "figures.csv", "seats-threat.csv", "events.json", "orders.json",
                "messages.json", "scores.csv", "objectives.json", "charts/power.png", "charts/overreach.png",
                "charts/threat-RUS.png", "charts/threat-UKR.png")) {
            assertTrue(Files.isRegularFile(file(f)), f);
        }
    }

    @Test
    void theThreatTableHasOneRowPerSeatAndTurnFromTheStart() throws Exception {
        List<String> rows = Files.readAllLines(file("seats-threat.csv"));
        assertEquals(1 + (TURNS + 1) * 2, rows.size());
        assertTrue(rows.get(0).startsWith("turn,date,seat_state,threat_inspired"));
    }

    @Test
    void theReplayGivesTheSavedWorldAndItsThreatsAtTheEnd() throws Exception {
        GameRecord r = GameRecord.collect(save, fresh());
        assertTrue(r.matchesSave());
        World w = save.world;
        GameRecord.TurnFigures last = r.turns().get(r.turns().size() - 1);
        int rus = w.indexOf("RUS");
        double feared = 0;
        for (int o = 0; o < w.size(); o++) {
            if (o != rus && w.nation(o).alive) {
                feared = Math.max(feared, w.derived.threat(o, rus));
            }
        }
        assertEquals(feared, last.feared()[0], 1e-12);
        assertEquals(w.derived.maxThreat(rus), last.felt()[0], 1e-12);
        assertEquals(TURNS + 1, r.turns().size());
    }

    @Test
    void theTimelineTellsTheWarAndTheInjectWithWhatFollowedIt() {
        GameRecord r = GameRecord.collect(save, fresh0());
        List<TurningPoints.Moment> moments = TurningPoints.of(r);
        assertTrue(moments.stream().anyMatch(m -> m.heading().equals("War") && m.turn() == 1), "the invasion");
        TurningPoints.Moment inject = moments.stream().filter(m -> m.heading().equals("Inject")).findFirst().orElseThrow();
        assertEquals(2, inject.turn());
        assertTrue(inject.text().contains("Black Sea ports"));
        for (String f : inject.followed()) {
            assertTrue(f.startsWith("Turn "), f);
        }
    }

    private static World fresh0() {
        try {
            return fresh();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReportTiesItTogetherInPlainWordsAndEscapesWhatPlayersWrote() throws Exception {
        String html = Files.readString(written.report());
        for (String s : List.of("Debrief: Ukraine (2022)", "Alice", "Bob", "Turning points", "Black Sea ports",
                "charts/power.png", "charts/threat-UKR.png", "Withdraw your claim to Crimea", "Instructor",
                "Scores and objectives", "Invade → Ukraine")) {
            assertTrue(html.contains(s), "the report shows " + s);
        }
        assertFalse(html.contains("<script>"), "a player's message cannot inject HTML");
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void theChartsArePicturesOfAReadableSize() throws Exception {
        for (String c : List.of("charts/power.png", "charts/overreach.png", "charts/threat-RUS.png")) {
            BufferedImage img = ImageIO.read(file(c).toFile());
            assertNotNull(img, c);
            assertTrue(img.getWidth() >= 800 && img.getHeight() >= 300, c);
        }
    }

    @Test
    void aRoundAxisTopIsAtOrAboveTheLargestValue() {
        assertEquals(0.5, LineChart.niceMax(0.42), 1e-12);
        assertEquals(0.25, LineChart.niceMax(0.21), 1e-12);
        assertEquals(20, LineChart.niceMax(13), 1e-12);
        assertEquals(1, LineChart.niceMax(0), 1e-12);
    }
}
