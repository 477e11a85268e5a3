package org.balancedrealism.net;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.session.TurnControls;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One classroom game on a host: the authoritative {@link GameSession}, its join code, the seats' tokens, who is
 * connected and ready, and the turn clock. Seats plan at once; the turn ends when every held seat is ready, at the
 * deadline, or when the instructor forces it, and the session resolves it with the same code as a local game (human
 * seats nobody holds are played by the AI). Every request names its seat by token and numbers itself; everything a
 * seat is sent is made from its own {@link SeatView}.
 *
 * <p>Pure Java: the web server ({@link ClassroomHost}) only carries texts to {@link #handle} and from {@link Outbox}es,
 * so the rules of who may do what are tested without a network.
 */
public final class HostedGame implements TurnControls {
    private static final Logger LOG = Logger.getLogger(HostedGame.class.getName());
    private static final SecureRandom TOKENS = new SecureRandom();
    /** Join codes avoid letters and digits that read alike (O/0, I/1). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final long MINUTE = 60_000;

    private final String code;
    private final GameSession session;
    private final HostClock clock;
    private final HostLimits limits;
    private final Executor resolver;
    private final List<SeatHold> holds = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Milliseconds a turn lasts, or 0 for no deadline. */
    private long turnMillis;
    /** When this turn ends by itself (clock millis), or -1. */
    private long deadline = -1;
    private boolean paused;
    /** Milliseconds that were left when the game was paused. */
    private long leftWhenPaused = -1;
    /** True from the moment the turn is handed to the resolver until its results are out. */
    private boolean ending;

    /**
     * One seat's hold on the game: its token, the requests it numbered, whether it is connected and ready.
     *
     * <p>Connected means someone is there to play it: its push socket is open, or (a client that only makes requests)
     * it made a request within {@link HostLimits#presenceSeconds()}. A closed socket says the client left: the seat is
     * absent at once, until it opens the socket again or makes a request.
     */
    private static final class SeatHold {
        final Seat seat;
        String token;
        long lastSeq;
        boolean ready;
        /** When the seat last joined or made a request (clock millis); {@link Long#MIN_VALUE}: not since it left. */
        long lastSeen = Long.MIN_VALUE;
        final List<Outbox> sockets = new CopyOnWriteArrayList<>();
        final Deque<Long> requestTimes = new ArrayDeque<>();
        final Deque<Long> messageTimes = new ArrayDeque<>();

        SeatHold(Seat seat) {
            this.seat = seat;
        }

        boolean connected(long now, long windowMillis) {
            return !sockets.isEmpty() || (lastSeen != Long.MIN_VALUE && now - lastSeen < windowMillis);
        }
    }

    /** True while someone is there to play {@code h} (see {@link SeatHold}). */
    private boolean connected(SeatHold h) {
        return h.connected(clock.millis(), limits.presenceSeconds() * 1000L);
    }

    /**
     * @param code     the join code (see {@link #newCode()})
     * @param session  the game, built by the session factory like any other
     * @param turn     how long a turn lasts before it ends by itself; zero for no deadline
     * @param clock    the time for deadlines and rate limits
     * @param resolver where turns are resolved (a worker thread: resolution takes a while)
     */
    public HostedGame(String code, GameSession session, Duration turn, HostClock clock, HostLimits limits,
                      Executor resolver) {
        this.code = code;
        this.session = session;
        this.clock = clock;
        this.limits = limits;
        this.resolver = resolver;
        for (Seat s : session.seats()) {
            holds.add(new SeatHold(s));
        }
        this.turnMillis = turn == null ? 0 : Math.max(0, turn.toMillis());
        // Every message, whoever wrote it (a seat here, or the instructor's console on the host), reaches its seats.
        session.messages().addListener(this::push);
        startClock();
    }

    /** A short join code: six letters and digits that cannot be misread. */
    public static String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(CODE_ALPHABET.charAt(TOKENS.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    public String code() {
        return code;
    }

    /** The authoritative game (the instructor's console and saves read it). */
    public GameSession session() {
        return session;
    }

    /** Who to tell when seats connect, become ready, or a turn ends (status screens); called on any thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // ---- joining and connections ----

    /**
     * Gives a seat to whoever knows the join code, the seat (state id or seat name) and its password: a fresh token;
     * an earlier token of the seat stops working (a student moved to another computer).
     */
    public synchronized HostReply join(JsonObject req) {
        String seatName = string(req, "seat");
        String password = string(req, "password");
        SeatHold hold = null;
        for (SeatHold h : holds) {
            if (h.seat.human() && (h.seat.stateId().equals(seatName) || h.seat.name().equals(seatName))) {
                hold = h;
                break;
            }
        }
        if (hold == null) {
            return refuse(404, "This game has no seat '" + seatName + "' for a player. Seats: " + seatList() + ".");
        }
        if (!hold.seat.accepts(password)) {
            return refuse(403, "Wrong password for " + hold.seat.name() + ".");
        }
        for (Outbox o : hold.sockets) {
            o.close();
        }
        hold.sockets.clear();
        hold.token = HexFormat.of().formatHex(randomBytes());
        hold.lastSeq = 0;
        hold.lastSeen = clock.millis();
        JsonObject o = Protocol.object("joined");
        o.addProperty("ok", true);
        o.addProperty("token", hold.token);
        o.addProperty("seat", hold.seat.stateId());
        o.addProperty("seatName", hold.seat.name());
        o.addProperty("code", code);
        return new HostReply(200, o.toString());
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[24];
        TOKENS.nextBytes(b);
        return b;
    }

    private String seatList() {
        List<String> names = new ArrayList<>();
        for (SeatHold h : holds) {
            if (h.seat.human()) {
                names.add(h.seat.stateId() + " (" + h.seat.name() + ")");
            }
        }
        return String.join(", ", names);
    }

    /** True when {@code token} is a seat's token here. */
    public synchronized boolean knows(String token) {
        return holdOf(token) != null;
    }

    /** Connects a client's push channel to the seat of {@code token}; it receives the seat's view and the presence. */
    public boolean attach(String token, Outbox out) {
        SeatHold hold;
        synchronized (this) {
            hold = holdOf(token);
            if (hold == null) {
                return false;
            }
            hold.sockets.add(out);
        }
        out.send(viewPush(hold).toString());
        pushPresence();
        return true;
    }

    /** A client's push channel closed (the client left or vanished); its seat keeps its orders and token. */
    public void detach(Outbox out) {
        boolean changed = false;
        synchronized (this) {
            for (SeatHold h : holds) {
                if (h.sockets.remove(out)) {
                    changed = true;
                    if (h.sockets.isEmpty()) {
                        h.lastSeen = Long.MIN_VALUE; // its client left: absent now, not a minute later
                    }
                }
            }
        }
        if (changed) {
            pushPresence();
        }
    }

    private SeatHold holdOf(String token) {
        if (token == null) {
            return null;
        }
        for (SeatHold h : holds) {
            if (token.equals(h.token)) {
                return h;
            }
        }
        return null;
    }

    // ---- requests ----

    /**
     * Answers one request of a seat (the body of a POST). Refused, with the reason in words and nothing changed: a body
     * that is not a JSON object, another protocol version, an unknown token, a number not above the seat's last
     * (a replay), too many requests a minute, an unknown type, a move for another state.
     */
    public HostReply handle(String body) {
        JsonObject req;
        try {
            JsonElement e = JsonParser.parseString(body == null ? "" : body);
            if (!e.isJsonObject()) {
                return refuse(400, "A request is one JSON object.");
            }
            req = e.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return refuse(400, "The request is not valid JSON.");
        }
        return handle(req);
    }

    /** Answers one parsed request (see {@link #handle(String)}). */
    public HostReply handle(JsonObject req) {
        String type;
        SeatHold hold;
        synchronized (this) {
            if (!hasVersion(req)) {
                return refuse(400, "This host speaks protocol version " + Protocol.VERSION + ".");
            }
            hold = holdOf(string(req, "token"));
            if (hold == null) {
                return refuse(401, "This seat token is unknown here: join the game again.");
            }
            Long seq = wholeNumber(req, "seq");
            if (seq == null) {
                return refuse(400, "Every request carries its number 'seq' (a whole number above the last one).");
            }
            if (seq <= hold.lastSeq) {
                return refuse(409, "Request " + seq + " was already received (requests are numbered upward; the last"
                        + " was " + hold.lastSeq + ").");
            }
            if (!withinRate(hold.requestTimes, limits.requestsPerMinute())) {
                return refuse(429, "Too many requests: at most " + limits.requestsPerMinute() + " a minute.");
            }
            hold.lastSeq = seq;
            hold.lastSeen = clock.millis();
            type = string(req, "type");
        }
        try {
            return answer(hold, type == null ? "" : type, req);
        } catch (RuntimeException e) {
            // a hostile or broken request: the rules refused it before anything changed (a plan is added only after
            // its check passed)
            LOG.log(Level.FINE, "request refused", e);
            return refuse(400, "The request could not be read: " + clean(e.getMessage()));
        }
    }

    private HostReply answer(SeatHold hold, String type, JsonObject req) {
        int seat = holds.indexOf(hold);
        String me = hold.seat.stateId();
        JsonObject o = Protocol.object(type);
        o.addProperty("ok", true);
        switch (type) {
            case "view" -> o.add("view", Protocol.tree(Protocol.forWire(session.view(seat))));
            case "check" -> {
                Move m = move(req, me);
                o.add("reasons", Protocol.tree(session.check(seat, m)));
            }
            case "preview" -> {
                Move m = move(req, me);
                MovePreview p = session.preview(m);
                o.add("preview", Protocol.tree(p));
            }
            case "peace" -> {
                Move m = move(req, me);
                o.add("outlook", Protocol.tree(session.peaceOutlook(m)));
            }
            case "plan" -> {
                Move m = move(req, me);
                List<String> reasons = session.plan(seat, m);
                o.add("reasons", Protocol.tree(reasons));
                putOrders(o, seat);
            }
            case "unplan" -> {
                Long index = wholeNumber(req, "index");
                if (index == null || index < 0 || index > Integer.MAX_VALUE
                        || !session.unplan(seat, (int) (long) index)) {
                    return refuse(400, "There is no planned order " + index + " to withdraw.");
                }
                putOrders(o, seat);
            }
            case "ready" -> {
                JsonElement r = req.get("ready");
                if (r == null || !r.isJsonPrimitive() || !r.getAsJsonPrimitive().isBoolean()) {
                    return refuse(400, "'ready' is true or false.");
                }
                if (session.isOver()) {
                    return refuse(409, "The game is over.");
                }
                setReady(hold, r.getAsBoolean());
                o.addProperty("ready", r.getAsBoolean());
            }
            case "message" -> {
                return sendMessage(hold, string(req, "to"), string(req, "text"));
            }
            case "messages" -> o.add("messages", Protocol.tree(session.messages().of(me)));
            case "presence" -> o = presence();
            default -> {
                return refuse(400, "Unknown request type '" + clean(type) + "'. Types: view, check, preview, peace, "
                        + "plan, unplan, ready, message, messages, presence.");
            }
        }
        return new HostReply(200, o.toString());
    }

    /** The move of a request, which must be the seat's own state's. */
    private static Move move(JsonObject req, String me) {
        JsonElement m = req.get("move");
        if (m == null || !m.isJsonObject()) {
            throw new IllegalArgumentException("the request needs a 'move' object");
        }
        Move move = Protocol.GSON.fromJson(m, Move.class);
        if (move == null || move.kind() == null) {
            throw new IllegalArgumentException("the move has no known 'kind'");
        }
        if (!me.equals(move.actor())) {
            throw new IllegalArgumentException("a seat gives orders for its own state only (" + me + ")");
        }
        if (!Double.isFinite(move.amount()) || move.partners().stream().anyMatch(p -> p == null)) {
            throw new IllegalArgumentException("the move's figures are not valid");
        }
        return move;
    }

    private void putOrders(JsonObject o, int seat) {
        SeatView v = session.view(seat);
        o.add("planned", Protocol.tree(v.planned()));
        o.addProperty("actionPointsLeft", v.actionPointsLeft());
    }

    private HostReply sendMessage(SeatHold hold, String to, String text) {
        synchronized (this) {
            if (!withinRate(hold.messageTimes, limits.messagesPerMinute())) {
                return refuse(429, "Too many messages: at most " + limits.messagesPerMinute() + " a minute.");
            }
        }
        List<String> reasons = send(hold.seat.stateId(), to, text);
        JsonObject o = Protocol.object("message");
        o.addProperty("ok", reasons.isEmpty());
        o.add("reasons", Protocol.tree(reasons));
        if (!reasons.isEmpty()) {
            o.addProperty("error", String.join(" ", reasons));
        }
        return new HostReply(reasons.isEmpty() ? 200 : 400, o.toString());
    }

    /** Sends a message and pushes it to the sender's and the recipient's seats only. */
    private List<String> send(String from, String to, String text) {
        List<String> seatIds = new ArrayList<>();
        for (SeatHold h : holds) {
            if (h.seat.human()) {
                seatIds.add(h.seat.stateId());
            }
        }
        int turn = session.world().turn + 1;
        return session.messages().send(turn, from, to, text, seatIds);
    }

    /** Pushes a message sent in this game to its sender's and its recipient's seats only. */
    private void push(Message sent) {
        JsonObject push = Protocol.object("message");
        push.add("message", Protocol.tree(sent));
        String json = push.toString();
        for (SeatHold h : holds) {
            if (h.seat.stateId().equals(sent.from()) || h.seat.stateId().equals(sent.to())) {
                h.sockets.forEach(s -> s.send(json));
            }
        }
        notifyListeners();
    }

    /** The instructor writes to a seat (the console's message box). */
    public List<String> sendAsInstructor(String to, String text) {
        return send(Message.INSTRUCTOR, to, text);
    }

    /** What the seats wrote to the instructor and the instructor to them. */
    public List<Message> instructorMessages() {
        return session.messages().of(Message.INSTRUCTOR);
    }

    private boolean withinRate(Deque<Long> times, int perMinute) {
        long now = clock.millis();
        while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
            times.removeFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    // ---- readiness and the turn clock ----

    private void setReady(SeatHold hold, boolean ready) {
        boolean allReady;
        synchronized (this) {
            hold.ready = ready;
            allReady = allHeldSeatsReady();
        }
        pushPresence();
        if (allReady) {
            endTurn();
        }
    }

    /** True when at least one seat is held and every held live seat is ready. */
    private boolean allHeldSeatsReady() {
        Set<String> live = liveSeatIds();
        int held = 0;
        for (SeatHold h : holds) {
            if (connected(h) && live.contains(h.seat.stateId())) {
                held++;
                if (!h.ready) {
                    return false;
                }
            }
        }
        return held > 0;
    }

    private Set<String> liveSeatIds() {
        Set<String> live = new LinkedHashSet<>();
        for (Seat s : session.liveHumanSeats()) {
            live.add(s.stateId());
        }
        return live;
    }

    /** Ends the turn by its deadline when that has passed; the host calls it every second, tests when they like. */
    public void tick() {
        boolean due;
        boolean allReady;
        boolean presenceChanged;
        synchronized (this) {
            due = !paused && !ending && deadline >= 0 && clock.millis() >= deadline && !session.isOver();
            // a seat that only makes requests and fell silent is no longer held: the others' readiness may now end
            // the turn, and every seat sees it gone
            Set<String> held = heldSeatIds();
            presenceChanged = !held.equals(lastHeld);
            lastHeld = held;
            allReady = !ending && !session.isOver() && allHeldSeatsReady();
        }
        if (presenceChanged) {
            pushPresence();
        }
        if (due || allReady) {
            endTurn();
        }
    }

    /** The seats held now, as {@link #tick()} last saw them. */
    private Set<String> lastHeld = Set.of();

    private Set<String> heldSeatIds() {
        Set<String> held = new LinkedHashSet<>();
        for (SeatHold h : holds) {
            if (connected(h)) {
                held.add(h.seat.stateId());
            }
        }
        return held;
    }

    /** Sets how long each turn lasts from the next turn on (zero: no deadline), and restarts this turn's clock. */
    public synchronized void setTurnLength(Duration turn) {
        turnMillis = turn == null ? 0 : Math.max(0, turn.toMillis());
        startClock();
    }

    private void startClock() {
        if (turnMillis <= 0 || session.isOver()) {
            deadline = -1;
            leftWhenPaused = -1;
        } else if (paused) {
            leftWhenPaused = turnMillis;
        } else {
            deadline = clock.millis() + turnMillis;
        }
    }

    /** Hands the turn to the resolver (once); seats that nobody holds and that gave no orders are played by the AI. */
    private void endTurn() {
        Set<String> caretaken = new LinkedHashSet<>();
        synchronized (this) {
            if (ending || session.isOver()) {
                return;
            }
            ending = true;
            for (int i = 0; i < holds.size(); i++) {
                SeatHold h = holds.get(i);
                if (h.seat.human() && !connected(h) && session.plannedOrders(i).isEmpty()) {
                    caretaken.add(h.seat.stateId());
                }
            }
        }
        notifyListeners();
        resolver.execute(() -> resolve(caretaken));
    }

    private void resolve(Set<String> caretaken) {
        GameSession.SeatTurnEnd end;
        try {
            end = session.resolveTurn(caretaken);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the turn could not be resolved", e);
            synchronized (this) {
                ending = false;
            }
            notifyListeners();
            return;
        }
        synchronized (this) {
            for (SeatHold h : holds) {
                h.ready = false;
            }
            ending = false;
            startClock();
        }
        int turn = session.world().turn;
        for (int i = 0; i < holds.size(); i++) {
            SeatHold h = holds.get(i);
            if (!h.seat.human() || h.sockets.isEmpty()) {
                continue;
            }
            SeatView v = Protocol.forWire(session.view(i));
            JsonObject result = Protocol.object("turn");
            result.addProperty("turn", turn);
            result.add("events", Protocol.tree(v.eventsOf(turn)));
            result.add("notices", Protocol.tree(end.notices()));
            result.addProperty("over", session.isOver());
            JsonObject view = Protocol.object("view");
            view.add("view", Protocol.tree(v));
            String r = result.toString();
            String vj = view.toString();
            for (Outbox o : h.sockets) {
                o.send(vj);
                o.send(r);
            }
        }
        pushPresence();
    }

    // ---- TurnControls: the instructor's pace ----

    @Override
    public synchronized boolean isPaused() {
        return paused;
    }

    @Override
    public void pause() {
        synchronized (this) {
            if (paused) {
                return;
            }
            paused = true;
            leftWhenPaused = deadline < 0 ? -1 : Math.max(0, deadline - clock.millis());
            deadline = -1;
        }
        pushPresence();
    }

    @Override
    public void resume() {
        synchronized (this) {
            if (!paused) {
                return;
            }
            paused = false;
            deadline = leftWhenPaused < 0 ? -1 : clock.millis() + leftWhenPaused;
            leftWhenPaused = -1;
        }
        pushPresence();
    }

    @Override
    public synchronized long secondsLeft() {
        if (paused || deadline < 0) {
            return -1;
        }
        return Math.max(0, (deadline - clock.millis() + 999) / 1000);
    }

    @Override
    public void extend(Duration more) {
        synchronized (this) {
            long ms = more == null ? 0 : more.toMillis();
            if (paused && leftWhenPaused >= 0) {
                leftWhenPaused += ms;
            } else if (deadline >= 0) {
                deadline += ms;
            } else if (!paused) {
                deadline = clock.millis() + ms;
            }
        }
        pushPresence();
    }

    @Override
    public void forceEndTurn() {
        endTurn();
    }

    /** True between the end of a turn and the moment its results are out. */
    public synchronized boolean isEnding() {
        return ending;
    }

    @Override
    public synchronized List<SeatPresence> seats() {
        List<SeatPresence> out = new ArrayList<>();
        for (SeatHold h : holds) {
            String id = h.seat.stateId();
            out.add(new SeatPresence(id, session.stateName(id), connected(h), h.ready,
                    !h.seat.human() || !connected(h)));
        }
        return out;
    }

    // ---- pushes ----

    private synchronized JsonObject presence() {
        JsonObject o = Protocol.object("presence");
        o.addProperty("ok", true);
        o.addProperty("turn", session.world().turn);
        o.addProperty("paused", paused);
        o.addProperty("secondsLeft", secondsLeft());
        o.addProperty("resolving", ending);
        o.addProperty("over", session.isOver());
        JsonArray seats = new JsonArray();
        for (SeatHold h : holds) {
            if (!h.seat.human()) {
                continue;
            }
            JsonObject s = new JsonObject();
            s.addProperty("seat", h.seat.stateId());
            s.addProperty("name", h.seat.name());
            s.addProperty("state", session.stateName(h.seat.stateId()));
            s.addProperty("connected", connected(h));
            s.addProperty("ready", h.ready);
            seats.add(s);
        }
        o.add("seats", seats);
        return o;
    }

    private void pushPresence() {
        String json = presence().toString();
        for (SeatHold h : holds) {
            h.sockets.forEach(s -> s.send(json));
        }
        notifyListeners();
    }

    private JsonObject viewPush(SeatHold hold) {
        JsonObject o = Protocol.object("view");
        o.add("view", Protocol.tree(Protocol.forWire(session.view(holds.indexOf(hold)))));
        return o;
    }

    private void notifyListeners() {
        for (Runnable r : listeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a classroom listener failed", e);
            }
        }
    }

    // ---- small readers ----

    static HostReply refuse(int status, String error) {
        JsonObject o = Protocol.object("error");
        o.addProperty("ok", false);
        o.addProperty("error", error);
        return new HostReply(status, o.toString());
    }

    private static boolean hasVersion(JsonObject req) {
        Long v = wholeNumber(req, "v");
        return v != null && v == Protocol.VERSION;
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    static Long wholeNumber(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return e.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException ex) {
            return null;
        }
    }

    /** A client's text in an error, cut short and without control characters. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
