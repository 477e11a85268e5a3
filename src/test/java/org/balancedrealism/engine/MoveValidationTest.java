package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Illegal moves say why in a player's words and change nothing. */
class MoveValidationTest {
    private static World world() {
        return TestWorlds.builder().state("AAA", 2000, 60, 0.03).state("BBB", 1000, 40, 0.02)
                .state("ISL", 500, 10, 0.02).land("AAA", "BBB").alliance("AAA", "BBB").build(1);
    }

    private static void assertReason(World w, Move m, String fragment) {
        List<String> reasons = MoveRules.check(w, m);
        assertTrue(reasons.stream().anyMatch(r -> r.contains(fragment)), m.describe() + " → " + reasons);
    }

    @Test
    void illegalMovesExplainThemselves() {
        World w = world();
        assertReason(w, Move.of(MoveKind.INVADE, "AAA", "BBB"), "your ally");
        assertReason(w, Move.of(MoveKind.INVADE, "AAA", "ISL"), "neither a neighbour nor within reach");
        assertReason(w, Move.of(MoveKind.SANCTION, "AAA", "AAA"), "cannot do this to itself");
        assertReason(w, Move.of(MoveKind.SANCTION, "AAA", null), "Choose a state");
        assertReason(w, Move.of(MoveKind.SANCTION, "ZZZ", "BBB"), "Unknown state");
        assertReason(w, Move.of(MoveKind.LIFT_SANCTIONS, "AAA", "ISL"), "no sanctions against");
        assertReason(w, Move.of(MoveKind.ACCEPT_PEACE, "AAA", "ISL"), "no peace offer");
        assertReason(w, Move.of(MoveKind.HUMANITARIAN_INTERVENTION, "BBB", "AAA"), "ally");
        w.nation(0).actionPoints = 0;
        assertReason(w, Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", "ISL"), "action point");
        w.nation(0).actionPoints = 3;
        w.nation(0).treasury = 0;
        assertReason(w, Move.of(MoveKind.BUILD_UP, "AAA"), "treasury");
    }

    @Test
    void aFailedMoveChangesNothing() {
        World w = world();
        int ap = w.nation(0).actionPoints;
        List<String> reasons = MoveRules.apply(w, Move.of(MoveKind.INVADE, "AAA", "BBB"));
        assertTrue(!reasons.isEmpty());
        assertEquals(ap, w.nation(0).actionPoints);
        assertTrue(w.wars.isEmpty());
        assertTrue(w.hasTreaty(TreatyType.ALLIANCE, 0, 1));
    }

    @Test
    void everyMoveKindHasACostInTheRules() {
        World w = world();
        for (MoveKind k : MoveKind.values()) {
            assertTrue(w.rules.cost(k.name()) != null, k.name());
        }
    }

    @Test
    void ordersResolveInAFixedOrderWhateverTheOrderTheyWereGiven() {
        World a = world();
        World b = world();
        List<Move> orders = List.of(Move.of(MoveKind.BUILD_UP, "BBB"), Move.of(MoveKind.SANCTION, "ISL", "AAA"),
                Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", "ISL"));
        new TurnEngine().resolve(a, orders);
        new TurnEngine().resolve(b, List.of(orders.get(2), orders.get(0), orders.get(1)));
        assertEquals(org.balancedrealism.io.Json.GSON.toJson(a), org.balancedrealism.io.Json.GSON.toJson(b));
    }
}
