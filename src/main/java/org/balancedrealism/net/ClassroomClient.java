package org.balancedrealism.net;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.SeatView;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A student's end of a classroom game, on the JDK's own HTTP client and WebSocket: joins a seat, keeps the seat's
 * latest view, the presence of the seats, the seat's messages and the last turn's results as the host pushes them,
 * and sends the seat's requests (numbered, with its token). After a dropped connection {@link #reconnect()} finds the
 * seat as the host kept it. {@link RemoteSeatSession} puts the normal game screen on top of it.
 */
public final class ClassroomClient implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final String seat;
    private final String seatName;
    private final AtomicLong seq = new AtomicLong();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile WebSocket socket;
    private volatile boolean connected;
    private SeatView view;
    private JsonObject presence;
    private final List<Message> messages = new ArrayList<>();
    private JsonObject lastTurn;

    private ClassroomClient(HttpClient http, URI base, String token, String seat, String seatName) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.seat = seat;
        this.seatName = seatName;
    }

    /**
     * Joins {@code seat} (a state id or seat name) of the game with {@code code} at {@code address}
     * ("192.168.1.20:7777" or "http://…"), then opens the push channel and waits for the seat's first view.
     */
    public static ClassroomClient join(String address, String code, String seat, String password)
            throws ClassroomException {
        URI base = baseUri(address);
        // plain HTTP/1.1: the host speaks no HTTP/2, and asking to upgrade each request costs a round trip
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        JsonObject req = Protocol.object(null);
        req.addProperty("code", code == null ? "" : code.strip());
        req.addProperty("seat", seat == null ? "" : seat.strip());
        req.addProperty("password", password == null ? "" : password);
        JsonObject r = post(http, base, Protocol.JOIN_PATH, req);
        ClassroomClient c = new ClassroomClient(http, base, r.get("token").getAsString(), r.get("seat").getAsString(),
                r.has("seatName") ? r.get("seatName").getAsString() : seat);
        c.connect();
        c.loadMessages();
        return c;
    }

    /** The host's base address from what a student typed. */
    static URI baseUri(String address) throws ClassroomException {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            throw new ClassroomException("Type the host's address (the host screen shows it, e.g. 192.168.1.20:7777).");
        }
        if (!a.startsWith("http://") && !a.startsWith("https://")) {
            a = "http://" + a;
        }
        try {
            URI u = URI.create(a);
            if (u.getHost() == null || u.getPort() < 0) {
                throw new ClassroomException("The address needs the host and its port, e.g. 192.168.1.20:7777.");
            }
            return URI.create(u.getScheme() + "://" + u.getRawAuthority());
        } catch (IllegalArgumentException e) {
            throw new ClassroomException("'" + address + "' is not an address (e.g. 192.168.1.20:7777).");
        }
    }

    // ---- the push channel ----

    /** Opens the push channel and waits for the seat's view (after a drop: the seat as the host kept it). */
    public void connect() throws ClassroomException {
        SeatView before;
        synchronized (lock) {
            before = view;
        }
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + Protocol.PUSH_PATH);
        try {
            socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClassroomException("Interrupted while connecting.");
        }
        JsonObject hello = Protocol.object("hello");
        hello.addProperty("token", token);
        socket.sendText(hello.toString(), true);
        connected = true;
        // the host answers a hello with the seat's view
        if (!await(c -> c.view != null && c.view != before, TIMEOUT)) {
            throw new ClassroomException("The host did not send this seat's view.");
        }
    }

    /** Drops the connection at once, as a crashed computer would (tests; a student's Wi-Fi). */
    public void drop() {
        WebSocket s = socket;
        connected = false;
        if (s != null) {
            s.abort();
        }
    }

    /**
     * Connects again to the same seat with the same token, and reads its messages again: those pushed while the
     * socket was down (or still on their way when it dropped) never arrived.
     */
    public void reconnect() throws ClassroomException {
        drop();
        connect();
        loadMessages();
    }

    public boolean isConnected() {
        return connected;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                pushed(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (ws == socket) {
                connected = false;
                changed("closed");
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (ws == socket) {
                connected = false;
                changed("closed");
            }
        }
    }

    /** One message from the host: kept raw (tests read exactly what reached this seat), then read. */
    private void pushed(String text) {
        received.add(text);
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                return;
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            return;
        }
        String type = HostedGame.string(o, "type");
        synchronized (lock) {
            switch (type == null ? "" : type) {
                case "view" -> view = Protocol.GSON.fromJson(o.get("view"), SeatView.class);
                case "presence" -> presence = o;
                case "message" -> messages.add(Protocol.GSON.fromJson(o.get("message"), Message.class));
                case "turn" -> lastTurn = o;
                default -> {
                }
            }
            lock.notifyAll();
        }
        changed(type);
    }

    private void changed(String type) {
        for (Consumer<String> l : listeners) {
            l.accept(type);
        }
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Who to tell when the host pushed something (the push's type; "closed" when the connection dropped). */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Waits until {@code condition} holds for this client (or the time is up); true if it holds. */
    public boolean await(Predicate<ClassroomClient> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.test(this)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    // ---- what the host sent ----

    /** The state this client plays. */
    public String seat() {
        return seat;
    }

    public String seatName() {
        return seatName;
    }

    public String token() {
        return token;
    }

    /** The seat's latest view. */
    public SeatView view() {
        synchronized (lock) {
            return view;
        }
    }

    /** Turns resolved so far, as the latest view says. */
    public int turn() {
        SeatView v = view();
        return v == null ? 0 : v.game().turn();
    }

    /** The seats' presence as last pushed: who is connected and ready, the time left (may be null at first). */
    public JsonObject presence() {
        synchronized (lock) {
            return presence;
        }
    }

    /** The seat's messages (sent and received), oldest first. */
    public List<Message> messages() {
        synchronized (lock) {
            return List.copyOf(messages);
        }
    }

    /** The events of the last resolved turn this seat may see, or empty. */
    public List<GameEvent> lastTurnEvents() {
        synchronized (lock) {
            return lastTurn == null ? List.of()
                    : Protocol.GSON.fromJson(lastTurn.get("events"), new TypeToken<List<GameEvent>>() { }.getType());
        }
    }

    /** The notices of the last resolved turn (defeated seats). */
    public List<String> lastTurnNotices() {
        synchronized (lock) {
            return lastTurn == null ? List.of() : strings(lastTurn, "notices");
        }
    }

    /** Every message the host pushed to this client, exactly as received. */
    public List<String> received() {
        return List.copyOf(received);
    }

    // ---- requests ----

    /** Sends one request of this seat (numbered, with its token) and returns the host's answer. */
    public JsonObject request(String type, Consumer<JsonObject> fill) throws ClassroomException {
        JsonObject req = Protocol.object(type);
        req.addProperty("token", token);
        req.addProperty("seq", seq.incrementAndGet());
        if (fill != null) {
            fill.accept(req);
        }
        return post(http, base, Protocol.REQUEST_PATH, req);
    }

    public List<String> check(Move move) throws ClassroomException {
        return strings(request("check", r -> r.add("move", Protocol.tree(move))), "reasons");
    }

    public MovePreview preview(Move move) throws ClassroomException {
        return Protocol.GSON.fromJson(request("preview", r -> r.add("move", Protocol.tree(move))).get("preview"),
                MovePreview.class);
    }

    public GameSession.PeaceOutlook peaceOutlook(Move move) throws ClassroomException {
        JsonElement o = request("peace", r -> r.add("move", Protocol.tree(move))).get("outlook");
        return o == null || o.isJsonNull() ? null : Protocol.GSON.fromJson(o, GameSession.PeaceOutlook.class);
    }

    /** Plans {@code move}; returns why not (empty: planned). The view shows the seat's orders as the host has them. */
    public List<String> plan(Move move) throws ClassroomException {
        JsonObject r = request("plan", q -> q.add("move", Protocol.tree(move)));
        takeOrders(r);
        return strings(r, "reasons");
    }

    public void unplan(int index) throws ClassroomException {
        takeOrders(request("unplan", q -> q.addProperty("index", index)));
    }

    private void takeOrders(JsonObject r) {
        List<Move> planned = Protocol.GSON.fromJson(r.get("planned"), new TypeToken<List<Move>>() { }.getType());
        synchronized (lock) {
            if (view != null) {
                view = view.withOrders(planned, r.get("actionPointsLeft").getAsInt());
            }
        }
    }

    /** Says the seat is ready (or not after all); when every held seat is ready the host ends the turn. */
    public void ready(boolean ready) throws ClassroomException {
        request("ready", q -> q.addProperty("ready", ready));
    }

    /** Writes to another seat (its state id) or to the instructor ({@link Message#INSTRUCTOR}). */
    public void send(String to, String text) throws ClassroomException {
        request("message", q -> {
            q.addProperty("to", to);
            q.addProperty("text", text);
        });
    }

    /** Asks the host for the seat's view again (after a drop the push brings it anyway). */
    public SeatView fetchView() throws ClassroomException {
        SeatView v = Protocol.GSON.fromJson(request("view", null).get("view"), SeatView.class);
        synchronized (lock) {
            view = v;
        }
        return v;
    }

    private void loadMessages() throws ClassroomException {
        List<Message> all = Protocol.GSON.fromJson(request("messages", null).get("messages"),
                new TypeToken<List<Message>>() { }.getType());
        synchronized (lock) {
            messages.clear();
            messages.addAll(all);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? List.of()
                : Protocol.GSON.fromJson(e, new TypeToken<List<String>>() { }.getType());
    }

    /** POSTs {@code body}; an answer that is not ok becomes a {@link ClassroomException} with the host's words. */
    private static JsonObject post(HttpClient http, URI base, String path, JsonObject body) throws ClassroomException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> resp;
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClassroomException("Interrupted while waiting for the host.");
        }
        JsonObject o;
        try {
            o = JsonParser.parseString(resp.body()).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new ClassroomException("The answer from " + base + " is not a classroom host's (HTTP "
                    + resp.statusCode() + ").");
        }
        JsonElement ok = o.get("ok");
        if (ok == null || !ok.getAsBoolean()) {
            String error = HostedGame.string(o, "error");
            throw new ClassroomException(error == null ? "The host refused (HTTP " + resp.statusCode() + ")." : error,
                    resp.statusCode());
        }
        return o;
    }

    private static ClassroomException unreachable(Exception e) {
        return new ClassroomException("Cannot reach a classroom host there: is the address right and the host running?"
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }

    /** Leaves: closes the push channel (the seat keeps its orders; the AI plays it if nobody comes back). */
    @Override
    public void close() {
        WebSocket s = socket;
        connected = false;
        if (s != null) {
            try {
                s.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                s.abort();
            }
        }
    }
}
