package org.balancedrealism.session;

import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seat's view holds what that seat may see and nothing of another seat's: orders, offers, private events. */
class SeatViewPrivacyTest {
    private static GameSession threeSeats() {
        return new GameSession(TestGames.world(11), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"),
                Seat.human("Carol", "CCC")), TestGames::scriptedAi);
    }

    @Test
    void aSeatsPlannedOrdersAreInItsOwnViewOnly() {
        GameSession s = threeSeats();
        Move order = Move.of(MoveKind.PROPOSE_ALLIANCE, "AAA", "BBB");
        assertEquals(List.of(), s.plan(order));
        assertEquals(List.of(order), s.view().planned(), "Alice sees her order");
        assertTrue(s.view(1).planned().isEmpty(), "Bob's view holds nothing of Alice's orders");
        assertTrue(s.view(2).planned().isEmpty(), "nor does Carol's");
        s.endSeatTurn();
        assertEquals("Bob", s.view().seat().name());
        assertTrue(s.view().planned().isEmpty(), "Bob's turn opens on Bob's orders only");
        assertEquals("BBB", s.view().me());
        int full = s.world().nation(s.world().indexOf("BBB")).actionPoints;
        assertEquals(full, s.view().actionPointsLeft(), "Alice's spending does not show in Bob's points");
    }

    @Test
    void anOfferReachesTheReceiversInboxAndNobodyElses() {
        GameSession s = threeSeats();
        s.plan(Move.of(MoveKind.PROPOSE_ALLIANCE, "AAA", "BBB"));
        s.endSeatTurn();
        s.endSeatTurn();
        s.endSeatTurn();
        SeatView alice = s.view(0);
        SeatView bob = s.view(1);
        SeatView carol = s.view(2);
        assertEquals(1, bob.inbox().size(), "the offer waits for Bob");
        SeatView.Offer offer = bob.inbox().get(0);
        assertEquals("AAA", offer.from());
        assertEquals(ProposalKind.ALLIANCE, offer.kind());
        assertTrue(alice.inbox().isEmpty(), "the proposer's inbox holds nothing of it");
        assertTrue(carol.inbox().isEmpty(), "a third seat's inbox holds nothing of it");
        assertTrue(carol.attention().stream().noneMatch(l -> l.contains("inbox")),
                "Carol's warnings do not count Bob's offers");
        assertTrue(carol.situation().offers().isEmpty(), "nor does her inbox window");
        assertTrue(bob.attention().contains("1 alliance offer waiting in your inbox"), bob.attention().toString());
        assertEquals(1, bob.situation().offers().size());
    }

    @Test
    void eventsForThePartiesStayOutOfAThirdSeatsView() {
        GameSession s = threeSeats();
        s.plan(Move.of(MoveKind.PROPOSE_ALLIANCE, "AAA", "BBB"));
        s.endSeatTurn();
        s.endSeatTurn();
        s.endSeatTurn();
        List<GameEvent> secret = s.world().log.stream().filter(e -> e.visibility() == Visibility.PARTIES
                && !e.audience().contains("CCC")).toList();
        assertFalse(secret.isEmpty(), "the offer was told to its parties only");
        SeatView carol = s.view(2);
        assertTrue(carol.events().stream().noneMatch(secret::contains), "none of them reach Carol");
        assertTrue(carol.events().stream().allMatch(e -> e.visibleTo("CCC")));
        SeatView bob = s.view(1);
        assertTrue(bob.events().containsAll(secret.stream().filter(e -> e.visibleTo("BBB")).toList()));
        assertTrue(carol.events().size() < s.world().log.size(), "Carol sees less than the whole log");
    }

    @Test
    void aViewIsAPictureThatTheNextTurnDoesNotChange() {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi);
        SeatView before = s.view();
        String picture = before.toString();
        s.plan(Move.of(MoveKind.INVEST_HOME, "AAA"));
        s.endSeatTurn();
        s.endSeatTurn();
        assertEquals(picture, before.toString(), "two turns later the old view reads the same");
        assertEquals(2, s.view().game().turn());
        assertEquals(0, before.game().turn());
    }

    /** The view is plain data a classroom host can send: records, lists and maps of them, never the world. */
    @Test
    void aViewHoldsOnlyPlainDataNeverTheWorldOrItsParts() {
        assertPlain(SeatView.class, new java.util.HashSet<>());
    }

    private static final Set<Class<?>> LEAVES = Set.of(String.class, int.class, long.class, double.class,
            boolean.class, float[].class, GameEvent.class, AiNote.class, TurnStats.class, ThreatFactors.class,
            Move.class, Seat.class, ProposalKind.class, SeatView.Standing.class, AiNotesView.class);

    private static void assertPlain(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            assertTrue(raw == List.class || raw == java.util.Map.class, "only lists and maps: " + p);
            for (Type arg : p.getActualTypeArguments()) {
                assertPlain(arg, seen);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (LEAVES.contains(c)) {
            // an event is a final class, not a record, only because its words are written when first read; what they
            // say is fixed when it is logged (sentences of figures and names, and its language), so it is as plain
            // the AI's notes likewise: which notes a view holds is fixed when it is made (its own copy), each state's
            // written in words when first read, and on the wire it is the plain map state id -> notes
            assertTrue(c.isPrimitive() || c.isArray() || c.isRecord() || c.isEnum() || c == String.class
                    || c == GameEvent.class || c == AiNotesView.class, c + "");
            return;
        }
        assertTrue(c.isRecord(), c + " is a record");
        for (RecordComponent rc : c.getRecordComponents()) {
            assertPlain(rc.getGenericType(), seen);
        }
    }

    /**
     * The UI's share of End turn on the full world: the view (and with it the report's data) of one seat after a
     * whole AI turn. Printed, not asserted (no timing thresholds in tests); `bench` can call {@link SeatViews#timed}.
     */
    @Test
    void aSeatsViewOfTheFullWorldAfterATurnHoldsEveryState() throws Exception {
        GameSession s = GameSession.start(Games.load("modern-world"), 3, List.of(Seat.human("Ann", "TUR")),
                new AiOrders());
        s.endSeatTurn();
        SeatViews.Timed first = SeatViews.timed(s.world(), "TUR");
        SeatViews.Timed second = SeatViews.timed(s.world(), "TUR");
        System.out.printf("seat view of the full world after a turn: %.1f ms (again: %.1f ms), %d states, %d events%n",
                first.nanos() / 1e6, second.nanos() / 1e6, second.view().states().size(),
                second.view().events().size());
        assertEquals(s.world().size(), second.view().states().size());
        assertEquals(1, second.view().game().turn());
        assertNotNull(second.view().myScore());
    }
}
