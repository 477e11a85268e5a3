package org.balancedrealism.session;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A classroom game: every seat plans at once, the turn resolves with all their orders; a seat nobody holds is AI. */
class SimultaneousPlanningTest {
    private static GameSession threeSeats() {
        return new GameSession(TestGames.world(11), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"),
                Seat.human("Carol", "CCC")), TestGames::scriptedAi);
    }

    @Test
    void everySeatPlansAtOnceAndTheTurnResolvesWithAllTheirOrders() {
        GameSession s = threeSeats();
        Move a = Move.of(MoveKind.INVEST_HOME, "AAA");
        Move b = Move.of(MoveKind.BUILD_UP, "BBB");
        assertEquals(List.of(), s.plan(0, a));
        assertEquals(List.of(), s.plan(1, b));
        assertEquals(List.of(a), s.view(0).planned());
        assertEquals(List.of(b), s.view(1).planned(), "each seat's orders are its own");
        assertFalse(s.plan(0, Move.of(MoveKind.INVEST_HOME, "BBB")).isEmpty(), "a seat orders for its state only");
        assertTrue(s.unplan(1, 0));
        assertFalse(s.unplan(1, 0), "nothing left to withdraw");
        assertEquals(List.of(), s.plan(1, b));
        s.resolveTurn(Set.of());
        List<Move> played = s.orderHistory().get(0);
        assertTrue(played.containsAll(List.of(a, b)));
        assertFalse(played.stream().anyMatch(m -> m.actor().equals("CCC")), "Carol gave no orders and is not AI");
        assertTrue(s.plannedOrders(0).isEmpty(), "the next turn starts with no orders");
    }

    @Test
    void aSeatNobodyHoldsIsPlayedByTheAiForThatTurnOnly() {
        GameSession s = threeSeats();
        s.plan(2, Move.of(MoveKind.INVEST_HOME, "CCC"));
        s.resolveTurn(Set.of("CCC"));
        List<Move> played = s.orderHistory().get(0);
        // the scripted AI's orders for CCC on turn 0, instead of the seat's own
        assertEquals(TestGames.scriptedAi(TestGames.world(11), 2),
                played.stream().filter(m -> m.actor().equals("CCC")).toList());
        s.resolveTurn(Set.of());
        assertFalse(s.orderHistory().get(1).stream().anyMatch(m -> m.actor().equals("CCC")),
                "held again, the seat plays itself (no orders this time)");
    }
}
