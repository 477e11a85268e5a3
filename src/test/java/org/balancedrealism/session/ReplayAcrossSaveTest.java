package org.balancedrealism.session;

import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A game is a function of its seed and its orders, across saves: N turns, save, load, M turns = N + M straight. */
class ReplayAcrossSaveTest {
    private static final List<Seat> SEATS = List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));

    @TempDir
    Path dir;

    private static GameSession fresh() {
        return new GameSession(TestGames.world(77), SEATS, TestGames::scriptedAi);
    }

    /** Plays whole rounds: every human seat gives its scripted orders. */
    private static void play(GameSession s, int turns) {
        for (int t = 0; t < turns; t++) {
            do {
                String me = s.currentSeat().stateId();
                TestGames.scriptedHuman(s.world(), me, "BBB").forEach(s::plan);
                if (!s.inbox(me).isEmpty()) {
                    s.plan(org.balancedrealism.engine.move.Move.of(org.balancedrealism.engine.move.MoveKind.ACCEPT_PROPOSAL,
                            me, null).withSubject(s.inbox(me).get(0).id()));
                }
            } while (s.endSeatTurn().resolved() == null);
        }
    }

    @Test
    void playingAcrossASaveGivesTheSameWorldAsPlayingStraight() throws Exception {
        GameSession straight = fresh();
        play(straight, 10);

        GameSession first = fresh();
        play(first, 4);
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path file = first.save(saves, "half");
        GameSession resumed = GameSession.resume(saves.load(file), TestGames::scriptedAi);
        play(resumed, 6);

        assertEquals(10, resumed.world().turn);
        assertEquals(straight.orderHistory(), resumed.orderHistory());
        assertEquals(Json.GSON.toJson(straight.world()), Json.GSON.toJson(resumed.world()));
    }

    @Test
    void theSeedAndTheOrderHistoryReplayTheGame() {
        GameSession played = fresh();
        play(played, 8);
        var replayed = Replays.replay(TestGames.world(77), SEATS, played.orderHistory(), 8);
        assertEquals(Json.GSON.toJson(played.world()), Json.GSON.toJson(replayed));
    }
}
