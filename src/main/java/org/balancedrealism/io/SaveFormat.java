package org.balancedrealism.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PairTable;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reading a save's text: JSON syntax, format version, migrations of older formats (on the JSON tree, one step at a
 * time), the envelope's types and the world's internal consistency. Every problem is a {@link DataFileException}
 * that says what is wrong and what to do.
 */
public final class SaveFormat {
    /** Step k turns a format-k tree into a format-(k+1) tree. Format 1 is the first released format. */
    public static final Map<Integer, UnaryOperator<JsonObject>> MIGRATIONS = Map.of(1, SaveFormat::compactMoves,
            2, SaveFormat::packOrders);

    /**
     * The Gson of saves: the project's, with moves written as short lists ({@link CompactMoves}) and long lists of
     * figures as base64 of their bits ({@link PackedNumbers}).
     */
    public static final com.google.gson.Gson GSON = Json.GSON.newBuilder().registerTypeAdapterFactory(CompactMoves.FACTORY)
            .registerTypeAdapterFactory(PackedNumbers.FACTORY).registerTypeAdapterFactory(OrderHistory.FACTORY).create();

    /** Deepest nesting a save may have (a real one has about 8 levels): a deeper file is damaged, not read. */
    public static final int MAX_DEPTH = 48;

    /** A scenario id ("ukraine-2022"): a save names its scenario this way, never by a path. */
    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private SaveFormat() {
    }

    /** Parses a save's text into its JSON tree, refusing anything that is not a complete JSON object. */
    public static JsonObject tree(String text, String file) throws DataFileException {
        if (text.isBlank()) {
            throw new DataFileException(file, null, "is empty (the save was not written completely). "
                    + "Load another save, for example the latest autosave.");
        }
        JsonElement root;
        try {
            root = JsonTree.parse(text, file, MAX_DEPTH);
        } catch (DataFileException e) {
            String trimmed = text.strip();
            boolean endsEarly = trimmed.startsWith("{") && !trimmed.endsWith("}");
            if (endsEarly || e.problem().contains("cut short")) {
                throw new DataFileException(file, null, "is cut short: the file ends in the middle of the game data "
                        + "(it was probably not saved completely). Load another save, for example the latest autosave.", e);
            }
            throw new DataFileException(file, e.field(), "is not a save game: it " + e.problem().replaceFirst("^is ", "is ")
                    + ". It may be damaged; load another save.", e);
        }
        if (!root.isJsonObject()) {
            throw new DataFileException(file, null, "is not a save game (it holds no game data). Load another save.");
        }
        return root.getAsJsonObject();
    }

