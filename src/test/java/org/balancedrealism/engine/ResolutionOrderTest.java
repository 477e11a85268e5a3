package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Orders resolve by category, then by state, each state's own orders in the order given: clicks never decide outcomes. */
class ResolutionOrderTest {
    private static World world() {
        return TestWorlds.builder().state("AAA", 2000, 60, 0.03).state("BBB", 1000, 40, 0.02)
                .state("CCC", 500, 10, 0.02).land("AAA", "BBB").build(1);
    }

    /** What a stable sort by category and then state index leaves (unknown states last, orders without a kind last). */
    private static List<Move> stableSort(World w, List<Move> orders) {
        List<Move> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.<Move>comparingInt(m -> m.kind() == null ? 99 : m.kind().category().ordinal())
                .thenComparingInt(m -> w.indexOf(m.actor()) < 0 ? Integer.MAX_VALUE : w.indexOf(m.actor())));
        return sorted;
    }

    @Test
    void ordersResolveByCategoryThenStateKeepingEachStatesOwnOrder() {
        World w = world();
        String[] actors = {"AAA", "BBB", "CCC", "ZZZ"};
        MoveKind[] kinds = MoveKind.values();
        Random pick = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Move> orders = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                // each order its own object, numbered, so the order of equal-ranked ones shows
                MoveKind kind = pick.nextInt(12) == 0 ? null : kinds[pick.nextInt(kinds.length)];
                orders.add(new Move(kind, actors[pick.nextInt(actors.length)], null, null, null, k, 0));
            }
            List<Move> resolved = TurnEngine.resolutionOrder(w, orders);
            List<Move> expected = stableSort(w, orders);
            assertEquals(expected.size(), resolved.size());
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k).amount(), resolved.get(k).amount(), "place " + k + " of round " + round);
            }
        }
    }
}
