package org.balancedrealism.session;

import org.balancedrealism.engine.Injects;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.ClassroomGames;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rollback and branching (DESIGN §12): the game of turn N made again from the seed, the orders and the injects. */
class BranchingTest {
    private static final List<Seat> SEATS = List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
    private static final ScriptedEvent CRISIS = new ScriptedEvent("crisis", 0, "A bank run empties BBB's treasury",
            Visibility.ALL, List.of(), List.of(new ScriptedEvent.Effect("BBB", "treasury", -40, 1)));

    @TempDir
    Path dir;

    /** Plays whole rounds; the instructor injects the crisis before turn 2 resolves. */
    private static void play(GameSession s, int turns) {
        for (int t = 0; t < turns; t++) {
            if (s.world().turn == 1) {
                assertTrue(Injects.queue(s.world(), CRISIS).accepted());
            }
            do {
                String me = s.currentSeat().stateId();
                TestGames.scriptedHuman(s.world(), me, "BBB").forEach(s::plan);
            } while (s.endSeatTurn().resolved() == null);
        }
    }

    private static GameSession fresh() {
        return new GameSession(TestGames.world(77), SEATS, TestGames::scriptedAi);
    }

    private static String json(World w) {
        return Json.GSON.toJson(w);
    }

    @Test
    void rollbackToTurnTwoGivesTheWorldThatWasPlayedToTurnTwo() {
        GameSession two = fresh();
        play(two, 2);
        GameSession five = fresh();
        play(five, 5);

        SaveGame back = Branching.rollback(five.toSave(), TestGames.world(77), 2);

        assertEquals(2, back.world.turn);
        assertEquals(two.orderHistory(), back.orderHistory);
        assertEquals(json(two.world()), json(back.world));
        assertTrue(back.world.log.stream().anyMatch(e -> e.text().equals(CRISIS.text())), "the inject of turn 2 replays");
    }

    @Test
    void aBranchSavedUnderANewNameLoadsAsTheSameWorldAsAReplay() throws Exception {
        GameSession five = fresh();
        play(five, 5);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        SaveGame save = five.toSave();

        Path file = Branching.branch(saves, save, g -> TestGames.world(77), 2, "branch at 2");
        SaveGame loaded = saves.load(file);
        World start = TestGames.world(77);
        start.injects.addAll(save.world.injects.stream().filter(e -> e.turn() <= 2).toList());
        World replayed = Replays.replay(start, SEATS, save.orderHistory, 2);

        assertEquals("branch at 2.json", file.getFileName().toString());
        assertEquals(json(replayed), json(loaded.world));
        assertEquals(2, loaded.orderHistory.size());
        // and the branch plays on as a game of its own
        GameSession resumed = GameSession.resume(loaded, TestGames::scriptedAi);
        play(resumed, 1);
        assertEquals(3, resumed.world().turn);
    }

    @Test
    void aRolledBackGamePlaysOnExactlyAsTheOriginalDid() {
        GameSession five = fresh();
        play(five, 5);
        GameSession three = GameSession.resume(Branching.rollback(five.toSave(), TestGames.world(77), 3),
                TestGames::scriptedAi);
        play(three, 2);
        assertEquals(json(five.world()), json(three.world()));
    }

    @Test
    void aRunningGameRollsBackToANewSessionWithTheSameSeats() throws Exception {
        List<Seat> guarded = List.of(Seat.human("Alice", "AAA", "secret"), Seat.human("Bob", "CCC"));
        GameSession five = new GameSession(TestGames.world(77), guarded, TestGames::scriptedAi);
        play(five, 5);
        GameSession two = new GameSession(TestGames.world(77), guarded, TestGames::scriptedAi);
        play(two, 2);

        GameSession back = Branching.rollback(five, g -> TestGames.world(77), 2, TestGames::scriptedAi);

        assertEquals(json(two.world()), json(back.world()));
        assertEquals(5, five.world().turn, "the old session is untouched");
        assertTrue(back.seats().get(0).accepts("secret"));
        assertFalse(back.seats().get(0).accepts("guess"));
    }

    @Test
    void rollbackForgetsTheInjectsAndMessagesOfLaterTurns() {
        GameSession five = fresh();
        play(five, 5);
        SaveGame save = five.toSave();
        save.messages = List.of(new Message(1, "AAA", "CCC", "Trade?"), new Message(3, "CCC", "AAA", "No."));

        SaveGame back = Branching.rollback(save, TestGames.world(77), 1);

        assertTrue(back.world.injects.isEmpty(), "the crisis was injected on turn 2");
        assertFalse(back.world.log.stream().anyMatch(e -> e.text().equals(CRISIS.text())));
        assertEquals(List.of(new Message(1, "AAA", "CCC", "Trade?")), back.messages);
    }

    @Test
    void aTurnOutsideTheGameIsRefusedWithAReason() {
        GameSession two = fresh();
        play(two, 2);
        SaveGame save = two.toSave();
        assertEquals(List.of("Turn 3 is not a turn of this game: choose one from 0 (the start) to 2."),
                Branching.check(save, 3));
        assertFalse(Branching.check(save, -1).isEmpty());
        assertTrue(Branching.check(save, 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Branching.rollback(save, TestGames.world(77), 3));
    }

    @Test
    void aBranchNeverOverwritesAnExistingSave() throws Exception {
        GameSession two = fresh();
        play(two, 2);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path existing = two.save(saves, "taken");
        byte[] before = Files.readAllBytes(existing);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Branching.branch(saves, two.toSave(), g -> TestGames.world(77), 1, "taken"));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(new String(before), new String(Files.readAllBytes(existing)));
    }

    @Test
    void aGamePlayedByTheComputerRollsBackToTheWorldItHadThen() throws Exception {
        SaveGame two = ClassroomGames.ukraine(2);
        SaveGame three = ClassroomGames.ukraine(3);
        SaveGame back = Branching.rollback(three, ClassroomGames.ukraine().newWorld(ClassroomGames.SEED), 2);
        // the AI's explanation notes of the last turn are not replayed; everything the rules read is
        two.world.ai.notes.clear();
        back.world.ai.notes.clear();
        assertEquals(json(two.world), json(back.world));
        assertEquals(Move.of(MoveKind.INVADE, "RUS", "UKR"), back.orderHistory.get(0).stream()
                .filter(m -> m.kind() == MoveKind.INVADE && "RUS".equals(m.actor())).findFirst().orElseThrow());
    }
}
