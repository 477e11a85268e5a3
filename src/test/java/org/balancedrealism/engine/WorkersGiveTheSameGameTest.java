package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.ai.AllAiWorlds;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An engine that shares the rows of its derivations with worker threads resolves the very same game as one that works
 * alone: every turn's world, threats, direct threats and overreach equal to the last bit.
 */
class WorkersGiveTheSameGameTest {
    static final int TURNS = 12;
    /** More threads than a small machine has cores, so blocks of rows really are taken by several threads at once. */
    static ForkJoinPool pool;

    @BeforeAll
    static void load() throws Exception {
        pool = new ForkJoinPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
    }

    @Test
    void theEngineOnWorkerThreadsResolvesTheSameGameAsAlone() throws Exception {
        List<Turn> alone = play(new TurnEngine());
        List<Turn> shared = play(new TurnEngine(new Workers(pool)));
        assertEquals(alone.size(), shared.size());
        for (int t = 0; t < alone.size(); t++) {
            Turn a = alone.get(t);
            Turn b = shared.get(t);
            assertArrayEquals(a.threat, b.threat, 0, "threats after turn " + (t + 1));
            assertArrayEquals(a.direct, b.direct, 0, "direct threats after turn " + (t + 1));
            assertArrayEquals(a.overreach, b.overreach, 0, "overreach after turn " + (t + 1));
            assertSameText(a.world, b.world, "the world after turn " + (t + 1));
        }
    }

    @Test
    void trustOnWorkerThreadsDriftsAsAlone() throws Exception {
        World a = AllAiWorlds.modernWorld(5);
        World b = AllAiWorlds.modernWorld(5);
        for (int t = 0; t < 5; t++) {
            Trust.update(a);
            Trust.update(b, new Workers(pool));
        }
        assertSameText(Json.GSON.toJson(a), Json.GSON.toJson(b), "the world after five updates of trust");
    }

    /** Equal texts, or a failure that quotes where they part (a saved world is a long line). */
    static void assertSameText(String expected, String actual, String what) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at < expected.length() || at < actual.length()) {
            int from = Math.max(0, at - 80);
            fail(what + " differs at character " + at + ": expected …" + expected.substring(from, Math.min(expected.length(), at + 80))
                    + "… but was …" + actual.substring(from, Math.min(actual.length(), at + 80)) + "…");
        }
    }

    /** What a turn left: the saved world and the derived tables, bit for bit (assertArrayEquals with delta 0 tells −0 from 0 and NaN alike). */
    record Turn(String world, double[] threat, double[] direct, double[] overreach) {
    }

    static List<Turn> play(TurnEngine engine) throws Exception {
        World w = AllAiWorlds.modernWorld(11);
        AiTurns ai = new AiTurns(false); // the AI's own threads are held to the same game elsewhere (AiGamesTest)
        List<Turn> turns = new ArrayList<>();
        for (int t = 0; t < TURNS; t++) {
            ai.playTurn(w, engine);
            turns.add(new Turn(Json.GSON.toJson(w), w.derived.threat.clone(), w.workspace.direct.clone(),
                    w.derived.overreach.clone()));
        }
        return turns;
    }

}
