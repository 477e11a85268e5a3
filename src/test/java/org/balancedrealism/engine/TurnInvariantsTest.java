package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long scripted runs keep the world sound, and replay exactly. */
class TurnInvariantsTest {
    private static final String[] IDS = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};

    static World ring(long seed) {
        TestWorlds b = TestWorlds.builder()
                .state("AAA", 6000, 150, 0.05).state("BBB", 2000, 60, 0.03).state("CCC", 1500, 50, 0.03)
                .state("DDD", 800, 30, 0.02).state("EEE", 3000, 90, 0.04).state("FFF", 400, 20, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD").land("DDD", "EEE").land("EEE", "FFF")
                .land("FFF", "AAA").sea("AAA", "DDD");
        return b.build(seed);
    }

    /** Random but legal-looking orders from a script generator seeded separately from the game. */
    static List<Move> scriptedOrders(Random script) {
        MoveKind[] kinds = MoveKind.values();
        List<Move> orders = new ArrayList<>();
        for (String actor : IDS) {
            for (int k = 0; k < 3; k++) {
                MoveKind kind = kinds[script.nextInt(kinds.length)];
                String target = IDS[script.nextInt(IDS.length)];
                orders.add(new Move(kind, actor, target, List.of(IDS[script.nextInt(IDS.length)]), null,
                        script.nextDouble() * 0.1, script.nextInt(20)));
            }
        }
        return orders;
    }

    static void assertInvariants(World w) {
        for (Nation n : w.nations) {
            assertTrue(n.gdp >= 0 && Double.isFinite(n.gdp), n.id + " gdp " + n.gdp);
            assertTrue(n.military >= 0 && Double.isFinite(n.military), n.id + " military " + n.military);
            assertTrue(n.population >= 0, n.id + " population");
        }
        for (Territory t : w.territories) {
            assertTrue(t.owner() >= 0 && t.owner() < w.size(), "one valid owner per territory");
            assertTrue(w.nation(t.owner()).alive, t.id() + " is held by a living state");
        }
        for (Coalition c : w.coalitions) {
            assertTrue(!c.hasMember(c.target), "a coalition never includes its target");
        }
        for (var war : w.wars) {
            for (int a : war.attackers) {
                assertTrue(!war.defenders.contains(a), "no state on both sides");
            }
        }
        double total = 0;
        for (double p : w.derived.power) {
            total += p;
        }
        assertEquals(1.0, total, 1e-6, "power shares sum to one");
    }

    @Test
    void theSameSeedAndTheSameOrdersGiveAByteIdenticalWorld() {
        String first = play(99);
        String second = play(99);
        assertEquals(first, second);
        assertTrue(!first.equals(play(100)), "a different seed gives a different game");
    }

    private static String play(long seed) {
        World w = ring(seed);
        Random script = new Random(7);
        TurnEngine engine = new TurnEngine();
        for (int t = 0; t < 40; t++) {
            engine.resolve(w, scriptedOrders(script));
        }
        return Json.GSON.toJson(w);
    }

    @Test
    void aPreviewNeverChangesTheWorld() {
        World w = ring(5);
        String before = Json.GSON.toJson(w);
        for (MoveKind k : MoveKind.values()) {
            MovePreview.of(w, Move.of(k, "AAA", "BBB"));
        }
        assertEquals(before, Json.GSON.toJson(w));
    }

    @Test
    void aPreviewShowsTheThreatAnInvasionWouldRaiseAndTheCoalitionRisk() {
        World w = ring(5);
        MovePreview p = MovePreview.of(w, Move.of(MoveKind.INVADE, "AAA", "BBB"));
        assertTrue(p.legal(), p.problems().toString());
        assertTrue(p.threatChanges().stream().anyMatch(c -> c.observer().equals("BBB") && c.delta() > 0), p.threatChanges().toString());
        assertTrue(p.coalitionRisk() >= p.coalitionRiskBefore());
        assertTrue(p.overreachAfter() > p.overreachBefore());
    }
}
