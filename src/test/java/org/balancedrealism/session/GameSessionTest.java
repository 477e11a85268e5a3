package org.balancedrealism.session;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GameSessionTest {
    @TempDir
    Path dir;

    private static GameSession session(Seat... seats) {
        return new GameSession(TestGames.world(11), List.of(seats), TestGames::scriptedAi);
    }

    @Test
    void seatsPlayInHotSeatOrderThenTheTurnIsResolved() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        assertEquals("Alice", s.currentSeat().name());
        GameSession.SeatTurnEnd end = s.endSeatTurn();
        assertNull(end.resolved(), "the round goes on");
        assertEquals("Bob", end.next().name());
        end = s.endSeatTurn();
        assertNotNull(end.resolved());
        assertEquals(1, end.resolved().turn());
        assertEquals(1, s.world().turn);
        assertEquals("Alice", end.next().name(), "the first seat plays the next turn");
        assertEquals(1, s.orderHistory().size());
    }

    @Test
    void humanSeatsAreMarkedHumanAndEveryOtherStateIsAi() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        World w = s.world();
        assertTrue(w.nation(w.indexOf("AAA")).human);
        assertFalse(w.nation(w.indexOf("BBB")).human);
        assertTrue(w.nation(w.indexOf("CCC")).human);
        s.endSeatTurn();
        s.endSeatTurn();
        assertTrue(s.orderHistory().get(0).stream().anyMatch(m -> m.actor().equals("BBB")), "the AI gave orders");
        assertTrue(s.orderHistory().get(0).stream().noneMatch(m -> m.actor().equals("AAA")), "no orders made up for humans");
    }

    @Test
    void aDefeatedSeatIsSkippedWithANotice() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"), Seat.human("Carol", "CCC"));
        s.world().nation(s.world().indexOf("BBB")).alive = false;
        GameSession.SeatTurnEnd end = s.endSeatTurn();
        assertEquals("Carol", end.next().name());
        assertEquals(1, end.notices().size());
        assertTrue(end.notices().get(0).contains("Bob") && end.notices().get(0).contains("defeated"), end.notices().get(0));
        s.endSeatTurn();
        end = s.endSeatTurn();
        assertEquals("Carol", end.next().name());
        assertTrue(end.notices().isEmpty(), "the defeat is told once");
        assertEquals(2, s.liveHumanSeats().size());
    }

    @Test
    void ordersAreCheckedAgainstActionPointsCumulatively() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        int ap = s.actionPointsLeft();
        assertTrue(ap >= 3, "three action points at least");
        String[] others = {"BBB", "CCC", "DDD"};
        for (int k = 0; k < ap; k++) {
            assertEquals(List.of(), s.plan(Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", others[k % 3]).withAmount(k)));
        }
        assertEquals(0, s.actionPointsLeft());
        List<String> refused = s.plan(Move.of(MoveKind.DENOUNCE, "AAA", "DDD"));
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("action point"), refused.get(0));
        s.unplan(0);
        assertEquals(1, s.actionPointsLeft());
        assertEquals(List.of(), s.plan(Move.of(MoveKind.DENOUNCE, "AAA", "DDD")));
        s.clearPlanned();
        assertEquals(List.of(), s.plannedOrders());
        assertEquals(ap, s.actionPointsLeft());
    }

    @Test
    void aSeatGivesOrdersForItsOwnStateOnly() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        List<String> refused = s.plan(Move.of(MoveKind.INVEST_HOME, "CCC"));
        assertFalse(refused.isEmpty());
        assertTrue(s.plannedOrders().isEmpty());
        assertEquals(List.of(), s.plan(Move.of(MoveKind.INVEST_HOME, "AAA")));
        assertFalse(s.plan(Move.of(MoveKind.INVEST_HOME, "AAA")).isEmpty(), "the same order twice is refused");
    }

    @Test
    void aSeatNeverSeesAnotherSeatsPlannedOrders() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC"));
        s.plan(Move.of(MoveKind.INVEST_HOME, "AAA"));
        assertEquals(1, s.plannedOrders().size());
        s.endSeatTurn();
        assertEquals("Bob", s.currentSeat().name());
        assertEquals(List.of(), s.plannedOrders());
        GameSession.SeatTurnEnd end = s.endSeatTurn();
        assertTrue(end.resolved().orders().contains(Move.of(MoveKind.INVEST_HOME, "AAA")), "Alice's order was carried out");
    }

    @Test
    void aProposalBetweenSeatsWaitsInTheInboxAndIsAnsweredOnTheReceiversTurn() {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"), Seat.human("Carol", "CCC"));
        assertEquals(List.of(), s.plan(Move.of(MoveKind.PROPOSE_ALLIANCE, "AAA", "BBB")));
        s.endSeatTurn();
        s.endSeatTurn();
        s.endSeatTurn();
        World w = s.world();
        List<Proposal> inbox = s.inbox("BBB");
        assertEquals(1, inbox.size(), "the offer waits for Bob");
        assertTrue(s.inbox("AAA").isEmpty());
        assertFalse(w.hasTreaty(TreatyType.ALLIANCE, w.indexOf("AAA"), w.indexOf("BBB")), "nothing signed yet");

        // Carol sees nothing of the offer: it is the parties' business
        List<GameEvent> offerEvents = w.log.stream().filter(e -> e.kind().equals("proposal")).toList();
        assertFalse(offerEvents.isEmpty());
        assertTrue(offerEvents.stream().allMatch(e -> e.visibility() == Visibility.PARTIES));
        assertTrue(s.visibleEvents("BBB").containsAll(offerEvents));
        assertTrue(s.visibleEvents("CCC").stream().noneMatch(offerEvents::contains));
        assertTrue(s.visibleEvents("CCC").stream().allMatch(e -> e.visibleTo("CCC")));
        assertTrue(s.visibleEvents("CCC", 1).stream().allMatch(e -> e.turn() == 1));

        s.endSeatTurn(); // Alice
        assertEquals("Bob", s.currentSeat().name());
        assertEquals(List.of(), s.plan(Move.of(MoveKind.ACCEPT_PROPOSAL, "BBB", null).withSubject(inbox.get(0).id())));
        s.endSeatTurn();
        s.endSeatTurn();
        assertFalse(w.hasTreaty(TreatyType.ALLIANCE, w.indexOf("AAA"), w.indexOf("BBB")),
                "a world once published is never changed: the turn made a new one");
        w = s.world();
        assertTrue(w.hasTreaty(TreatyType.ALLIANCE, w.indexOf("AAA"), w.indexOf("BBB")), "Bob accepted on his turn");
        assertTrue(s.inbox("BBB").isEmpty());
    }

    @Test
    void savingMidRoundResumesAtTheSameSeatWithItsOrders() throws Exception {
        GameSession s = session(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB", "secret"), Seat.human("Carol", "CCC"));
        s.plan(Move.of(MoveKind.INVEST_HOME, "AAA"));
        s.endSeatTurn();
        s.plan(Move.of(MoveKind.IMPROVE_RELATIONS, "BBB", "CCC"));
        SaveGames saves = new SaveGames(dir, TestGames.source());
        Path file = s.save(saves, "mid round");

        SaveGame loaded = saves.load(file);
        GameSession r = GameSession.resume(loaded, TestGames::scriptedAi);
        assertEquals("Bob", r.currentSeat().name());
        assertTrue(r.currentSeat().accepts("secret"));
        assertFalse(r.currentSeat().accepts("guess"));
        assertEquals(List.of(Move.of(MoveKind.IMPROVE_RELATIONS, "BBB", "CCC")), r.plannedOrders());
        r.endSeatTurn();
        assertEquals("Carol", r.currentSeat().name());
        assertEquals(List.of(), r.plannedOrders());
        GameSession.SeatTurnEnd end = r.endSeatTurn();
        assertTrue(end.resolved().orders().contains(Move.of(MoveKind.INVEST_HOME, "AAA")), "Alice's order survived the save");
        assertTrue(end.resolved().orders().contains(Move.of(MoveKind.IMPROVE_RELATIONS, "BBB", "CCC")));
    }

    @Test
    void autosaveKeepsTheLastFiveTurns() throws Exception {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession s = new Sessions(TestGames::scriptedAi, () -> saves)
                .around(TestGames.world(11), List.of(Seat.human("Alice", "AAA")));
        for (int t = 0; t < 7; t++) {
            GameSession.SeatTurnEnd end = s.endSeatTurn();
            assertTrue(end.notices().isEmpty(), end.notices().toString());
        }
        s.awaitAutosave(); // written in the background, in order
        List<SaveGames.SaveInfo> list = saves.list();
        assertEquals(5, list.size());
        assertEquals(7, SaveGames.info(saves.autosavePath(1)).turn());
        assertEquals(3, SaveGames.info(saves.autosavePath(5)).turn());
        assertTrue(list.stream().allMatch(SaveGames.SaveInfo::readable));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(5, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aPublishedWorldKeepsItsFiguresWhileTheNextTurnsWorkInItsWorkspace() {
        GameSession s = new GameSession(TestGames.world(5), List.of(Seat.human("Alice", "AAA")), TestGames::scriptedAi);
        s.endSeatTurn();
        World published = s.world();
        double[] threat = published.derived.threat.clone();
        double[] overreach = published.derived.overreach.clone();
        double[] power = published.derived.power.clone();
        s.endSeatTurn();
        s.endSeatTurn();

        assertNotNull(published.workspace, "the turn's derivations had a workspace");
        assertTrue(s.world().workspace == published.workspace, "the next turns worked in the same one");
        assertTrue(java.util.Arrays.equals(threat, published.derived.threat), "threats as published");
        assertTrue(java.util.Arrays.equals(overreach, published.derived.overreach), "overreach as published");
        assertTrue(java.util.Arrays.equals(power, published.derived.power), "power as published");
    }

    @Test
    void anAiOnlyGameResolvesAtOnce() {
        GameSession s = new GameSession(TestGames.world(3), List.of(), TestGames::scriptedAi);
        assertNull(s.currentSeat());
        assertNotNull(s.endSeatTurn().resolved());
        assertEquals(1, s.world().turn);
    }

    @Test
    void aStateCannotHaveTwoSeats() {
        assertThrows(IllegalArgumentException.class,
                () -> session(Seat.human("Alice", "AAA"), Seat.human("Eve", "AAA")));
        assertThrows(IllegalArgumentException.class, () -> session(Seat.human("Alice", "ZZZ")));
    }
}
