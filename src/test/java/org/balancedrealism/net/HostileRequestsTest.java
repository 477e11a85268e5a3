package org.balancedrealism.net;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.balancedrealism.io.Json;
import org.balancedrealism.session.GameSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed, oversized, replayed and wrong-token requests are refused with a reason in words, and the game is exactly
 * as it was afterwards (the whole save compared, world, orders and messages).
 */
class HostileRequestsTest {
    ClassroomHost host;
    GameSession session;
    HostedGame game;
    ClassroomClient alice;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void host() throws Exception {
        host = ClassroomHost.start("127.0.0.1", 0, () -> 0L, new HostLimits(16 * 1024, 100_000, 1000), false);
        session = ClassroomLoopbackTest.fourSeats();
        game = host.addGame(session, Duration.ofMinutes(5));
        alice = ClassroomClient.join(host.joinAddress(), game.code(), "AAA", "a-secret");
    }

    @AfterEach
    void stop() {
        alice.close();
        host.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(host.joinAddress() + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String state() {
        return Json.GSON.toJson(session.toSave());
    }

    /** A request of Alice's with a fresh number and {@code extra} fields spliced in (raw JSON). */
    private long seq = 1_000;

    private String aliceSays(String type, String extra) {
        return "{\"v\":1,\"token\":\"" + alice.token() + "\",\"seq\":" + (++seq) + ",\"type\":\"" + type + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    @Test
    void hundredsOfHostileRequestsAreRefusedAndChangeNothing() throws Exception {
        String before = state();
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "42", "\"text\"", "{", "}{", "{\"v\":1}",
                "{\"v\":2,\"token\":\"" + alice.token() + "\",\"seq\":1,\"type\":\"view\"}",
                "{\"v\":\"1\",\"token\":\"" + alice.token() + "\",\"seq\":1,\"type\":\"view\"}",
                "{\"v\":1,\"seq\":1,\"type\":\"view\"}",
                "{\"v\":1,\"token\":null,\"seq\":1,\"type\":\"view\"}",
                "{\"v\":1,\"token\":42,\"seq\":1,\"type\":\"view\"}",
                "{\"v\":1,\"token\":\"" + alice.token() + "\",\"type\":\"view\"}",
                "{\"v\":1,\"token\":\"" + alice.token() + "\",\"seq\":\"7\",\"type\":\"view\"}",
                "{\"v\":1,\"token\":\"" + alice.token() + "\",\"seq\":1.5,\"type\":\"view\"}",
                "{\"v\":1,\"token\":\"" + alice.token() + "\",\"seq\":-3,\"type\":\"view\"}",
                "{\"v\":1,\"token\":\"" + alice.token() + "\",\"seq\":1e400,\"type\":\"view\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
        // wrong and forged tokens
        Random r = new Random(7);
        List<CompletableFuture<HttpResponse<String>>> forgeries = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            byte[] b = new byte[24];
            r.nextBytes(b);
            String forged = java.util.HexFormat.of().formatHex(b);
            String body = "{\"v\":1,\"token\":\"" + forged + "\",\"seq\":" + (i + 1) + ",\"type\":\"plan\",\"move\":"
                    + "{\"kind\":\"INVEST_HOME\",\"actor\":\"BBB\"}}";
            forgeries.add(http.sendAsync(HttpRequest.newBuilder(URI.create(host.joinAddress() + Protocol.REQUEST_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : forgeries) {
            assertEquals(401, f.get(30, TimeUnit.SECONDS).statusCode(), "a forged token is refused");
        }
        // Alice's token used to act for another seat, read another seat, or with nonsense
        for (String other : List.of("BBB", "CCC", "DDD", "ZZZ", "", "INSTRUCTOR")) {
            bodies.add(aliceSays("plan", "\"move\":{\"kind\":\"INVEST_HOME\",\"actor\":\"" + other + "\"}"));
            bodies.add(aliceSays("check", "\"move\":{\"kind\":\"BUILD_UP\",\"actor\":\"" + other + "\"}"));
            bodies.add(aliceSays("preview", "\"move\":{\"kind\":\"BUILD_UP\",\"actor\":\"" + other + "\"}"));
            bodies.add(aliceSays("peace", "\"move\":{\"kind\":\"OFFER_PEACE\",\"actor\":\"" + other + "\"}"));
            bodies.add(aliceSays("ready", "\"ready\":\"" + other + "\""));
            bodies.add(aliceSays("message", "\"to\":\"" + other + "\",\"text\":\"\""));
        }
        for (String move : List.of("null", "42", "[]", "\"INVEST_HOME\"", "{}", "{\"kind\":\"LAUNCH_NUKES\",\"actor\":\"AAA\"}",
                "{\"kind\":null,\"actor\":\"AAA\"}", "{\"kind\":\"INVEST_HOME\"}",
                "{\"kind\":\"SET_BUDGET\",\"actor\":\"AAA\",\"amount\":NaN}",
                "{\"kind\":\"SET_BUDGET\",\"actor\":\"AAA\",\"amount\":1e308}",
                "{\"kind\":\"SET_BUDGET\",\"actor\":\"AAA\",\"amount\":-1e308}",
                "{\"kind\":\"IMPOSE_SANCTIONS\",\"actor\":\"AAA\",\"target\":\"AAA\",\"partners\":[null,\"AAA\"]}",
                "{\"kind\":\"IMPOSE_SANCTIONS\",\"actor\":\"AAA\",\"target\":\"BBB\",\"partners\":\"BBB\"}",
                "{\"kind\":\"INVADE\",\"actor\":\"AAA\",\"target\":\"AAA\",\"territory\":\"DDD\"}",
                "{\"kind\":\"INVADE\",\"actor\":\"AAA\",\"target\":\"NOPE\"}",
                "{\"kind\":\"ACCEPT_PROPOSAL\",\"actor\":\"AAA\",\"subject\":999999}",
                "{\"kind\":\"ACCEPT_PROPOSAL\",\"actor\":\"AAA\",\"subject\":-1}",
                "{\"kind\":\"MEDIATE\",\"actor\":\"AAA\",\"target\":\"BBB\",\"subject\":2147483647}")) {
            for (String type : List.of("plan", "check", "preview", "peace")) {
                bodies.add(aliceSays(type, "\"move\":" + move));
            }
        }
        for (String index : List.of("-1", "0", "99", "\"0\"", "1.5", "1e30", "null")) {
            bodies.add(aliceSays("unplan", "\"index\":" + index));
        }
        for (String type : List.of("", "VIEW", "admin", "resolve", "forceEndTurn", "save")) {
            bodies.add(aliceSays(type, ""));
        }
        bodies.add(aliceSays("message", "\"to\":\"BBB\",\"text\":\"" + "x".repeat(2001) + "\""));
        bodies.add(aliceSays("message", "\"to\":\"AAA\",\"text\":\"to myself\""));
        bodies.add(aliceSays("message", "\"to\":\"BBB\",\"text\":42"));
        bodies.add(aliceSays("message", "\"to\":\"BBB\",\"text\":\"   \""));
        // oversized
        bodies.add(aliceSays("message", "\"to\":\"BBB\",\"text\":\"" + "y".repeat(20_000) + "\""));
        bodies.add("{\"pad\":\"" + "z".repeat(100_000) + "\"}");

        int refused = forgeries.size();
        for (String body : bodies) {
            HttpResponse<String> resp = post(Protocol.REQUEST_PATH, body);
            String shown = body.length() > 200 ? body.substring(0, 200) : body;
            JsonObject o = JsonParser.parseString(resp.body()).getAsJsonObject();
            if (resp.statusCode() == 200) {
                // understood, and answered by the rules: a move they refuse comes back with its reasons
                assertTrue(refusedByTheRules(o), shown + " → " + resp.body());
            } else {
                assertFalse(o.get("ok").getAsBoolean());
                assertFalse(o.get("error").getAsString().isBlank(), "a refusal says why");
            }
            refused++;
        }
        // replays: a good request, then the same number again and an older one
        String good = aliceSays("presence", "");
        assertEquals(200, post(Protocol.REQUEST_PATH, good).statusCode());
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> again = post(Protocol.REQUEST_PATH, good);
            assertEquals(409, again.statusCode(), "a replayed request is refused");
            refused++;
        }
        // joins that guess
        for (String join : List.of("{}", "[]", "{\"v\":1,\"code\":\"" + game.code() + "\",\"seat\":\"AAA\",\"password\":\"x\"}",
                "{\"v\":1,\"code\":\"" + game.code() + "\",\"seat\":\"AAA\"}", "{\"v\":1,\"code\":\"AAAAAA\",\"seat\":\"BBB\"}",
                "{\"v\":1,\"code\":null,\"seat\":\"BBB\"}", "{\"v\":9,\"code\":\"" + game.code() + "\",\"seat\":\"BBB\"}")) {
            assertNotEquals(200, post(Protocol.JOIN_PATH, join).statusCode(), join);
            refused++;
        }
        // the push channel: a hello with a forged token is refused and closed
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        List<String> heard = new ArrayList<>();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(host.joinAddress().replace("http", "ws")
                + Protocol.PUSH_PATH), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        heard.add(data.toString());
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
                        closed.complete(status);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        ws.sendText("{\"v\":1,\"type\":\"hello\",\"token\":\"forged\"}", true);
        assertEquals(4000, closed.get(10, TimeUnit.SECONDS));
        assertTrue(heard.stream().noneMatch(h -> h.contains("\"type\":\"view\"")), "no view for a forged token");

        assertTrue(refused >= 300, "a few hundred refused: " + refused);
        assertEquals(before, state(), "the game is exactly as it was");
        // and the host still plays
        HttpResponse<String> planned = post(Protocol.REQUEST_PATH,
                aliceSays("plan", "\"move\":{\"kind\":\"INVEST_HOME\",\"actor\":\"AAA\"}"));
        assertEquals(200, planned.statusCode());
        assertTrue(JsonParser.parseString(planned.body()).getAsJsonObject().getAsJsonArray("reasons").isEmpty());
        assertEquals(1, session.plannedOrders(0).size());
    }

    private static boolean refusedByTheRules(JsonObject o) {
        if (o.has("reasons")) {
            return !o.getAsJsonArray("reasons").isEmpty();
        }
        if (o.has("preview")) {
            return !o.getAsJsonObject("preview").getAsJsonArray("problems").isEmpty();
        }
        return o.has("outlook") && o.get("outlook").isJsonNull();
    }

    @Test
    void aSeatReadsOnlyItsOwnViewWhateverItAsks() throws Exception {
        HttpResponse<String> resp = post(Protocol.REQUEST_PATH, aliceSays("view", "\"seat\":\"BBB\",\"me\":\"BBB\""));
        assertEquals(200, resp.statusCode());
        JsonObject view = JsonParser.parseString(resp.body()).getAsJsonObject().getAsJsonObject("view");
        assertEquals("AAA", view.get("me").getAsString());
        assertFalse(resp.body().contains(org.balancedrealism.session.Seat.hash("AAA", "a-secret")),
                "the password's hash stays on the host");
    }
}
