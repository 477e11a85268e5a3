package org.balancedrealism.session;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The turn's warm-up plays on copies of its own: the game it copied plays on as if there had been none. */
class TurnWarmUpTest {
    @Test
    void theWarmUpPlaysOnCopiesAndTheGameItCopiedPlaysTheSameAlongsideIt() throws Exception {
        Games.Loaded g = Games.load("modern-world");
        World live = g.newWorld(7);
        World twin = g.newWorld(7);
        live.nation(live.indexOf("DEU")).human = true;
        twin.nation(twin.indexOf("DEU")).human = true;
        World start = live.copy();
        String startBefore = Json.GSON.toJson(start);
        AtomicInteger played = new AtomicInteger();
        Thread warm = new Thread(() -> played.set(TurnWarmUp.play(start, 8, "DEU", () -> false,
                new AiTurns(false, false), new TurnEngine())));
        warm.start(); // played at the same time as the live game, as in a session
        playAi(live, 4);
        warm.join();
        playAi(twin, 4);

        assertEquals(8, played.get(), "the warm-up played the turns asked");
        assertEquals(startBefore, Json.GSON.toJson(start), "the start it plays from is left as it was");
        assertTrue(live.nation(live.indexOf("DEU")).human, "the live game's human seat is still human");
        assertEquals(Json.GSON.toJson(twin), Json.GSON.toJson(live), "the live game is the same as without a warm-up");
    }

    @Test
    void eachWarmUpGameStartsOverFromTheStartWithARandomSourceOfItsOwn() throws Exception {
        World start = Games.load("modern-world").newWorld(5);
        start.nation(start.indexOf("FRA")).human = true;
        World first = TurnWarmUp.newGame(start, 0);
        World second = TurnWarmUp.newGame(start, TurnWarmUp.GAME_TURNS);

        assertEquals(start.turn, first.turn, "a warm-up game starts where the start is");
        assertTrue(first.maxTurns >= first.turn + TurnWarmUp.GAME_TURNS, "room for a whole warm-up game");
        for (Nation n : first.nations) {
            assertTrue(!n.human, n.id + " is played by the AI in the warm-up");
        }
        assertTrue(start.nation(start.indexOf("FRA")).human, "the start's seat is left human");
        assertNotEquals(first.random.uniform("test"), second.random.uniform("test"),
                "two warm-up games draw differently");
        // and more turns than one game holds are played as several games from the start
        int played = TurnWarmUp.play(start, TurnWarmUp.GAME_TURNS + 2, "FRA", () -> false, new AiTurns(false, false),
                new TurnEngine());
        assertEquals(TurnWarmUp.GAME_TURNS + 2, played);
        assertEquals(0, start.turn, "the start is not played on");
    }

    @Test
    void theWarmUpWaitsWhileTheSessionResolvesATurn() throws Exception {
        World start = Games.load("modern-world").newWorld(3);
        AtomicInteger asked = new AtomicInteger();
        // busy the first three times it is asked: no turn is played until the session is done with its own
        int played = TurnWarmUp.play(start, 2, null, () -> {
            boolean busy = asked.incrementAndGet() <= 3;
            if (busy) {
                assertEquals(0, start.turn, "nothing played while the session is busy");
            }
            return busy;
        }, new AiTurns(false, false), new TurnEngine());
        assertEquals(2, played);
        assertEquals(5, asked.get(), "asked before each turn, again after each busy answer");
    }

    private static void playAi(World w, int turns) {
        AiTurns ai = new AiTurns(false, false);
        TurnEngine engine = new TurnEngine();
        for (int t = 0; t < turns; t++) {
            ai.playTurn(w, engine);
        }
    }
}
