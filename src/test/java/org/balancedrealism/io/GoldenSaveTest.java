package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saves of every released format must keep loading. {@code golden-v1.json} is a hot-seat game on the test world
 * (seed 2026, five turns of scripted orders) saved mid-round: Alice has ended her turn, Bob (password "pw") has
 * planned one order. Regenerate only when a new format is released, and keep the old file:
 * {@code mvn -o test -Dtest=GoldenSaveTest -Dgolden.write=src/test/resources/saves/golden-vN.json}.
 */
class GoldenSaveTest {
    static final String GOLDEN = "/saves/golden-v1.json";

    @TempDir
    Path dir;

    static GameSession goldenGame() {
        GameSession s = new GameSession(TestGames.world(2026),
                List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC", "pw")), TestGames::scriptedAi);
        for (int t = 0; t < 5; t++) {
            do {
                TestGames.scriptedHuman(s.world(), s.currentSeat().stateId(), "BBB").forEach(s::plan);
            } while (s.endSeatTurn().resolved() == null);
        }
        s.plan(Move.of(MoveKind.INVEST_HOME, "AAA"));
        s.endSeatTurn();
        s.plan(Move.of(MoveKind.IMPROVE_RELATIONS, "CCC", "DDD"));
        return s;
    }

    @Test
    void writeGoldenSaveWhenAsked() throws Exception {
        String target = System.getProperty("golden.write");
        if (target != null && !target.isBlank()) {
            new SaveGames(dir, TestGames.source()).save(goldenGame().toSave(), Path.of(target));
        }
    }

    /** The golden file is copied first: loading must never write to it either. */
    private SaveGame loadGolden() throws Exception {
        Path copy = dir.resolve("golden-v1.json");
        byte[] golden;
        try (var in = GoldenSaveTest.class.getResourceAsStream(GOLDEN)) {
            golden = in.readAllBytes();
        }
        Files.write(copy, golden);
        // today's rules may have been tuned since the file was made: that is the player's "load anyway"
        SaveGame g = new SaveGames(dir, TestGames.source()).load(copy, true);
        assertArrayEquals(golden, Files.readAllBytes(copy));
        return g;
    }

    @Test
    void theVersionOneGoldenSaveStillLoads() throws Exception {
        SaveGame g = loadGolden();
        assertEquals(SaveGame.FORMAT, g.format); // read as format 1, migrated
        assertEquals("test", g.scenario);
        assertEquals(2026, g.seed);
        assertEquals(5, g.world.turn);
        assertEquals(5, g.orderHistory.size());
        assertEquals("2031-04", g.world.dateLabel());
        GameSession s = GameSession.resume(g, TestGames::scriptedAi);
        assertEquals("Bob", s.currentSeat().name());
        assertTrue(s.currentSeat().accepts("pw"));
        assertEquals(List.of(Move.of(MoveKind.IMPROVE_RELATIONS, "CCC", "DDD")), s.plannedOrders());
        assertTrue(s.world().nation(s.world().indexOf("AAA")).human);
    }

    @Test
    void theGoldenSaveContinuesIdenticallyEveryTime() throws Exception {
        String[] worlds = new String[2];
        for (int k = 0; k < 2; k++) {
            GameSession s = GameSession.resume(loadGolden(), TestGames::scriptedAi);
            GameSession.SeatTurnEnd end = s.endSeatTurn();
            assertTrue(end.resolved().orders().contains(Move.of(MoveKind.INVEST_HOME, "AAA")), "Alice's saved order is carried out");
            for (int t = 0; t < 3; t++) {
                do {
                    TestGames.scriptedHuman(s.world(), s.currentSeat().stateId(), "BBB").forEach(s::plan);
                } while (s.endSeatTurn().resolved() == null);
            }
            assertEquals(9, s.world().turn);
            worlds[k] = Json.GSON.toJson(s.world());
            Files.delete(dir.resolve("golden-v1.json"));
        }
        assertEquals(worlds[0], worlds[1]);
    }
}
