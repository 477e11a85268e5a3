package org.balancedrealism.session;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The turn's warm-up plays on a copy of its own: the game it copied plays on as if there had been none. */
class TurnWarmUpTest {
    @Test
    void theWarmUpPlaysOnACopyAndTheGameItCopiedPlaysTheSameAlongsideIt() throws Exception {
        Games.Loaded g = Games.load("modern-world");
        World live = g.newWorld(7);
        World twin = g.newWorld(7);
        live.nation(live.indexOf("DEU")).human = true;
        twin.nation(twin.indexOf("DEU")).human = true;
        World copy = live.copy();
        AtomicInteger played = new AtomicInteger();
        Thread warm = new Thread(() -> played.set(TurnWarmUp.play(copy, 8, () -> false)));
        warm.start(); // played at the same time as the live game, as in a session
        playAi(live, 4);
        warm.join();
        playAi(twin, 4);

        assertEquals(8, played.get(), "the warm-up played the turns asked");
        assertEquals(8, copy.turn);
        assertTrue(live.nation(live.indexOf("DEU")).human, "the live game's human seat is still human");
        assertEquals(Json.GSON.toJson(twin), Json.GSON.toJson(live), "the live game is the same as without a warm-up");
    }

    @Test
    void theWarmUpWaitsWhileTheSessionResolvesATurn() throws Exception {
        World copy = Games.load("modern-world").newWorld(3);
        AtomicInteger asked = new AtomicInteger();
        // busy the first three times it is asked: no turn is played until the session is done with its own
        int played = TurnWarmUp.play(copy, 2, () -> {
            boolean busy = asked.incrementAndGet() <= 3;
            if (busy) {
                assertEquals(0, copy.turn, "nothing played while the session is busy");
            }
            return busy;
        });
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
