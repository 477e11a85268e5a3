package org.balancedrealism.net;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.balancedrealism.io.Json;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;

/**
 * The classroom protocol's constants and its one JSON codec (assets/net/PROTOCOL.md describes it for anyone writing
 * another client). Requests are HTTP POSTs of JSON objects; the host pushes views, presence, messages and turn
 * results over a WebSocket. Every object carries {@code "v"}: a host refuses a version it does not speak.
 */
public final class Protocol {
    /** The protocol version this build speaks. */
    public static final int VERSION = 1;

    public static final String JOIN_PATH = "/api/v1/join";
    public static final String REQUEST_PATH = "/api/v1/request";
    public static final String PUSH_PATH = "/api/v1/push";
    public static final String INFO_PATH = "/api/v1/info";

    /** The codec: the game's own Gson (records, NaN allowed), so a view reads back as the record it was. */
    static final Gson GSON = Json.GSON;

    private Protocol() {
    }

    /** A reply or push object with the version and a type. */
    static JsonObject object(String type) {
        JsonObject o = new JsonObject();
        o.addProperty("v", VERSION);
        if (type != null) {
            o.addProperty("type", type);
        }
        return o;
    }

    static JsonElement tree(Object value) {
        return GSON.toJsonTree(value);
    }

    /**
     * The view as it leaves the host: the seat's password hash stays behind (the client needs only who it is).
     */
    static SeatView forWire(SeatView v) {
        Seat s = v.seat();
        Seat bare = s == null ? null : new Seat(s.name(), s.stateId(), s.human(), null);
        return new SeatView(v.game(), bare, v.me(), v.states(), v.owners(), v.relations(), v.wars(), v.coalitions(),
                v.treaties(), v.otherTreaties(), v.events(), v.inbox(), v.planned(), v.actionPointsLeft(), v.aiNotes(),
                v.objectives(), v.ranking(), v.attention(), v.history(), v.situation());
    }
}
