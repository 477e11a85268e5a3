package org.balancedrealism.cli;

import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.Branching;
import org.balancedrealism.testkit.ClassroomGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code debrief <save>} and {@code branch <save> --turn N --out NAME} on a saved seminar game. */
class DebriefAndBranchCommandsTest {
    @TempDir
    static Path dir;
    private static Path save;

    @BeforeAll
    static void saveAGame() throws Exception {
        save = new SaveGames(dir).save(ClassroomGames.ukraine(3), "seminar");
    }

    @Test
    void theDebriefCommandWritesTheFolderWithItsReport() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("debrief", save.toString(), "--out", out.toString()));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Turning points"));
        assertTrue(Files.isRegularFile(out.resolve("charts/threat-UKR.png")));
    }

    @Test
    void theBranchCommandSavesTheGameOfTurnNUnderANewName() throws Exception {
        assertEquals(0, Cli.run("branch", save.toString(), "--turn", "2", "--out", "seminar from 2"));
        SaveGames saves = new SaveGames(dir);
        SaveGame branched = saves.load(dir.resolve("seminar from 2.json"));
        SaveGame original = saves.load(save);
        assertEquals(2, branched.world.turn);
        assertEquals(original.orderHistory.subList(0, 2), branched.orderHistory);
        assertEquals(Json.GSON.toJson(Branching.replay(original, ClassroomGames.ukraine().newWorld(ClassroomGames.SEED), 2, null)),
                Json.GSON.toJson(branched.world));
    }

    @Test
    void aBranchFromATurnNotPlayedIsRefusedWithAReason() {
        assertEquals(1, Cli.run("branch", save.toString(), "--turn", "9", "--out", "nowhere"));
        assertTrue(!Files.exists(dir.resolve("nowhere.json")));
    }
}
