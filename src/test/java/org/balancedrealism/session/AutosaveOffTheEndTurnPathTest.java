package org.balancedrealism.session;

import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The autosave after every turn is written on the session's own background thread, in order: End turn does not wait
 * for it; whoever needs the file waits for it; a failure shows in the next turn's notices.
 */
class AutosaveOffTheEndTurnPathTest {
    @TempDir
    Path dir;

    private static GameSession game(AutosaveWriter.Target autosave) {
        return new GameSession(TestGames.world(4), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi, autosave);
    }

    @Test
    void theAutosaveIsOnDiskAfterAwaitAutosaveAndEqualsAHandSaveOfTheSameTurn() throws Exception {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession s = new Sessions(TestGames::scriptedAi, () -> saves)
                .around(TestGames.world(11), List.of(Seat.human("Alice", "AAA")));
        s.endSeatTurn();
        s.endSeatTurn();
        s.awaitAutosave();
        assertTrue(Files.exists(saves.autosavePath(1)), "the autosave is on disk");
        assertEquals(2, SaveGames.info(saves.autosavePath(1)).turn());
        Path hand = s.save(saves, "by-hand");
        assertEquals(json(saves.load(hand)), json(saves.load(saves.autosavePath(1))), "the same game as a hand save");
    }

    /** The save's content, without the time it was written. */
    private static String json(SaveGame g) {
        g.savedAt = null;
        return Json.GSON.toJson(g);
    }

    @Test
    void aFailingAutosaveShowsInTheNextTurnsNotices() throws Exception {
        GameSession s = game(save -> {
            throw new IOException("the disk is full");
        });
        GameSession.SeatTurnEnd first = s.endSeatTurn();
        assertTrue(first.notices().isEmpty(), first.notices().toString());
        s.awaitAutosave();
        GameSession.SeatTurnEnd next = s.endSeatTurn();
        assertEquals(List.of("Autosave failed: the disk is full"), next.notices());
    }

    @Test
    void endTurnDoesNotWaitForTheAutosaveWriter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        GameSession s = game(save -> {
            try {
                // a slow disk: nothing is written until the test lets it; bounded so that an End turn that waited on
                // the writer fails the test below (a write shows up) instead of hanging the build
                release.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            written.add(save.turn);
        });
        assertTrue(s.endSeatTurn().resolved() != null, "the turn is resolved");
        assertTrue(s.endSeatTurn().resolved() != null, "and the next, while the first autosave is still not written");
        assertTrue(written.isEmpty(), "End turn returned while the writer was blocked");
        assertEquals(2, s.world().turn);

        release.countDown();
        s.close(); // closing waits for the pending autosaves
        assertEquals(List.of(1, 2), written, "every autosave written, in order");
    }

    @Test
    void aSessionWithoutAutosaveHasNothingToWaitFor() {
        GameSession s = game(null);
        s.endSeatTurn();
        s.awaitAutosave();
        assertFalse(s.autosaves());
    }
}
