package org.balancedrealism.net;

import com.google.gson.JsonObject;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classroom game over loopback: a host, three students at their own "computers" (headless clients) and a fourth
 * seat nobody takes. The host's clock is moved by hand, so deadlines pass without waiting.
 */
class ClassroomLoopbackTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration TURN = Duration.ofMinutes(5);

    final AtomicLong now = new AtomicLong(1_000_000);
    ClassroomHost host;
    HostedGame game;
    GameSession session;
    ClassroomClient alice;
    ClassroomClient bob;
    ClassroomClient carol;

    static GameSession fourSeats() {
        return new GameSession(TestGames.world(11), List.of(Seat.human("Alice", "AAA", "a-secret"),
                Seat.human("Bob", "BBB"), Seat.human("Carol", "CCC"), Seat.human("Dan", "DDD")), TestGames::scriptedAi);
    }

    @BeforeEach
    void host() throws Exception {
        host = ClassroomHost.start("127.0.0.1", 0, now::get, new HostLimits(16 * 1024, 100_000, 20), false);
        session = fourSeats();
        game = host.addGame(session, TURN);
        alice = ClassroomClient.join(host.joinAddress(), game.code(), "AAA", "a-secret");
        bob = ClassroomClient.join(host.joinAddress(), game.code(), "Bob", "");
        carol = ClassroomClient.join(host.joinAddress(), game.code(), "CCC", null);
    }

    @AfterEach
    void stop() {
        for (ClassroomClient c : new ClassroomClient[]{alice, bob, carol}) {
            if (c != null) {
                c.close();
            }
        }
        host.close();
    }

    private void awaitTurn(int turn, ClassroomClient... clients) {
        for (ClassroomClient c : clients) {
            assertTrue(c.await(x -> x.turn() >= turn, WAIT), c.seat() + " receives turn " + turn);
        }
    }

    private static void awaitPresence(ClassroomClient c, String seat, String key, boolean value) {
        assertTrue(c.await(x -> x.presence() != null && x.presence().getAsJsonArray("seats").asList().stream()
                .map(e -> e.getAsJsonObject())
                .anyMatch(s -> s.get("seat").getAsString().equals(seat) && s.get(key).getAsBoolean() == value), WAIT),
                seat + " " + key + " = " + value);
    }

    @Test
    void threeStudentsPlayFiveTurnsWithSimultaneousOrdersMessagesAndADeadline() throws Exception {
        for (int t = 1; t <= 5; t++) {
            // everyone plans at once: nobody waits for another seat's turn
            assertEquals(List.of(), alice.plan(Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", "BBB")));
            assertEquals(List.of(), bob.plan(Move.of(MoveKind.INVEST_HOME, "BBB")));
            assertEquals(List.of(), carol.plan(Move.of(MoveKind.BUILD_UP, "CCC")));
            alice.send("BBB", "Secret offer to Bob, turn " + t);
            bob.send(Message.INSTRUCTOR, "Bob asks the instructor, turn " + t);
            alice.ready(true);
            bob.ready(true);
            awaitPresence(carol, "BBB", "ready", true);
            if (t % 2 == 1) {
                carol.ready(true);
            } else {
                // Carol dawdles: the deadline ends the turn
                assertTrue(game.secondsLeft() > 0);
                now.addAndGet(TURN.toMillis() + 1);
                host.tick();
            }
            awaitTurn(t, alice, bob, carol);
            List<Move> orders = session.orderHistory().get(t - 1);
            assertTrue(orders.contains(Move.of(MoveKind.IMPROVE_RELATIONS, "AAA", "BBB")), "Alice's order was played");
            assertTrue(orders.contains(Move.of(MoveKind.INVEST_HOME, "BBB")), "Bob's order was played");
            assertTrue(orders.contains(Move.of(MoveKind.BUILD_UP, "CCC")), "Carol's order was played");
            assertTrue(alice.view().planned().isEmpty(), "a new turn starts with no orders");
        }
        assertEquals(5, session.world().turn);
        assertEquals(5, bob.messages().stream().filter(m -> m.from().equals("AAA")).count(), "Bob got Alice's offers");
        assertEquals(5, game.instructorMessages().size(), "the instructor got Bob's questions");
        assertEquals(10, session.toSave().messages.size(), "the messages are in the save");

        // what reached Carol's socket: never Alice's planned orders, never Alice's messages to Bob
        String carolHeard = String.join("\n", carol.received());
        assertFalse(carolHeard.contains("Secret offer"), "Alice's messages to Bob never reach Carol");
        assertFalse(carolHeard.contains("Bob asks the instructor"), "nor Bob's to the instructor");
        assertFalse(carolHeard.contains("\"kind\":\"IMPROVE_RELATIONS\",\"actor\":\"AAA\""),
                "Alice's planned orders never reach Carol");
        assertFalse(carolHeard.contains("a-secret") || carolHeard.contains(Seat.hash("AAA", "a-secret")),
                "nor Alice's password");
        assertTrue(String.join("\n", bob.received()).contains("Secret offer"), "Bob's socket carries them");
        // and the views pushed to Carol are Carol's
        assertTrue(carol.received().stream().filter(s -> s.contains("\"type\":\"view\""))
                .allMatch(s -> s.contains("\"me\":\"CCC\"")), "every view pushed to Carol is Carol's own");
    }

    @Test
    void aSeatNobodyHoldsIsPlayedByTheAi() {
        alice.close();
        awaitPresence(bob, "AAA", "connected", false);
        game.forceEndTurn();
        awaitTurn(1, bob);
        game.forceEndTurn();
        awaitTurn(2, bob);
        // the scripted AI gives Alice's state orders on turn 1 and Dan's on turn 2
        assertTrue(session.orderHistory().get(0).stream().anyMatch(m -> m.actor().equals("AAA")),
                "Alice left without orders: the AI played her seat");
        assertTrue(session.orderHistory().get(1).stream().anyMatch(m -> m.actor().equals("DDD")),
                "nobody joined Dan's seat: the AI played it");
        assertTrue(game.seats().stream().filter(s -> s.stateId().equals("DDD")).allMatch(s -> s.playedByAi()));
        alice = null;
    }

    @Test
    void aClientKilledMidTurnReconnectsToItsSeatAsItWas() throws Exception {
        Move order = Move.of(MoveKind.IMPROVE_RELATIONS, "BBB", "CCC");
        assertEquals(List.of(), bob.plan(order));
        bob.send("AAA", "before the crash");
        bob.drop();
        awaitPresence(alice, "BBB", "connected", false);
        // the host goes on meanwhile
        assertEquals(List.of(), alice.plan(Move.of(MoveKind.INVEST_HOME, "AAA")));
        bob.reconnect();
        awaitPresence(alice, "BBB", "connected", true);
        assertEquals(List.of(order), bob.view().planned(), "the seat's orders were kept");
        assertEquals(0, bob.turn(), "the same turn");
        assertTrue(bob.messages().stream().anyMatch(m -> m.text().equals("before the crash")));
        assertEquals(List.of(), bob.plan(Move.of(MoveKind.BUILD_UP, "BBB")), "it plays on");
        alice.ready(true);
        bob.ready(true);
        carol.ready(true);
        awaitTurn(1, alice, bob, carol);
        assertTrue(session.orderHistory().get(0).contains(order));
    }

    @Test
    void pauseStopsTheDeadlineAndExtendMovesIt() {
        assertEquals(300, game.secondsLeft());
        game.pause();
        now.addAndGet(TURN.toMillis() * 2);
        host.tick();
        assertEquals(0, session.world().turn, "a paused turn does not end");
        game.resume();
        assertEquals(300, game.secondsLeft(), "the time left is what it was at the pause");
        game.extend(Duration.ofSeconds(60));
        assertEquals(360, game.secondsLeft());
        now.addAndGet(TURN.toMillis());
        host.tick();
        assertEquals(0, session.world().turn, "the extension holds");
        now.addAndGet(61_000);
        host.tick();
        awaitTurn(1, alice);
    }

    @Test
    void joiningNeedsTheCodeTheSeatAndItsPassword() {
        ClassroomException wrongCode = assertThrows(ClassroomException.class,
                () -> ClassroomClient.join(host.joinAddress(), "ZZZZZZ", "AAA", "a-secret"));
        assertTrue(wrongCode.getMessage().contains("join code"), wrongCode.getMessage());
        ClassroomException wrongPassword = assertThrows(ClassroomException.class,
                () -> ClassroomClient.join(host.joinAddress(), game.code(), "AAA", "guess"));
        assertTrue(wrongPassword.getMessage().contains("Wrong password"), wrongPassword.getMessage());
        ClassroomException noSeat = assertThrows(ClassroomException.class,
                () -> ClassroomClient.join(host.joinAddress(), game.code(), "XXX", ""));
        assertTrue(noSeat.getMessage().contains("no seat"), noSeat.getMessage());
        assertThrows(ClassroomException.class, () -> ClassroomClient.join("127.0.0.1:1", game.code(), "AAA", ""));
    }

    @Test
    void messagesAreCappedInSizeAndRate() throws Exception {
        ClassroomException tooLong = assertThrows(ClassroomException.class, () -> alice.send("BBB", "x".repeat(2001)));
        assertTrue(tooLong.getMessage().contains("too long"), tooLong.getMessage());
        for (int i = 0; i < 19; i++) {
            alice.send("BBB", "note " + i);
        }
        ClassroomException tooMany = assertThrows(ClassroomException.class, () -> alice.send("BBB", "one more"));
        assertEquals(429, tooMany.status());
        now.addAndGet(61_000);
        alice.send("BBB", "a minute later");
        assertEquals(20, session.messages().of("BBB").size());
    }

    @Test
    void twoGamesOfOneScenarioRunSideBySideOnOneHost() throws Exception {
        GameSession other = fourSeats();
        HostedGame second = host.addGame(other, Duration.ZERO);
        assertNotEquals(game.code(), second.code());
        try (ClassroomClient aliceTwo = ClassroomClient.join(host.joinAddress(), second.code(), "AAA", "a-secret")) {
            assertEquals(List.of(), aliceTwo.plan(Move.of(MoveKind.BUILD_UP, "AAA")));
            assertEquals(List.of(), alice.plan(Move.of(MoveKind.INVEST_HOME, "AAA")));
            assertEquals(List.of(Move.of(MoveKind.BUILD_UP, "AAA")), other.plannedOrders(0));
            assertEquals(List.of(Move.of(MoveKind.INVEST_HOME, "AAA")), session.plannedOrders(0));
            aliceTwo.ready(true);
            assertTrue(aliceTwo.await(c -> c.turn() == 1, WAIT), "the second world's only student ends its turn");
            assertEquals(0, session.world().turn, "the first world waits for its own seats");
            assertEquals(-1, second.secondsLeft(), "the second world has no deadline");
        }
    }

    @Test
    void aNewJoinOfTheSameSeatRetiresTheOldToken() throws Exception {
        String old = bob.token();
        try (ClassroomClient again = ClassroomClient.join(host.joinAddress(), game.code(), "BBB", "")) {
            assertNotEquals(old, again.token());
            ClassroomException e = assertThrows(ClassroomException.class, () -> bob.plan(Move.of(MoveKind.BUILD_UP, "BBB")));
            assertEquals(401, e.status());
            JsonObject p = again.request("presence", null);
            assertTrue(p.get("ok").getAsBoolean());
        }
        List<String> seen = new ArrayList<>(bob.received());
        assertFalse(seen.isEmpty());
    }

    /** A client written by someone else that never opens the push socket: it joins and asks over HTTP only. */
    private static final class RequestsOnlyClient {
        final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        final String base;
        final String token;
        long seq;

        RequestsOnlyClient(String address, String code, String seat) throws Exception {
            base = address;
            JsonObject join = Protocol.object(null);
            join.addProperty("code", code);
            join.addProperty("seat", seat);
            token = post(Protocol.JOIN_PATH, join).get("token").getAsString();
        }

        JsonObject post(String path, JsonObject body) throws Exception {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build();
            String answer = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            JsonObject o = com.google.gson.JsonParser.parseString(answer).getAsJsonObject();
            assertTrue(o.get("ok").getAsBoolean(), answer);
            return o;
        }

        JsonObject request(String type, java.util.function.Consumer<JsonObject> fill) throws Exception {
            JsonObject req = Protocol.object(type);
            req.addProperty("token", token);
            req.addProperty("seq", ++seq);
            fill.accept(req);
            return post(Protocol.REQUEST_PATH, req);
        }
    }

    private boolean held(String seat) {
        return game.seats().stream().anyMatch(p -> p.stateId().equals(seat) && p.connected());
    }

    @Test
    void aClientThatOnlyMakesRequestsHoldsItsSeatWhileItKeepsAskingAndItsReadyEndsTheTurn() throws Exception {
        RequestsOnlyClient dan = new RequestsOnlyClient(host.joinAddress(), game.code(), "DDD");
        host.tick();
        assertTrue(held("DDD"), "joined over HTTP: held, though it has no socket");
        awaitPresence(alice, "DDD", "connected", true);

        // the turn waits for Dan's ready as for anyone's, and his ready (a request) ends it
        alice.ready(true);
        bob.ready(true);
        carol.ready(true);
        assertFalse(game.isEnding(), "Dan is held and not ready: the turn waits");
        Move order = Move.of(MoveKind.INVEST_HOME, "DDD");
        dan.request("plan", r -> r.add("move", Protocol.tree(order)));
        dan.request("ready", r -> r.addProperty("ready", true));
        awaitTurn(1, alice, bob, carol);
        assertTrue(session.orderHistory().get(0).contains(order), "Dan's order was played");

        // asking now and then keeps the seat held; silent past the window, it is not, and the others' ready ends the turn
        now.addAndGet((HostLimits.PRESENCE_SECONDS - 1) * 1000L);
        dan.request("view", r -> { });
        host.tick();
        assertTrue(held("DDD"), "a request a while ago still counts");
        alice.ready(true);
        bob.ready(true);
        carol.ready(true);
        assertFalse(game.isEnding(), "Dan is still held: the turn waits for him");
        now.addAndGet(HostLimits.PRESENCE_SECONDS * 1000L);
        host.tick();
        assertFalse(held("DDD"), "silent for longer than the window: nobody holds Dan's seat");
        awaitTurn(2, alice, bob, carol);
        assertTrue(session.orderHistory().get(1).stream().anyMatch(m -> m.actor().equals("DDD")),
                "the AI played the seat that fell silent");
        awaitPresence(alice, "DDD", "connected", false);
    }

    @Test
    void aClosedSocketLeavesTheSeatAtOnceThoughItMadeRequestsJustBefore() throws Exception {
        assertEquals(List.of(), alice.plan(Move.of(MoveKind.INVEST_HOME, "AAA")));
        alice.close();
        awaitPresence(bob, "AAA", "connected", false);
        assertFalse(held("AAA"), "its socket was how it was there: gone with it");
        alice = null;
    }
}
