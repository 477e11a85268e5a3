package org.balancedrealism.net;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.TurnControls;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The instructor's classroom server (DESIGN §12): an embedded Javalin (Jetty) HTTP and WebSocket server bound to one
 * chosen address, holding one or several games of a class (parallel worlds), each with its own join code. It
 * resolves turns with the session code of a local game; clients never run rules. Students join with the address,
 * the code, their seat and its password ({@link ClassroomClient}); the protocol is in {@code assets/net/PROTOCOL.md}.
 *
 * <p>As {@link TurnControls} it drives its first game, the one a single-world class plays; each {@link HostedGame} is
 * the controls of its own world.
 */
public final class ClassroomHost implements TurnControls, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ClassroomHost.class.getName());
    /** Jetty and Javalin log every start at INFO; the host says what matters itself. Kept so the level stays set. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.eclipse.jetty"),
            Logger.getLogger("io.javalin"));
    /** Failed joins one address may make a minute (guessing join codes or passwords). */
    private static final int FAILED_JOINS_PER_MINUTE = 30;
    /** Pushes that may wait for one slow client before it is disconnected. */
    private static final int MAX_QUEUED_PUSHES = 64;

    private final Javalin app;
    private final String bindAddress;
    private final HostClock clock;
    private final HostLimits limits;
    private final ExecutorService resolver;
    private final ScheduledExecutorService ticker;
    private final List<HostedGame> games = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Long>> failedJoins = new HashMap<>();

    private ClassroomHost(String bindAddress, int port, HostClock clock, HostLimits limits, boolean tickEverySecond) {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
        this.bindAddress = bindAddress;
        this.clock = clock;
        this.limits = limits;
        this.resolver = Executors.newSingleThreadExecutor(r -> daemon(r, "classroom-turns"));
        this.ticker = tickEverySecond ? Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "classroom-clock"))
                : null;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("classroom-http");
        threads.setDaemon(true);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.threadPool = threads;
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.jetty.modifyWebSocketServletFactory(f -> {
                f.setMaxTextMessageSize(limits.maxRequestBytes());
                // the host pings every connection; one that stops answering (a laptop shut) is dropped after this
                f.setIdleTimeout(Duration.ofMinutes(2));
            });
        });
        app.get(Protocol.INFO_PATH, this::info);
        app.post(Protocol.JOIN_PATH, this::join);
        app.post(Protocol.REQUEST_PATH, this::request);
        app.ws(Protocol.PUSH_PATH, ws -> {
            ws.onMessage(ctx -> hello(ctx, ctx.message()));
            ws.onClose(ctx -> left(ctx));
            ws.onError(ctx -> left(ctx));
        });
        app.start(bindAddress, port);
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
        LOG.fine(bindNotice());
    }

    /**
     * Starts a host listening on {@code bindAddress} only (never every interface unless asked for by name) and
     * {@code port} (0: any free port).
     *
     * @param tickEverySecond false in tests, which call {@link #tick()} themselves with a clock they move by hand
     */
    public static ClassroomHost start(String bindAddress, int port, HostClock clock, HostLimits limits,
                                      boolean tickEverySecond) {
        return new ClassroomHost(bindAddress, port, clock, limits, tickEverySecond);
    }

    /** A host on the real clock with the default limits. */
    public static ClassroomHost start(String bindAddress, int port) {
        return start(bindAddress, port, HostClock.SYSTEM, HostLimits.DEFAULT, true);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    // ---- games ----

    /** Hosts {@code session} under a new join code; {@code turn} is how long a turn lasts (zero: no deadline). */
    public HostedGame addGame(GameSession session, Duration turn) {
        String code;
        do {
            code = HostedGame.newCode();
        } while (game(code) != null);
        HostedGame g = new HostedGame(code, session, turn, clock, limits, resolver);
        games.add(g);
        return g;
    }

    /** Every game of this host, in the order they were added. */
    public List<HostedGame> games() {
        return Collections.unmodifiableList(games);
    }

    /** The game with this join code (spaces and case ignored), or null. */
    public HostedGame game(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        for (HostedGame g : games) {
            if (g.code().equals(c)) {
                return g;
            }
        }
        return null;
    }

    /** The first game (a one-world class plays only this one); the instructor's console drives it. */
    public HostedGame primary() {
        if (games.isEmpty()) {
            throw new IllegalStateException("The host has no game yet.");
        }
        return games.get(0);
    }

    /** The first game's session, for the instructor's console. */
    public GameSession session() {
        return primary().session();
    }

    /** Ends every game's turn whose deadline has passed. */
    public void tick() {
        for (HostedGame g : games) {
            try {
                g.tick();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the turn clock of game " + g.code() + " failed", e);
            }
        }
    }

    // ---- where students join ----

    /** The address the host listens on (only this one). */
    public String bindAddress() {
        return bindAddress;
    }

    public int port() {
        return app.port();
    }

    /** What students type as the address: {@code http://address:port}. */
    public String joinAddress() {
        return joinAddress(bindAddress, port());
    }

    static String joinAddress(String address, int port) {
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port;
    }

    /** Every address students could join at (the wildcard address lists each of the machine's addresses). */
    public List<String> joinAddresses() {
        if (!isWildcard(bindAddress)) {
            return List.of(joinAddress());
        }
        List<String> out = new ArrayList<>();
        for (String a : localAddresses()) {
            out.add(joinAddress(a, port()));
        }
        out.add(joinAddress("127.0.0.1", port()));
        return out;
    }

    /** One sentence saying where the host listens, and so who can reach it. */
    public String bindNotice() {
        String where;
        if (isWildcard(bindAddress)) {
            where = "every network this computer is on (anyone who can reach it may try to join)";
        } else if (isLoopback(bindAddress)) {
            where = "this computer only (nobody else can join)";
        } else {
            where = "the network of " + bindAddress + " only";
        }
        return "The classroom host listens on " + joinAddress() + ": " + where + ".";
    }

    /**
     * The machine's local-network addresses (IPv4, up, not loopback), best first: private-network addresses
     * (192.168…, 10…, 172.16–31…) before others.
     */
    public static List<String> localAddresses() {
        List<String> priv = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        (a.isSiteLocalAddress() ? priv : other).add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.WARNING, "cannot list this computer's network addresses", e);
        }
        priv.addAll(other);
        return priv;
    }

    /** The address a host binds to unless told otherwise: the local network's, else this computer only. */
    public static String defaultAddress() {
        List<String> local = localAddresses();
        return local.isEmpty() ? "127.0.0.1" : local.get(0);
    }

    private static boolean isWildcard(String a) {
        return "0.0.0.0".equals(a) || "::".equals(a);
    }

    private static boolean isLoopback(String a) {
        try {
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    // ---- HTTP ----

    private void info(Context ctx) {
        JsonObject o = Protocol.object("info");
        o.addProperty("ok", true);
        o.addProperty("server", "Balanced Realism classroom host");
        o.addProperty("protocol", Protocol.VERSION);
        reply(ctx, new HostReply(200, o.toString()));
    }

    private void join(Context ctx) {
        String from = ctx.ip();
        synchronized (failedJoins) {
            Deque<Long> fails = failedJoins.computeIfAbsent(from, k -> new ArrayDeque<>());
            long now = clock.millis();
            while (!fails.isEmpty() && fails.peekFirst() <= now - 60_000) {
                fails.removeFirst();
            }
            if (fails.size() >= FAILED_JOINS_PER_MINUTE) {
                reply(ctx, HostedGame.refuse(429, "Too many failed joins from this computer: wait a minute."));
                return;
            }
        }
        HostReply r = joinReply(body(ctx));
        if (r.status() != 200) {
            synchronized (failedJoins) {
                failedJoins.get(from).addLast(clock.millis());
            }
        }
        reply(ctx, r);
    }

    private HostReply joinReply(JsonObject req) {
        if (req == null) {
            return HostedGame.refuse(400, "A join is one JSON object: {\"v\":1,\"code\":…,\"seat\":…,\"password\":…}.");
        }
        Long v = HostedGame.wholeNumber(req, "v");
        if (v == null || v != Protocol.VERSION) {
            return HostedGame.refuse(400, "This host speaks protocol version " + Protocol.VERSION + ".");
        }
        HostedGame g = game(HostedGame.string(req, "code"));
        if (g == null) {
            return HostedGame.refuse(404, "No game here has that join code.");
        }
        return g.join(req);
    }

    private void request(Context ctx) {
        JsonObject req = body(ctx);
        if (req == null) {
            reply(ctx, ctx.contentLength() > limits.maxRequestBytes() || ctx.bodyAsBytes().length > limits.maxRequestBytes()
                    ? HostedGame.refuse(413, "The request is too large (at most " + limits.maxRequestBytes() + " bytes).")
                    : HostedGame.refuse(400, "A request is one JSON object."));
            return;
        }
        String token = HostedGame.string(req, "token");
        for (HostedGame g : games) {
            if (g.knows(token)) {
                reply(ctx, g.handle(req));
                return;
            }
        }
        Long v = HostedGame.wholeNumber(req, "v");
        reply(ctx, v == null || v != Protocol.VERSION
                ? HostedGame.refuse(400, "This host speaks protocol version " + Protocol.VERSION + ".")
                : HostedGame.refuse(401, "This seat token is unknown here: join the game again."));
    }

    /** The request's JSON object, or null when it is too large or not one JSON object. */
    private JsonObject body(Context ctx) {
        if (ctx.contentLength() > limits.maxRequestBytes()) {
            return null;
        }
        try {
            byte[] bytes = ctx.bodyAsBytes();
            if (bytes.length > limits.maxRequestBytes()) {
                return null;
            }
            JsonElement e = JsonParser.parseString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (JsonParseException | IllegalStateException | io.javalin.http.HttpResponseException e) {
            return null;
        }
    }

    private static void reply(Context ctx, HostReply r) {
        ctx.status(r.status()).contentType("application/json").result(r.json());
    }

    // ---- WebSocket pushes ----

    /** The push channel of one client connection. */
    private static final class Socket implements Outbox {
        final WsContext ctx;
        volatile HostedGame game;

        Socket(WsContext ctx) {
            this.ctx = ctx;
        }

        /**
         * Queued, never waiting for the client: a stalled or vanished client must not hold up a turn. A client that
         * lets too many messages pile up is disconnected (its seat is then played by the AI until it joins again).
         */
        @Override
        public void send(String json) {
            try {
                if (ctx.session.isOpen()) {
                    ctx.session.getRemote().sendString(json, new org.eclipse.jetty.websocket.api.WriteCallback() {
                        @Override
                        public void writeFailed(Throwable x) {
                            LOG.log(Level.FINE, "a client stopped reading", x);
                            Socket.this.close();
                        }
                    });
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a client vanished", e);
            }
        }

        @Override
        public void close() {
            try {
                ctx.closeSession(4001, "another computer took this seat");
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing a client", e);
            }
        }
    }

    /** The first message on a push channel names the seat by token: {"v":1,"type":"hello","token":…}. */
    private void hello(WsContext ctx, String message) {
        Socket socket = ctx.attribute("socket");
        if (socket != null) {
            socket.send(HostedGame.refuse(400, "The push channel only carries the host's messages.").json());
            return;
        }
        String token = null;
        try {
            JsonElement e = JsonParser.parseString(message);
            if (e.isJsonObject()) {
                token = HostedGame.string(e.getAsJsonObject(), "token");
            }
        } catch (JsonParseException | IllegalStateException e) {
            token = null;
        }
        for (HostedGame g : games) {
            if (g.knows(token)) {
                Socket s = new Socket(ctx);
                s.game = g;
                ctx.session.getRemote().setMaxOutgoingFrames(MAX_QUEUED_PUSHES);
                ctx.enableAutomaticPings(30, TimeUnit.SECONDS);
                ctx.attribute("socket", s);
                if (g.attach(token, s)) {
                    return;
                }
            }
        }
        ctx.send(HostedGame.refuse(401, "This seat token is unknown here: join the game again.").json());
        ctx.closeSession(4000, "unknown seat token");
    }

    private void left(WsContext ctx) {
        Socket s = ctx.attribute("socket");
        if (s != null && s.game != null) {
            s.game.detach(s);
        }
    }

    // ---- TurnControls: the first game ----

    @Override
    public boolean isPaused() {
        return primary().isPaused();
    }

    @Override
    public void pause() {
        primary().pause();
    }

    @Override
    public void resume() {
        primary().resume();
    }

    @Override
    public long secondsLeft() {
        return primary().secondsLeft();
    }

    @Override
    public void extend(Duration more) {
        primary().extend(more);
    }

    @Override
    public void forceEndTurn() {
        primary().forceEndTurn();
    }

    @Override
    public List<SeatPresence> seats() {
        return primary().seats();
    }

    /** Stops the server and the turn clock (the games' sessions stay as they are, for a last save). */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        app.stop();
        resolver.shutdown();
        try {
            resolver.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
