package org.balancedrealism.ai;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole AI-only games of the full world: {@value #SEEDS} seeds × {@value #TURNS} turns must finish with the
 * invariants holding every turn, and a seed must replay to the very same world.
 */
class AiGamesTest {
    static final int SEEDS = 20;
    static final int TURNS = 40;
    static Games.Loaded game;

    @BeforeAll
    static void load() throws Exception {
        game = Games.load("modern-world");
    }

    static World aiWorld(long seed) {
        World w = game.newWorld(seed);
        for (Nation n : w.nations) {
            n.human = false;
        }
        return w;
    }

    @Test
    void twentySeededFullWorldGamesFinishWithInvariantsHolding() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        LongStream.rangeClosed(1, SEEDS).parallel().forEach(seed -> {
            World w = aiWorld(seed);
            TurnEngine engine = new TurnEngine();
            AiTurns ai = new AiTurns();
            for (int t = 0; t < TURNS; t++) {
                ai.playTurn(w, engine);
                check(w, "seed " + seed + " turn " + w.turn, problems);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    static void check(World w, String where, List<String> problems) {
        for (String v : org.balancedrealism.engine.Bounds.violations(w)) {
            problems.add(where + ": " + v); // every figure in its documented range (rules' bounds)
        }
        for (int i = 0; i < w.size(); i++) {
            Nation n = w.nation(i);
            if (n.gdp < 0 || n.military < 0 || Double.isNaN(n.gdp) || Double.isNaN(n.military)) {
                problems.add(where + ": " + n.id + " gdp " + n.gdp + " military " + n.military);
            }
            if (w.derived.power[i] > 0.5) {
                problems.add(where + ": " + n.id + " holds " + w.derived.power[i] + " of world power");
            }
        }
        for (Territory t : w.territories) {
            if (t.owner() < 0 || t.owner() >= w.size() || !w.nation(t.owner()).alive) {
                problems.add(where + ": territory " + t.id() + " has owner " + t.owner());
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.hasMember(c.target)) {
                problems.add(where + ": the coalition against " + w.id(c.target) + " includes it");
            }
        }
    }

    @Test
    void sameSeedSameGame() {
        String a = play(42, 8);
        String b = play(42, 8);
        assertEquals(a.length(), b.length());
        assertEquals(a, b);
        assertTrue(!a.equals(play(43, 8)), "another seed should give another game");
    }

    @Test
    void decisionsInParallelGiveTheSameGameAsInSequence() {
        assertEquals(play(7, 6, false), play(7, 6, true));
    }

    static String play(long seed, int turns) {
        return play(seed, turns, true);
    }

    static String play(long seed, int turns, boolean parallel) {
        World w = aiWorld(seed);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(parallel);
        for (int t = 0; t < turns; t++) {
            ai.playTurn(w, engine);
        }
        return Json.GSON.toJson(w);
    }
}
