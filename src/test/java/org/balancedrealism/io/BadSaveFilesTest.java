package org.balancedrealism.io;

import org.balancedrealism.engine.Bounds;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save files made elsewhere, one per kind under {@code src/test/resources/bad-saves/} (each {@code base.json}, a
 * four-turn hot-seat game on the test world, with one thing wrong): each is refused with a message naming the file,
 * the field and the problem, or loaded sane and then plays on. None may crash a later turn.
 */
class BadSaveFilesTest {
    @TempDir
    Path dir;

    /** Regenerate the base with {@code -Dbadsaves.write=src/test/resources/bad-saves/base.json} (then the cases). */
    @Test
    void writeTheBaseSaveWhenAsked() throws Exception {
        String target = System.getProperty("badsaves.write");
        if (target != null && !target.isBlank()) {
            GameSession s = new GameSession(TestGames.world(9), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC")),
                    TestGames::scriptedAi);
            for (int t = 0; t < 8; t++) {
                TestGames.scriptedHuman(s.world(), s.currentSeat().stateId(), "BBB").forEach(s::plan);
                s.endSeatTurn();
            }
            Path gz = s.save(new SaveGames(dir, TestGames.source()), "base");
            Files.writeString(Path.of(target), SaveFiles.text(gz));
        }
    }

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = getClass().getResourceAsStream("/bad-saves/" + name + ".json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private SaveGames saves() {
        return new SaveGames(dir, TestGames.source());
    }

    @Test
    void theBaseSaveLoadsAndPlays() throws Exception {
        playsTenTurns(saves().load(copy("base"), true)); // rules may be tuned after the file was made
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nan-figure            | world.nations[0].gdp        | must be an ordinary number, got NaN",
            "infinity-figure       | world.nations[2].treasury   | must be an ordinary number, got Infinity",
            "huge-figure           | world.nations[1].population | far too large",
            "war-on-both-sides     | world.wars.defenders        | fighting on both sides",
            "coalition-holds-target| world.coalitions.members    | holds the coalition's own target",
            "stuck-random          | world.random                | all zeros",
            "unknown-nation-id     | world.nations[1].id         | 'ZZZ' is not a state",
            "wrapping-owner        | world.territories[0].owner  | must be a whole number between",
            "event-without-kind    | world.log                   | without a kind",
            "null-ai-note          | world.ai.notes[0]           | is null",
            "null-list             | world.wars                  | is null",
            "scenario-as-path      | scenario                    | is not a scenario id",
    })
    void aBadSaveIsRefusedNamingFileFieldAndProblem(String name, String field, String problem) throws Exception {
        Path file = copy(name);
        byte[] before = Files.readAllBytes(file);
        DataFileException e = assertThrows(DataFileException.class, () -> saves().load(file, true));
        assertEquals(name + ".json", e.file(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "a refused file is left as it was");
    }

    @Test
    void aDeeplyNestedSaveIsRefusedWithoutReadingItAll() throws Exception {
        DataFileException e = assertThrows(DataFileException.class, () -> saves().load(copy("deep-nesting"), true));
        assertTrue(e.problem().contains("nested too deeply"), e.getMessage());
    }

    @Test
    void opinionOutsideItsRangeIsBroughtBackInAndTheGamePlaysOn() throws Exception {
        SaveGame g = saves().load(copy("opinion-out-of-range"), true);
        assertEquals(100, g.world.opinion.get(0, 1));
        assertEquals(-100, g.world.opinion.get(1, 0));
        playsTenTurns(g);
    }

    private static void playsTenTurns(SaveGame g) {
        GameSession s = GameSession.resume(g, TestGames::scriptedAi);
        int start = s.world().turn;
        while (s.world().turn < start + 10 && !s.isOver()) {
            GameSession.SeatTurnEnd end = s.endSeatTurn();
            assertTrue(end.notices().stream().noneMatch(n -> n.contains("could not")), end.notices().toString());
            if (end.resolved() != null) {
                assertEquals(List.of(), Bounds.violations(s.world()));
            }
        }
        assertTrue(s.world().turn >= Math.min(start + 10, s.world().maxTurns));
    }
}
