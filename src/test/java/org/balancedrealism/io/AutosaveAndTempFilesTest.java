package org.balancedrealism.io;

import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Autosave writes the new file completely before it moves the older ones down, so a crash or a full disk during the
 * write never loses autosave-1 nor leaves a gap; temporary files a crash left behind are cleaned up.
 */
class AutosaveAndTempFilesTest {
    @TempDir
    Path dir;

    private GameSession game() {
        return new GameSession(TestGames.world(4), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi);
    }

    private List<byte[]> chain(SaveGames saves) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (int k = 1; k <= SaveGames.AUTOSAVES; k++) {
            Path p = saves.autosavePath(k);
            out.add(Files.exists(p) ? Files.readAllBytes(p) : null);
        }
        return out;
    }

    private SaveGames fiveAutosaves(GameSession s) throws IOException {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        for (int t = 0; t < SaveGames.AUTOSAVES; t++) {
            s.endSeatTurn();
            saves.autosave(s.toSave());
        }
        return saves;
    }

    @Test
    void aFailedAutosaveLeavesTheWholeChainAsItWas() throws Exception {
        GameSession s = game();
        SaveGames saves = fiveAutosaves(s);
        List<byte[]> before = chain(saves);
        // the new file cannot be put in place (a folder stands where it goes): the write fails after the data
        Path blocker = dir.resolve(SaveGames.PENDING_AUTOSAVE);
        Files.createDirectories(blocker.resolve("inside"));
        s.endSeatTurn();
        assertThrows(IOException.class, () -> saves.autosave(s.toSave()));
        List<byte[]> after = chain(saves);
        for (int k = 0; k < SaveGames.AUTOSAVES; k++) {
            assertArrayEquals(before.get(k), after.get(k), "autosave-" + (k + 1) + " is untouched");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void anAutosaveInterruptedBetweenWriteAndRotationIsFinishedByTheNextOne() throws Exception {
        GameSession s = game();
        SaveGames saves = fiveAutosaves(s);
        // a crash after the new file was written and autosave-1 had moved to 2, before the new one moved to 1
        s.endSeatTurn();
        int crashedTurn = s.world().turn;
        saves.save(s.toSave(), dir.resolve(SaveGames.PENDING_AUTOSAVE));
        for (int k = SaveGames.AUTOSAVES - 1; k >= 1; k--) {
            Files.move(saves.autosavePath(k), saves.autosavePath(k + 1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertFalse(Files.exists(saves.autosavePath(1)));
        assertTrue(saves.list().stream().anyMatch(i -> i.readable() && i.turn() == crashedTurn),
                "the interrupted autosave is listed and loadable");

        s.endSeatTurn();
        saves.autosave(s.toSave());
        assertEquals(crashedTurn + 1, SaveGames.info(saves.autosavePath(1)).turn());
        assertEquals(crashedTurn, SaveGames.info(saves.autosavePath(2)).turn());
        for (int k = 3; k <= SaveGames.AUTOSAVES; k++) {
            assertEquals(crashedTurn + 2 - k, SaveGames.info(saves.autosavePath(k)).turn(), "no gap in the chain");
        }
        assertFalse(Files.exists(dir.resolve(SaveGames.PENDING_AUTOSAVE)));
    }

    @Test
    void temporaryFilesACrashLeftBehindAreCleanedUp() throws Exception {
        Files.writeString(dir.resolve(".autosave-1.json.123456.tmp"), "half a save");
        Files.writeString(dir.resolve(".mine.json.987.tmp"), "another");
        Files.writeString(dir.resolve("notes.txt"), "the player's own file");
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession s = game();
        s.endSeatTurn();
        saves.autosave(s.toSave());
        try (var files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("autosave-1.json", "notes.txt"), names);
        }
    }

    @Test
    void aFullDiskIsNamedAsSuchAndTheOldFileIsKept() throws Exception {
        Path target = dir.resolve("game.json");
        Files.writeString(target, "the old save");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        }));
        assertTrue(e instanceof AtomicFiles.DiskFullException, e.toString());
        assertTrue(e.getMessage().startsWith("the disk is full"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("permission"), e.getMessage());
        assertEquals("the old save", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void saveFilesAreCompressed() throws Exception {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession s = game();
        s.endSeatTurn();
        Path p = saves.save(s.toSave(), "compressed");
        byte[] bytes = Files.readAllBytes(p);
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0x8b, bytes[1] & 0xff);
        assertTrue(bytes.length < SaveFiles.text(p).length(), "compressed");
        assertEquals(s.world().turn, saves.load(p).world.turn);
        assertTrue(Arrays.asList(dir.toFile().list()).contains("compressed.json"));
    }
}
