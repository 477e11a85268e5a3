package org.balancedrealism.session;

import org.balancedrealism.engine.Injects;
import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's operations on a running game (DESIGN §9, §12): injects, edits, messages, branching. */
class InstructorTest {
    private static final List<Seat> SEATS = List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"),
            Seat.human("Carol", "CCC"));

    @TempDir
    Path dir;

    private static GameSession fresh() {
        return new GameSession(TestGames.world(77), SEATS, TestGames::scriptedAi);
    }

    /** Plays one whole round (every seat gives its scripted orders and ends its turn). */
    private static void round(GameSession s) {
        do {
            String me = s.currentSeat().stateId();
            TestGames.scriptedHuman(s.world(), me, me.equals("DDD") ? "CCC" : "DDD").forEach(s::plan);
        } while (s.endSeatTurn().resolved() == null);
    }

    private static String digest(World w) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(Json.GSON.toJson(w).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d);
    }

    private static boolean sees(GameSession s, int seat, String text) {
        return s.view(seat).events().stream().map(GameEvent::text).anyMatch(text::equals);
    }

    @Test
    void anInjectWrittenOnTheSpotReachesExactlyTheSeatsOfItsVisibility() {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        String secret = "Your spies report BBB's army is hollow.";
        String pair = "A back channel opens between AAA and CCC.";
        String everyone = "Oil prices double overnight.";
        assertTrue(instructor.inject(secret, Visibility.PARTIES, List.of("AAA"), List.of()).done());
        assertTrue(instructor.inject(pair, Visibility.PARTIES, List.of("AAA", "CCC"), List.of()).done());
        assertTrue(instructor.inject(everyone, Visibility.ALL, List.of(), List.of()).done());
        assertEquals(3, instructor.pending().size());
        assertFalse(sees(s, 0, secret), "an inject fires when the turn is resolved, not before");

        round(s);

        assertTrue(sees(s, 0, secret));
        assertFalse(sees(s, 1, secret));
        assertFalse(sees(s, 2, secret));
        assertTrue(sees(s, 0, pair));
        assertFalse(sees(s, 1, pair));
        assertTrue(sees(s, 2, pair));
        for (int seat = 0; seat < 3; seat++) {
            assertTrue(sees(s, seat, everyone));
        }
        assertTrue(instructor.pending().isEmpty());
    }

    @Test
    void anInjectIsAppliedToACopySoAPublishedWorldNeverChanges() {
        GameSession s = fresh();
        World before = s.world();
        int queued = before.injects.size();
        assertTrue(new Instructor(s).inject("News", Visibility.ALL, List.of(), List.of()).done());
        assertNotSame(before, s.world());
        assertEquals(queued, before.injects.size());
    }

    @Test
    void anEditMovesTheFigureToTheValueGivenWhenTheTurnIsResolved() {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        int i = s.world().indexOf("BBB");
        double stability = s.world().nation(i).stability;
        double target = stability > 50 ? 20 : 80;
        Instructor.Outcome out = instructor.edit("BBB", "stability", target, null, Visibility.PARTIES, List.of());
        assertTrue(out.done(), out.reasons().toString());
        assertEquals(List.of("BBB"), out.event().audience(), "an edit is told to the edited state by default");

        round(s);

        // the turn's own drift is small next to the edit
        assertEquals(target, s.world().nation(i).stability, 5);
        assertTrue(sees(s, 1, out.event().text()));
        assertFalse(sees(s, 0, out.event().text()));
    }

    @Test
    void anEditOutsideTheRulesBoundsIsRefusedWithAReason() {
        GameSession s = fresh();
        Instructor.Outcome out = new Instructor(s).edit("BBB", "stability", 140, null, Visibility.ALL, List.of());
        assertFalse(out.done());
        assertTrue(out.reasons().get(0).startsWith("The new value must lie between 0 and 100"), out.reasons().toString());
        assertTrue(new Instructor(s).pending().isEmpty());
        assertFalse(new Instructor(s).edit("XXX", "gdp", 1, null, Visibility.ALL, List.of()).done());
        assertFalse(new Instructor(s).edit("BBB", "population", 1, null, Visibility.ALL, List.of()).done());
    }

    @Test
    void anEditIsReplayedByBranchingAndGivesTheSameWorldAsTheOriginalAtThatTurn() throws Exception {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        round(s);
        double gdp = s.world().nation(s.world().indexOf("CCC")).gdp;
        assertTrue(instructor.edit("CCC", "gdp", gdp * 1.5, null, Visibility.ALL, List.of()).done());
        round(s);
        String atTwo = digest(s.world());
        round(s);
        round(s);

        SaveGame back = Branching.rollback(s.toSave(), TestGames.world(77), 2);

        assertEquals(atTwo, digest(back.world));
        assertTrue(back.world.injects.stream().anyMatch(e -> e.id().startsWith("edit-CCC-gdp")));
    }

    @Test
    void rollbackToTurnTwoThenReplayGivesTheSameWorldAsTheOriginalAtTurnTwo() throws Exception {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        assertTrue(instructor.inject("A storm hits the coast.", Visibility.ALL, List.of(),
                List.of(new ScriptedEvent.Effect("AAA", "gdp", -30, 1))).done());
        round(s);
        round(s);
        String atTwo = digest(s.world());
        round(s);
        assertTrue(instructor.inject("Later news.", Visibility.ALL, List.of(), List.of()).done());
        round(s);

        GameSession back = Branching.rollback(s, g -> TestGames.world(77), 2, TestGames::scriptedAi);
        assertEquals(atTwo, digest(back.world()));

        round(back);
        round(back);
        assertFalse(back.world().log.stream().anyMatch(e -> e.text().equals("Later news.")),
                "an inject of a later turn belongs to the abandoned future");
    }

    @Test
    void aBranchIsSavedUnderANewNameAndKeepsTheInstructor() throws Exception {
        GameSession s = fresh();
        s.setInstructor("chalk");
        round(s);
        round(s);
        SaveGames saves = new SaveGames(dir, TestGames.source());

        Path file = new Instructor(s).branch(saves, g -> TestGames.world(77), 1, "group B");

        GameSession branched = GameSession.resume(saves.load(file), TestGames::scriptedAi);
        assertEquals(1, branched.world().turn);
        assertTrue(branched.hasInstructor());
        assertTrue(branched.instructorAccepts("chalk"));
        assertFalse(branched.instructorAccepts("guess"));
    }

    @Test
    void aWithdrawnInjectNeverFires() {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        Instructor.Outcome out = instructor.inject("A rumour that should not spread.", Visibility.ALL, List.of(), List.of());
        assertTrue(instructor.withdraw(out.event().id()));
        round(s);
        assertFalse(sees(s, 0, "A rumour that should not spread."));
        assertFalse(instructor.withdraw(out.event().id()));
    }

    @Test
    void theInstructorWritesToOneSeatOrToAll() {
        GameSession s = fresh();
        Instructor instructor = new Instructor(s);
        assertTrue(instructor.message("BBB", "See me after class.").isEmpty());
        assertTrue(instructor.message(null, "Ten minutes left.").isEmpty());
        assertEquals(List.of("See me after class.", "Ten minutes left."),
                s.messages().of("BBB").stream().map(Message::text).toList());
        assertEquals(List.of("Ten minutes left."), s.messages().of("AAA").stream().map(Message::text).toList());
        assertEquals(4, s.messages().all().size());
        assertFalse(instructor.message("BBB", " ").isEmpty());
        assertFalse(instructor.message("DDD", "You have no seat.").isEmpty());
    }
}
