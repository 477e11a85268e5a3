package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.balancedrealism.claims.Claim;
import org.balancedrealism.claims.ClaimSetup;
import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Figure;
import org.balancedrealism.claims.StateSet;
import org.balancedrealism.claims.kinds.AllianceForms;
import org.balancedrealism.claims.kinds.CoalitionAgainst;
import org.balancedrealism.claims.kinds.EventOccurs;
import org.balancedrealism.claims.kinds.FigureChange;
import org.balancedrealism.claims.kinds.MaxShare;
import org.balancedrealism.claims.kinds.NoCoalitionAgainst;
import org.balancedrealism.claims.kinds.NoWar;
import org.balancedrealism.claims.kinds.OpinionChange;
import org.balancedrealism.claims.kinds.SanctionsImposed;
import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.claims.kinds.WarWon;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the {@code claims} list of a scenario (vocabulary in assets/scenarios/FORMAT.md): every field is checked,
 * and an unknown key, kind, state id or figure, or a number out of range, is refused naming the file and the field
 * ({@code claims[2].byTurn}).
 */
public final class ClaimsLoader {
    public static final double DEFAULT_REQUIRED = 0.7;
    /** Claims play at most this many turns unless they say otherwise: they are checked on many seeds. */
    public static final int DEFAULT_MAX_TURNS = 40;
    public static final int MAX_TURNS = 400;
    public static final List<String> KINDS = List.of("coalition-against", "no-coalition-against", "no-war", "war-won",
            "figure-change", "opinion-change", "alliance-forms", "sanctions", "max-share", "share-above-more-often", "event");
    private static final Set<String> ORDER_KEYS = Set.of("turn", "kind", "actor", "target", "partners", "territory",
            "amount", "subject");

    private final String file;
    private final Set<String> states = new HashSet<>();
    private final Set<String> shapes = new HashSet<>();
    private final Rules rules;

    private ClaimsLoader(String file, GeoMap map, Rules rules) {
        this.file = file;
        this.rules = rules;
        for (MapCountry c : map.countries()) {
            shapes.add(c.id());
            if (c.playable()) {
                states.add(c.id());
            }
        }
    }

    /** The scenario's claims (an empty list if it has none). */
    public static List<Claim> read(Scenario s, GeoMap map, Rules rules, String file) throws DataFileException {
        return new ClaimsLoader(file, map, rules).claims(s.claims, s.turns == null ? DEFAULT_MAX_TURNS : s.turns);
    }

