package org.balancedrealism.io;

import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaveRoundTripTest {
    @TempDir
    Path dir;

    private GameSession played(int turns) {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi);
        for (int t = 0; t < turns; t++) {
            TestGames.scriptedHuman(s.world(), "AAA", "BBB").forEach(s::plan);
            s.endSeatTurn();
        }
        return s;
    }

    @Test
    void theWorldIsTheSameAfterSaveAndLoad() throws Exception {
        GameSession s = played(4);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path file = s.save(saves, "four turns");
        SaveGame g = saves.load(file);
        assertEquals(Json.GSON.toJson(s.world()), Json.GSON.toJson(g.world));
        assertEquals(s.orderHistory(), g.orderHistory);
        assertNotNull(g.world.derived, "derived figures are computed again");
        assertEquals(s.world().nation(0).alignment, g.world.nation(0).alignment);
        assertEquals(s.world().random.draws(), g.world.random.draws());
        assertEquals(SaveGame.FORMAT, g.format);
        assertEquals("test", g.scenario);
        assertEquals(RulesLoader.hash(s.world().rules), g.rulesHash);
        assertNotNull(g.savedAt);
    }

    @Test
    void aLoadedWorldCanBeWrittenAndCopied() throws Exception {
        GameSession s = played(2);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        SaveGame g = saves.load(s.save(saves, "x"));
        // the copy-on-write tables and the id index are rebuilt lazily
        g.world.opinion.add(0, 1, 3);
        g.world.copy().opinion.add(1, 0, 2);
        assertEquals(s.world().opinion.get(0, 1) + 3, g.world.opinion.get(0, 1), 1e-12);
        assertEquals(s.world().opinion.get(1, 0), g.world.opinion.get(1, 0), 1e-12);
        assertEquals(2, g.world.indexOf("CCC"));
    }

    @Test
    void theListingShowsEachSaveOrWhyItCannotBeLoaded() throws Exception {
        GameSession s = played(3);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        s.save(saves, "campaign");
        Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"world\": ");
        Files.writeString(dir.resolve("notes.txt"), "not a save");
        List<SaveGames.SaveInfo> list = saves.list();
        assertEquals(2, list.size());
        SaveGames.SaveInfo ok = list.stream().filter(i -> i.fileName().equals("campaign.json")).findFirst().orElseThrow();
        assertNull(ok.error());
        assertEquals(3, ok.turn());
        assertEquals("Test world", ok.scenarioTitle());
        assertEquals("2030-10", ok.dateLabel());
        assertEquals(List.of("Alice (AAA)"), ok.seats());
        // three turns resolved: the game is in its fourth turn, and the listing says so as the top bar does
        assertEquals(4, ok.playingTurn());
        assertTrue(ok.label().contains("turn 4"), ok.label());
        SaveGames.SaveInfo bad = list.stream().filter(i -> i.fileName().equals("broken.json")).findFirst().orElseThrow();
        assertFalse(bad.readable());
        assertTrue(bad.error().contains("cut short"), bad.error());
    }

    @Test
    void saveNamesAreCheckedAndWritesLeaveNoTemporaryFiles() throws Exception {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        assertThrows(IllegalArgumentException.class, () -> saves.fileFor("../escape"));
        assertThrows(IllegalArgumentException.class, () -> saves.fileFor(".hidden"));
        assertEquals(dir.resolve("My game (2).json"), saves.fileFor("My game (2)"));
        GameSession s = played(1);
        s.save(saves, "a");
        s.save(saves, "a");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void settingsKeepTheSavesFolder() throws Exception {
        Path file = dir.resolve("home/settings.json");
        Settings fresh = Settings.load(file);
        assertEquals(Path.of("saves"), fresh.savesPath());
        fresh.savesFolder = dir.resolve("elsewhere").toString();
        fresh.save(file);
        assertEquals(dir.resolve("elsewhere"), Settings.load(file).savesPath());
        Files.writeString(file, "{ nope");
        assertThrows(DataFileException.class, () -> Settings.load(file));
    }
}