    /** Format of the tree; refuses files from a newer game and formats too old to migrate. */
    public static int format(JsonObject tree, String file) throws DataFileException {
        JsonElement f = tree.get("format");
        if (f == null || !f.isJsonPrimitive() || !f.getAsJsonPrimitive().isNumber()) {
            throw new DataFileException(file, "format", "is missing: this is not a Balanced Realism save game. "
                    + "Load another save.");
        }
        double v = f.getAsDouble();
        if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
            throw new DataFileException(file, "format", "is not a save format number (" + f + "). Load another save.");
        }
        int format = (int) v;
        if (format > SaveGame.FORMAT) {
            JsonElement by = tree.get("gameVersion");
            throw new DataFileException(file, "format", "the save was made by a newer version of the game"
                    + (by != null && by.isJsonPrimitive() ? " (" + by.getAsString() + ")" : "") + ", format " + format
                    + "; this version reads formats up to " + SaveGame.FORMAT + ". Update the game to load it.");
        }
        return format;
    }

    /** Migrates a tree of an older format to {@link SaveGame#FORMAT}, one step at a time. */
    public static JsonObject migrate(JsonObject tree, String file, Map<Integer, UnaryOperator<JsonObject>> steps)
            throws DataFileException {
        int format = format(tree, file);
        while (format < SaveGame.FORMAT) {
            UnaryOperator<JsonObject> step = steps.get(format);
            if (step == null) {
                throw new DataFileException(file, "format", "format " + format + " is too old for this version of the "
                        + "game, which reads formats " + oldest(steps) + " to " + SaveGame.FORMAT + ".");
            }
            try {
                tree = step.apply(tree);
            } catch (RuntimeException e) {
                throw new DataFileException(file, null, "could not be converted from format " + format + " ("
                        + e.getMessage() + "). The file may be damaged; load another save.", e);
            }
            tree.add("format", new JsonPrimitive(++format));
        }
        return tree;
    }

    private static int oldest(Map<Integer, UnaryOperator<JsonObject>> steps) {
        int oldest = SaveGame.FORMAT;
        while (steps.containsKey(oldest - 1)) {
            oldest--;
        }
        return oldest;
    }

    /** The envelope from a current-format tree: required fields present and of the right types. */
    public static SaveGame envelope(JsonObject tree, String file) throws DataFileException {
        for (String key : List.of("scenario", "rulesHash", "seats", "world", "orderHistory")) {
            JsonElement e = tree.get(key);
            if (e == null || e.isJsonNull()) {
                throw new DataFileException(file, key, "is missing: the save is incomplete or damaged. Load another save.");
            }
        }
        for (String key : List.of("world", "seats", "orderHistory")) {
            boolean object = !key.equals("seats");
            boolean ok = object ? tree.get(key).isJsonObject() : tree.get(key).isJsonArray();
            if (!ok) {
                throw new DataFileException(file, key, "has the wrong type (" + (object ? "an object" : "a list")
                        + " is needed): the save is damaged. Load another save.");
            }
        }
        try {
            DataShape.check(tree, SaveGame.class, file, Set.of(), DataShape.Keys.IGNORE_UNKNOWN);
        } catch (DataFileException e) {
            throw new DataFileException(file, e.field(), e.problem() + ": the save is damaged or was edited by hand. "
                    + "Load another save.", e);
        }
        SaveGame g;
        try {
            g = GSON.fromJson(tree, SaveGame.class);
        } catch (RuntimeException e) {
            // Gson reports wrong types as JsonParseException, and a record's constructor refusing a value (a list
            // holding null) as a plain RuntimeException: both mean a damaged file
            throw new DataFileException(file, null, "has a value of the wrong type or a missing value ("
                    + clean(e.getMessage())
                    + "): the save is damaged. Load another save.", e);
        }
        if (g == null || g.world == null) {
            throw new DataFileException(file, "world", "is missing: the save is incomplete. Load another save.");
        }
        return g;
    }

    private static String clean(String message) {
        if (message == null) {
            return "no details";
        }
        // the reader's words, not Java's: no class names, "a list" for BEGIN_ARRAY, "at world.x" for "path $.world.x"
        message = message.replaceAll("(\\b[a-z]+\\.)+[A-Z]\\w*(Exception|Error):\\s*", "")
                .replaceAll("\\s*See https://github\\.com/google/gson/\\S+", "")
                .replace("BEGIN_ARRAY", "a list").replace("BEGIN_OBJECT", "an object").replace("NUMBER", "a number")
                .replace("STRING", "text").replace("BOOLEAN", "true or false").replace("NULL", "nothing")
                .replaceAll(" at line \\d+ column \\d+", "").replaceAll("path \\$\\.?", "");
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }

    /** Checks that the envelope and its world hold together: sizes match, indices are in range, ids are known. */
    public static void check(SaveGame g, String file) throws DataFileException {
        try {
            checkFields(g, file);
        } catch (RuntimeException e) {
            throw new DataFileException(file, null, "does not hold together (" + e.getClass().getSimpleName()
                    + "): the save is damaged or was edited by hand. Load another save.", e);
        }
    }

    private static void checkFields(SaveGame g, String file) throws DataFileException {
        World w = g.world;
        Problems p = new Problems(file);
        p.require(g.scenario != null && !g.scenario.isBlank(), "scenario", "is empty");
        p.require(SCENARIO_ID.matcher(g.scenario).matches(), "scenario", "is not a scenario id (such as modern-world)");
        p.require(w.random == null || !w.random.isStuck(), "world.random",
                "is all zeros (a random generator in that state draws 0 forever)");
        p.require(g.seats != null && g.planned != null && g.orderHistory != null, "seats", "is missing");
        p.require(w.nations != null && w.nations.length > 0, "world.nations", "is missing or empty");
        int n = w.nations.length;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Nation s = w.nations[i];
            p.require(s != null && s.id != null && s.name != null, "world.nations[" + i + "]", "is incomplete");
            p.require(ids.add(s.id), "world.nations[" + i + "].id", "repeats the id " + s.id);
            p.require(s.regime != null, "world.nations[" + i + "].regime", "is missing or unknown");
        }
        p.require(w.random != null, "world.random", "is missing (the random generator's state)");
        p.require(w.startDate != null && DATE.matcher(w.startDate).matches(), "world.startDate", "is not a YYYY-MM date");
        p.require(w.monthsPerTurn > 0 && w.monthsPerTurn <= 120, "world.monthsPerTurn", "is out of range");
        p.require(w.turn >= 0 && w.turn <= w.maxTurns && w.maxTurns <= 100_000, "world.turn", "is out of range");
        p.require(g.orderHistory.size() == w.turn, "orderHistory", "holds " + g.orderHistory.size()
                + " turns but the world has played " + w.turn);
        p.require(w.scenarioId == null || w.scenarioId.equals(g.scenario), "world.scenarioId",
                "differs from the envelope's scenario");
        table(p, w.opinion, n, "world.opinion");
        table(p, w.trust, n, "world.trust");
        table(p, w.memory, n, "world.memory");
        if (w.goodwill != null) { // absent until a first good deed, and in saves made before it existed
            table(p, w.goodwill, n, "world.goodwill");
        }
        p.require(w.territories != null, "world.territories", "is missing");
        for (int t = 0; t < w.territories.length; t++) {
            Territory x = w.territories[t];
            p.require(x != null && x.id() != null, "world.territories[" + t + "]", "is incomplete");
            p.require(in(x.owner(), n), "world.territories[" + t + "].owner", "is not a state");
            p.require(x.coreOf() == -1 || in(x.coreOf(), n), "world.territories[" + t + "].coreOf", "is not a state");
        }
        for (String list : List.of("treaties", "sanctions", "wars", "coalitions", "proposals", "scripts", "injects",
                "objectives", "log", "history")) {
            p.require(listOf(w, list) != null && !listOf(w, list).contains(null), "world." + list, "is missing or has empty entries");
        }
        p.require(w.objectiveStreaks != null && w.objectivesMet != null, "world.objectiveStreaks", "is missing");
        for (Treaty t : w.treaties) {
            p.require(t.type() != null && in(t.a(), n) && in(t.b(), n), "world.treaties", "names an unknown state or type");
        }
        for (Sanction s : w.sanctions) {
            p.require(in(s.sender(), n) && in(s.target(), n), "world.sanctions", "names an unknown state");
        }
        for (War war : w.wars) {
            p.require(war.attackers != null && war.defenders != null && war.aims != null, "world.wars", "is incomplete");
            for (Integer i : war.attackers) {
                p.require(i != null && in(i, n), "world.wars.attackers", "names an unknown state");
            }
            for (Integer i : war.defenders) {
                p.require(i != null && in(i, n), "world.wars.defenders", "names an unknown state");
                p.require(!war.attackers.contains(i), "world.wars.defenders", "names a state fighting on both sides");
            }
        }
        for (Coalition c : w.coalitions) {
            p.require(in(c.target, n) && in(c.leader, n) && c.members != null, "world.coalitions", "names an unknown state");
            for (CoalitionMember m : c.members) {
                p.require(m != null && in(m.state(), n), "world.coalitions.members", "names an unknown state");
                p.require(m.state() != c.target, "world.coalitions.members", "holds the coalition's own target");
            }
        }
        for (Proposal pr : w.proposals) {
            p.require(pr.kind() != null && in(pr.from(), n) && in(pr.to(), n), "world.proposals", "names an unknown state or kind");
        }
        for (TurnStats s : w.history) {
            p.require(s.power() != null && s.power().length == n && s.gdp() != null && s.gdp().length == n
                    && s.military() != null && s.military().length == n && s.overreach() != null
                    && s.overreach().length == n && s.maxThreat() != null && s.maxThreat().length == n
                    && s.treasury() != null && s.treasury().length == n, "world.history", "has figures for the wrong number of states");
            p.require(finite(s.power()) && finite(s.gdp()) && finite(s.military()) && finite(s.overreach())
                    && finite(s.maxThreat()) && finite(s.treasury()), "world.history", "has a figure that is not a number");
        }
        p.require(g.messages != null, "messages", "is not a list");
        for (var m : g.messages) {
            p.require(m != null && m.from() != null && m.to() != null && m.text() != null, "messages",
                    "has a message without sender, recipient or text");
        }
        for (var e : w.log) {
            p.require(e.visibility() != null, "world.log", "has an event without visibility");
            p.require(e.kind() != null, "world.log", "has an event without a kind");
            p.require(e.text() != null, "world.log", "has an event without text");
            p.require(known(e.actor(), ids) && known(e.target(), ids), "world.log", "has an event naming an unknown state");
        }
        p.require(w.ai != null && w.ai.notes != null && w.ai.notable != null && w.ai.weights != null
                && w.ai.adaptedToward != null, "world.ai", "is missing");
        for (var note : w.ai.notes) {
            p.require(note != null && known(note.state(), ids), "world.ai.notes", "has an empty note or one naming an unknown state");
        }
        for (var note : w.ai.notable) {
            p.require(note != null && known(note.state(), ids), "world.ai.notable", "has an empty note or one naming an unknown state");
        }
        // seats and orders
        Set<String> seated = new HashSet<>();
        for (int s = 0; s < g.seats.size(); s++) {
            SaveGame.SeatEntry seat = g.seats.get(s);
            p.require(seat != null && seat.state() != null && ids.contains(seat.state()), "seats[" + s + "].state",
                    "is not a state of this game");
            p.require(seated.add(seat.state()), "seats[" + s + "].state", "is seated twice");
        }
        p.require(g.planned.size() == g.seats.size(), "planned", "has " + g.planned.size() + " lists for "
                + g.seats.size() + " seats");
        p.require(g.seats.isEmpty() ? g.currentSeat == 0 : in(g.currentSeat, g.seats.size()), "currentSeat", "is not a seat");
        for (int s = 0; s < g.planned.size(); s++) {
            List<Move> moves = g.planned.get(s);
            p.require(moves != null, "planned[" + s + "]", "is missing");
            for (Move m : moves) {
                p.require(m != null && m.kind() != null && g.seats.get(s).state().equals(m.actor()), "planned[" + s + "]",
                        "holds an order that is not the seat's own or names an unknown move");
            }
        }
        for (int t = 0; t < g.orderHistory.size(); t++) {
            List<Move> moves = g.orderHistory.get(t);
            p.require(moves != null, "orderHistory[" + t + "]", "is missing");
            for (Move m : moves) {
                p.require(m != null && m.kind() != null && m.actor() != null && ids.contains(m.actor())
                                && known(m.target(), ids) && ids.containsAll(m.partners()),
                        "orderHistory[" + t + "]", "holds an unknown move or state");
            }
        }
    }

    /** Checks the territories against the map the scenario names now. */
    public static void checkMap(SaveGame g, org.balancedrealism.model.Geography geo, String file) throws DataFileException {
        Territory[] ts = g.world.territories;
        if (ts.length != geo.size()) {
            throw new DataFileException(file, "world.territories", "has " + ts.length + " territories but the map of "
                    + "scenario '" + g.scenario + "' has " + geo.size() + ": the save does not belong to this map.");
        }
        for (int t = 0; t < ts.length; t++) {
            if (!ts[t].id().equals(geo.id(t))) {
                throw new DataFileException(file, "world.territories[" + t + "]", "is '" + ts[t].id() + "' but the map has '"
                        + geo.id(t) + "' there: the save does not belong to this map.");
            }
        }
    }

    private static List<?> listOf(World w, String name) {
        return switch (name) {
            case "treaties" -> w.treaties;
            case "sanctions" -> w.sanctions;
            case "wars" -> w.wars;
            case "coalitions" -> w.coalitions;
            case "proposals" -> w.proposals;
            case "scripts" -> w.scripts;
            case "injects" -> w.injects;
            case "objectives" -> w.objectives;
            case "log" -> w.log;
            default -> w.history;
        };
    }

    private static void table(Problems p, PairTable t, int n, String field) throws DataFileException {
        p.require(t != null, field, "is missing");
        boolean ok;
        try {
            ok = t.size() == n;
            for (int i = 0; ok && i < n; i++) {
                ok = t.row(i) != null && t.row(i).length == n;
            }
        } catch (RuntimeException e) {
            ok = false;
        }
        p.require(ok, field, "is not a " + n + " × " + n + " table (one row and column per state)");
    }

    private static boolean finite(float[] v) {
        for (float x : v) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** A state id that is either absent or one of the game's. */
    private static boolean known(String id, Set<String> ids) {
        return id == null || ids.contains(id);
    }

    /** Migration 1 → 2: moves as short lists ({@link CompactMoves}); the file itself becomes compressed on saving. */
    static JsonObject compactMoves(JsonObject tree) {
        for (String key : List.of("planned", "orderHistory")) {
            JsonElement lists = tree.get(key);
            if (lists == null || !lists.isJsonArray()) {
                continue;
            }
            for (JsonElement turn : lists.getAsJsonArray()) {
                if (!turn.isJsonArray()) {
                    continue;
                }
                com.google.gson.JsonArray moves = turn.getAsJsonArray();
                for (int k = 0; k < moves.size(); k++) {
                    moves.set(k, CompactMoves.compact(moves.get(k)));
                }
            }
        }
        return tree;
    }

    private static final java.lang.reflect.Type MOVES = com.google.gson.reflect.TypeToken.getParameterized(List.class,
            Move.class).getType();

    /**
     * Migration 2 → 3: the order history packed, one deflated string per 64 turns ({@link OrderHistory#FACTORY}) instead of a
     * list of move lists. A history that is not a list is left for the checks to refuse.
     */
    static JsonObject packOrders(JsonObject tree) {
        JsonElement history = tree.get("orderHistory");
        if (history == null || !history.isJsonArray()) {
            return tree;
        }
        OrderHistory packed = new OrderHistory();
        com.google.gson.JsonArray turns = history.getAsJsonArray();
        for (int t = 0; t < turns.size(); t++) {
            try {
                List<Move> moves = GSON.fromJson(turns.get(t), MOVES);
                packed.add(moves);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("turn " + (t + 1) + " of the order history is missing or holds an "
                        + "order that cannot be read", e);
            }
        }
        tree.add("orderHistory", GSON.toJsonTree(packed, OrderHistory.class));
        return tree;
    }

    private static boolean in(int i, int n) {
        return i >= 0 && i < n;
    }

    /** Turns the first failed check into a message. */
    private record Problems(String file) {
        void require(boolean ok, String field, String problem) throws DataFileException {
            if (!ok) {
                throw new DataFileException(file, field, problem + ": the save is damaged or was edited by hand. "
                        + "Load another save.");
            }
        }
    }
}