    private List<Claim> claims(JsonElement value, int scenarioTurns) throws DataFileException {
        List<Claim> out = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            return out;
        }
        if (!value.isJsonArray()) {
            throw new DataFileException(file, "claims", "must be a list of claims [ { \"id\": ..., \"kind\": ... } ]");
        }
        JsonArray list = value.getAsJsonArray();
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < list.size(); k++) {
            Claim c = claim(new ClaimFields(list.get(k), file, "claims[" + k + "]"), scenarioTurns);
            if (!ids.add(c.id())) {
                throw new DataFileException(file, "claims[" + k + "].id", "'" + c.id() + "' is used by an earlier claim");
            }
            out.add(c);
        }
        return out;
    }

    private Claim claim(ClaimFields f, int scenarioTurns) throws DataFileException {
        String id = f.string("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw f.problem("id", "must be a short id of letters, digits and hyphens, got '" + id + "'");
        }
        f.string("text");
        String kind = f.string("kind");
        if (!KINDS.contains(kind)) {
            throw f.problem("kind", "'" + kind + "' is not a claim kind; use one of " + String.join(", ", KINDS));
        }
        Integer turnsGiven = f.optionalInteger("turns", 1, MAX_TURNS);
        int turns = turnsGiven != null ? turnsGiven : Math.min(scenarioTurns, DEFAULT_MAX_TURNS);
        Double required = f.optionalNumber("required", 0, 1);
        String open = f.optionalString("open");
        Map<Integer, List<Move>> orders = orders(f, turns);
        Map<String, Double> overrides = rules(f, "rules");
        Condition condition = condition(kind, f, turns);
        f.refuseUnknown();
        return new Claim(id, f.string("text"), condition, new ClaimSetup(turns, orders, overrides),
                required == null ? DEFAULT_REQUIRED : required, open);
    }

    private Condition condition(String kind, ClaimFields f, int turns) throws DataFileException {
        return switch (kind) {
            case "coalition-against" -> new CoalitionAgainst(state(f, "target"), f.integer("byTurn", 1, turns),
                    states(f, "includes", false), opt(f.optionalInteger("minMembers", 1, 200), 1));
            case "no-coalition-against" -> new NoCoalitionAgainst(state(f, "target"));
            case "no-war" -> new NoWar(states(f, "sideA", true), states(f, "sideB", true));
            case "war-won" -> new WarWon(state(f, "attacker"), state(f, "defender"), f.integer("withinTurns", 1, turns));
            case "figure-change" -> {
                String state = state(f, "state");
                String key = f.string("figure");
                Figure figure = Figure.parse(key);
                if (figure == null) {
                    throw f.problem("figure", "'" + key + "' is not a figure; use one of "
                            + String.join(", ", Arrays.stream(Figure.values()).map(Figure::key).toList()));
                }
                yield new FigureChange(state, figure, rise(f), f.number("by", 0, 1e9), f.optionalInteger("fromTurn", 0, turns),
                        f.optionalInteger("byTurn", 1, turns));
            }
            case "opinion-change" -> new OpinionChange(state(f, "of"), states(f, "by", true), rise(f),
                    f.number("points", 0, 200), f.optionalInteger("fromTurn", 0, turns), f.optionalInteger("byTurn", 1, turns));
            case "alliance-forms" -> new AllianceForms(states(f, "sideA", true), states(f, "sideB", true),
                    f.integer("byTurn", 1, turns), f.flag("orCoalition"));
            case "sanctions" -> new SanctionsImposed(state(f, "target"), f.integer("minSenders", 1, 500),
                    f.integer("byTurn", 1, turns), states(f, "includes", false), states(f, "excludes", false), f.flag("newOnly"));
            case "max-share" -> new MaxShare(f.number("below", 0, 1));
            case "share-above-more-often" -> {
                double share = f.number("share", 0, 1);
                if (!f.has("compareRules")) {
                    throw f.problem("compareRules", "is missing: the rules to compare with, e.g. { \"coalition.balancing\": 0 }");
                }
                yield new ShareAboveMoreOften(share, rules(f, "compareRules"), f.has("state") ? state(f, "state") : null);
            }
            case "event" -> new EventOccurs(f.string("eventKind"), optionalState(f, "actor"), optionalState(f, "target"),
                    f.optionalInteger("byTurn", 1, turns), f.flag("never"));
            default -> throw f.problem("kind", "'" + kind + "' is not a claim kind");
        };
    }

    private static int opt(Integer v, int fallback) {
        return v == null ? fallback : v;
    }

    private static boolean rise(ClaimFields f) throws DataFileException {
        return f.choice("change", List.of("rise", "fall")).equals("rise");
    }

    private String state(ClaimFields f, String key) throws DataFileException {
        String id = f.string(key);
        if (!states.contains(id)) {
            throw f.problem(key, "'" + id + "' is not a state on the map");
        }
        return id;
    }

    private String optionalState(ClaimFields f, String key) throws DataFileException {
        return f.has(key) ? state(f, key) : null;
    }

    private StateSet states(ClaimFields f, String key, boolean required) throws DataFileException {
        List<String> ids = f.optionalStrings(key);
        if (ids == null || ids.isEmpty()) {
            if (required) {
                throw f.problem(key, "is missing: list at least one state id (or \"" + StateSet.NUCLEAR + "\")");
            }
            return new StateSet(List.of());
        }
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            if (!id.equals(StateSet.NUCLEAR) && !states.contains(id)) {
                throw f.problem(key + "[" + k + "]", "'" + id + "' is not a state on the map (nor \"" + StateSet.NUCLEAR + "\")");
            }
        }
        return new StateSet(ids);
    }

    private Map<String, Double> rules(ClaimFields f, String key) throws DataFileException {
        Map<String, Double> out = new TreeMap<>();
        if (!f.has(key)) {
            return out;
        }
        JsonElement e = f.raw(key);
        if (!e.isJsonObject()) {
            throw f.problem(key, "must be an object of rules figures, e.g. { \"coalition.balancing\": 0 }");
        }
        for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
            String field = key + "." + x.getKey();
            JsonElement v = x.getValue();
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
                throw f.problem(field, "must be a number, got " + v);
            }
            String problem = RulesOverrides.problem(rules, x.getKey(), v.getAsDouble());
            if (problem != null) {
                throw f.problem(field, problem);
            }
            out.put(x.getKey(), v.getAsDouble());
        }
        return out;
    }

    /** Scripted orders: entries as in an orders file ({@link OrdersFile}), each turn within the claim's turns. */
    private Map<Integer, List<Move>> orders(ClaimFields f, int turns) throws DataFileException {
        Map<Integer, List<Move>> byTurn = new TreeMap<>();
        if (!f.has("orders")) {
            return byTurn;
        }
        JsonElement e = f.raw("orders");
        if (!e.isJsonArray()) {
            throw f.problem("orders", "must be a list of orders [ {\"turn\": 1, \"kind\": \"INVADE\", \"actor\": ..., \"target\": ...} ]");
        }
        JsonArray list = e.getAsJsonArray();
        for (int k = 0; k < list.size(); k++) {
            ClaimFields o = new ClaimFields(list.get(k), file, f.name("orders") + "[" + k + "]");
            for (String key : ((JsonObject) list.get(k)).keySet()) {
                if (!ORDER_KEYS.contains(key)) {
                    throw o.problem(key, "is not a field of an order; use " + String.join(", ", new java.util.TreeSet<>(ORDER_KEYS)));
                }
            }
            int turn = o.integer("turn", 1, turns);
            String kindName = o.string("kind");
            MoveKind kind;
            try {
                kind = MoveKind.valueOf(kindName);
            } catch (IllegalArgumentException ex) {
                throw o.problem("kind", "'" + kindName + "' is not a move; use one of " + Arrays.toString(MoveKind.values()));
            }
            String actor = state(o, "actor");
            String target = optionalState(o, "target");
            if (kind.needsOtherState() && target == null) {
                throw o.problem("target", "is missing: " + kind.name() + " needs a target state");
            }
            List<String> partners = new ArrayList<>();
            List<String> given = o.optionalStrings("partners");
            if (given != null) {
                for (int p = 0; p < given.size(); p++) {
                    if (!states.contains(given.get(p))) {
                        throw o.problem("partners[" + p + "]", "'" + given.get(p) + "' is not a state on the map");
                    }
                    partners.add(given.get(p));
                }
            }
            String territory = o.optionalString("territory");
            if (territory != null && !shapes.contains(territory)) {
                throw o.problem("territory", "'" + territory + "' is not a territory on the map");
            }
            Double amount = o.optionalNumber("amount", -1e9, 1e9);
            Integer subject = o.optionalInteger("subject", 0, Integer.MAX_VALUE);
            byTurn.computeIfAbsent(turn, t -> new ArrayList<>()).add(new Move(kind, actor, target, partners, territory,
                    amount == null ? 0 : amount, subject == null ? 0 : subject));
        }
        return byTurn;
    }
}
