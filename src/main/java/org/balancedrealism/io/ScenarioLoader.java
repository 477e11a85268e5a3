package org.balancedrealism.io;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file and checks it against the map and the rules: a bad file is refused with a message naming
 * the file, the field and the problem, never half loaded.
 */
public final class ScenarioLoader {
    public static final int FORMAT = 1;
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern ACT_KIND = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Set<Integer> TURN_LENGTHS = Set.of(1, 3, 6, 12);
    /** Top-level sections read by other classes (the claims checker): accepted here without looking inside. */
    static final Set<String> SECTIONS_READ_ELSEWHERE = Set.of("claims");

    private ScenarioLoader() {
    }

    /** The largest scenario file read: the largest shipped one is about 120 KB, so this leaves room to grow. */
    public static final long MAX_BYTES = 4L << 20;

    /** Reads a scenario shipped with the game, e.g. "scenarios/modern-world.json". */
    public static Scenario readAsset(String path) throws DataFileException {
        InputStream in = ScenarioLoader.class.getResourceAsStream("/assets/" + path);
        if (in == null) {
            throw new DataFileException(path, null, "no such file among the game's assets");
        }
        return withBase(in, fileName(path), null);
    }

    /** Reads a scenario file from disk. */
    public static Scenario readFile(Path path) throws DataFileException {
        String name = path.getFileName().toString();
        try {
            return withBase(Files.newInputStream(path), name, path.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            throw new DataFileException(path.toString(), null, "no such file");
        } catch (IOException e) {
            throw new DataFileException(name, null, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a scenario that may name a base scenario ({@code "base": "modern-world"}) and give only what differs:
     * its top-level keys replace the base's (objects merge key by key, as for partial rules files; lists replace
     * whole). The base is a file beside a scenario on disk ({@code modern-world.json}) or a shipped scenario, and
     * may itself have a base.
     */
    private static Scenario withBase(InputStream in, String file, Path folder) throws DataFileException {
        byte[] bytes = JsonTree.bytes(in, MAX_BYTES, file, "a scenario");
        com.google.gson.JsonElement tree = JsonTree.parse(JsonTree.text(bytes, file), file, Json.MAX_DEPTH);
        if (tree.isJsonObject() && tree.getAsJsonObject().has(ScenarioRules.BASE)) {
            tree = resolvedBase(tree.getAsJsonObject(), file, folder, new HashSet<>(Set.of(file)));
            bytes = tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return Json.readStrict(new java.io.ByteArrayInputStream(bytes), Scenario.class, file, SECTIONS_READ_ELSEWHERE,
                MAX_BYTES, "a scenario");
    }

    /** {@code top} written over the scenario its {@code base} names (itself read with its own base). */
    private static com.google.gson.JsonObject resolvedBase(com.google.gson.JsonObject top, String file, Path folder,
                                                          Set<String> chain) throws DataFileException {
        com.google.gson.JsonElement base = top.remove(ScenarioRules.BASE);
        if (base == null) {
            return top;
        }
        if (!base.isJsonPrimitive() || !base.getAsJsonPrimitive().isString() || base.getAsString().isBlank()) {
            throw new DataFileException(file, ScenarioRules.BASE, "must name a scenario, e.g. \"modern-world\"");
        }
        String baseFile = base.getAsString() + ".json";
        if (!chain.add(baseFile)) {
            throw new DataFileException(file, ScenarioRules.BASE, "'" + base.getAsString() + "' "
                    + (baseFile.equals(file) ? "is this scenario itself" : "leads back to this scenario")
                    + "; name another scenario");
        }
        Path beside = folder == null ? null : folder.resolve(baseFile);
        InputStream in;
        try {
            in = beside != null && Files.isRegularFile(beside) ? Files.newInputStream(beside)
                    : ScenarioLoader.class.getResourceAsStream("/assets/scenarios/" + baseFile);
        } catch (IOException e) {
            throw new DataFileException(baseFile, null, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (in == null) {
            throw new DataFileException(file, ScenarioRules.BASE, "'" + base.getAsString() + "' is "
                    + (folder == null ? "" : "neither a file beside it nor ") + "a scenario of the game");
        }
        com.google.gson.JsonElement under = JsonTree.parse(JsonTree.text(JsonTree.bytes(in, MAX_BYTES, baseFile,
                "a scenario"), baseFile), baseFile, Json.MAX_DEPTH);
        if (!under.isJsonObject()) {
            throw new DataFileException(baseFile, null, "is not a scenario (a JSON object is expected)");
        }
        com.google.gson.JsonObject merged = resolvedBase(under.getAsJsonObject(), baseFile, folder, chain);
        ScenarioRules.overlay(merged, top);
        return merged;
    }

    /** What a scripted event and a prepared inject share: text, visibility, effects and the act. */
    private static void eventBody(String file, String f, String text, String visibility, List<Scenario.EffectSpec> effects,
                                  Scenario.ActSpec act, Set<String> states) throws DataFileException {
        require(file, f + ".text", text);
        if (visibility != null && !List.of("all", "parties").contains(visibility)) {
            throw new DataFileException(file, f + ".visibility", "must be all or parties, got '" + visibility + "'");
        }
        for (int m = 0; m < effects.size(); m++) {
            Scenario.EffectSpec fx = effects.get(m);
            state(file, f + ".effects[" + m + "].nation", fx.nation, states);
            String ef = f + ".effects[" + m + "]";
            if (!oneOf(fx.field, "gdp", "military", "stability", "softPower", "treasury", "nationalism", "nuclear")) {
                throw new DataFileException(file, ef + ".field",
                        "must be gdp, military, stability, softPower, treasury, nationalism or nuclear, got '" + fx.field + "'");
            }
            if ((fx.add == null) == (fx.multiply == null)) {
                throw new DataFileException(file, ef, fx.add == null ? "needs add or multiply (exactly one of them)"
                        : "gives both add and multiply; give exactly one of them");
            }
            range(file, ef + ".multiply", fx.multiply, 0, 100);
            if (fx.multiply != null && fx.multiply == 0) {
                throw new DataFileException(file, ef + ".multiply", "must be above 0 (to remove a figure, use add)");
            }
            range(file, ef + ".add", fx.add, -1e6, 1e6);
        }
        if (act != null) {
            state(file, f + ".act.actor", act.actor, states);
            if (act.victim != null) {
                state(file, f + ".act.victim", act.victim, states);
                if (act.victim.equals(act.actor)) {
                    throw new DataFileException(file, f + ".act.victim", "is the actor '" + act.actor + "' itself");
                }
            }
            if (act.severity == null) {
                throw new DataFileException(file, f + ".act.severity", "is missing");
            }
            if (!(act.severity > 0 && act.severity <= 100)) {
                throw new DataFileException(file, f + ".act.severity",
                        "must be above 0 and at most 100 (the rules' scale: regime change 40, puppet 15, ultimatum 5), got "
                                + act.severity);
            }
            require(file, f + ".act.kind", act.kind);
            if (!ACT_KIND.matcher(act.kind).matches()) {
                throw new DataFileException(file, f + ".act.kind",
                        "must be lower-case words joined by hyphens (regime-change, blockade), got '" + act.kind + "'");
            }
            if ("parties".equals(visibility)) {
                throw new DataFileException(file, f + ".visibility",
                        "must be all for an event with an act: everyone remembers an aggressive act");
            }
        }
    }

    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Checks every field; throws at the first problem. */
    public static void validate(Scenario s, GeoMap map, Rules rules, String file) throws DataFileException {
        Set<String> states = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (MapCountry c : map.countries()) {
            shapes.add(c.id());
            if (c.playable()) {
                states.add(c.id());
            }
        }
        if (s.format == null) {
            throw new DataFileException(file, "format", "is missing (this game reads format " + FORMAT + ")");
        }
        if (s.format > FORMAT) {
            throw new DataFileException(file, "format", "is " + s.format + ", newer than this game understands (" + FORMAT
                    + "): update the game");
        }
        require(file, "id", s.id);
        require(file, "title", s.title);
        require(file, "startDate", s.startDate);
        if (!DATE.matcher(s.startDate).matches()) {
            throw new DataFileException(file, "startDate", "must be YYYY-MM, got '" + s.startDate + "'");
        }
        if (s.monthsPerTurn == null || !TURN_LENGTHS.contains(s.monthsPerTurn)) {
            throw new DataFileException(file, "monthsPerTurn", "must be 1, 3, 6 or 12, got " + s.monthsPerTurn);
        }
        if (s.turns == null || s.turns < 1 || s.turns > 2000) {
            throw new DataFileException(file, "turns", "must be between 1 and 2000, got " + s.turns);
        }
        if (s.defaultDoctrine != null && !rules.doctrines.containsKey(s.defaultDoctrine)) {
            throw new DataFileException(file, "defaultDoctrine", unknownDoctrine(s.defaultDoctrine, rules));
        }
        if (s.translations == null) {
            s.translations = new java.util.LinkedHashMap<>();
        }
        for (var t : s.translations.entrySet()) {
            if (!t.getKey().matches("[a-z]{2}")) {
                throw new DataFileException(file, "translations." + t.getKey(),
                        "is not a two-letter language code such as fr");
            }
            Scenario.Translation tr = t.getValue();
            if (tr == null || (isBlank(tr.title) && isBlank(tr.summary) && isEmpty(tr.events) && isEmpty(tr.objectives)
                    && isEmpty(tr.wars) && isEmpty(tr.injectTitles) && isEmpty(tr.injectTexts))) {
                throw new DataFileException(file, "translations." + t.getKey(), "needs a title, a summary or some texts");
            }
            // texts for ids this scenario lacks are no error: a scenario built on another inherits its translations
            noBlankTexts(file, "translations." + t.getKey() + ".events", tr.events);
            noBlankTexts(file, "translations." + t.getKey() + ".objectives", tr.objectives);
            noBlankTexts(file, "translations." + t.getKey() + ".wars", tr.wars);
            noBlankTexts(file, "translations." + t.getKey() + ".injectTitles", tr.injectTitles);
            noBlankTexts(file, "translations." + t.getKey() + ".injectTexts", tr.injectTexts);
        }
        if (s.difficulty != null && !oneOf(s.difficulty, "easy", "normal", "hard")) {
            throw new DataFileException(file, "difficulty", "must be easy, normal or hard, got '" + s.difficulty + "'");
        }
        Set<String> seen = new HashSet<>();
        double cincTotal = 0;
        for (int k = 0; k < s.nations.size(); k++) {
            Scenario.NationSpec n = s.nations.get(k);
            String f = "nations[" + k + "]";
            if (n == null) {
                throw new DataFileException(file, f, "is empty");
            }
            state(file, f + ".id", n.id, states);
            if (!seen.add(n.id)) {
                throw new DataFileException(file, f + ".id", "'" + n.id + "' is listed twice");
            }
            positive(file, f + ".gdp", n.gdp);
            positive(file, f + ".population", n.population);
            range(file, f + ".gdp", n.gdp, 0, 1e6);
            range(file, f + ".population", n.population, 0, 1e5);
            range(file, f + ".treasury", n.treasury, -1e6, 1e6);
            if (n.milex != null && n.milexShare != null) {
                throw new DataFileException(file, f + ".milex", "give milex or milexShare, not both");
            }
            if (n.milex != null && n.gdp != null && n.milex > 0.5 * n.gdp) {
                throw new DataFileException(file, f + ".milex", "is more than half of the state's GDP (" + n.gdp + ")");
            }
            range(file, f + ".milexShare", n.milexShare, 0, 0.5);
            range(file, f + ".investShare", n.investShare, 0, 0.3);
            range(file, f + ".milex", n.milex, 0, 1e5);
            range(file, f + ".military", n.military, 0, 1e6);
            range(file, f + ".softPower", n.softPower, 0, 100);
            range(file, f + ".stability", n.stability, 0, 100);
            range(file, f + ".nationalism", n.nationalism, 0, 1);
            range(file, f + ".reach", n.reach, 0.5, 6);
            range(file, f + ".quality", n.quality, 0.1, 5);
            range(file, f + ".cinc", n.cinc, 0, 1);
            cincTotal += n.cinc == null ? 0 : n.cinc;
            if (n.nuclear != null && (n.nuclear < 0 || n.nuclear > 3)) {
                throw new DataFileException(file, f + ".nuclear", "must be 0, 1, 2 or 3, got " + n.nuclear);
            }
            if (n.regime != null && Regime.parse(n.regime) == null) {
                throw new DataFileException(file, f + ".regime", "must be democracy, hybrid or autocracy, got '" + n.regime + "'");
            }
            if (n.doctrine != null && !rules.doctrines.containsKey(n.doctrine)) {
                throw new DataFileException(file, f + ".doctrine", unknownDoctrine(n.doctrine, rules));
            }
        }
        if (cincTotal > 1.0001) {
            throw new DataFileException(file, "nations", "the cinc shares add up to " + Math.round(cincTotal * 1000) / 1000.0
                    + "; as shares of world power they must not exceed 1");
        }
        Set<String> given = new HashSet<>();
        for (int k = 0; k < s.territories.size(); k++) {
            Scenario.TerritorySpec t = s.territories.get(k);
            state(file, "territories[" + k + "].territory", t.territory, shapes);
            if (!given.add(t.territory)) {
                throw new DataFileException(file, "territories[" + k + "].territory", "'" + t.territory + "' is listed twice");
            }
            state(file, "territories[" + k + "].owner", t.owner, states);
        }
        Set<String> blocIds = new HashSet<>();
        for (int k = 0; k < s.blocs.size(); k++) {
            Scenario.BlocSpec b = s.blocs.get(k);
            String f = "blocs[" + k + "]";
            require(file, f + ".id", b.id);
            once(file, f + ".id", blocIds, b.id, "bloc id '" + b.id + "'");
            if (!oneOf(b.type, "alliance", "trade", "institution")) {
                throw new DataFileException(file, f + ".type", b.type == null ? "is missing; must be alliance, trade or institution"
                        : "must be alliance, trade or institution, got '" + b.type + "'");
            }
            Set<String> members = new HashSet<>();
            for (int m = 0; m < b.members.size(); m++) {
                state(file, f + ".members[" + m + "]", b.members.get(m), states);
                once(file, f + ".members[" + m + "]", members, b.members.get(m), "member '" + b.members.get(m) + "'");
            }
        }
        Set<String> treaties = new HashSet<>();
        for (int k = 0; k < s.treaties.size(); k++) {
            Scenario.TreatySpec t = s.treaties.get(k);
            String f = "treaties[" + k + "]";
            if (TreatyType.parse(t.type) == null) {
                throw new DataFileException(file, f + ".type", (t.type == null ? "is missing; must be " : "must be ")
                        + "alliance, non-aggression, trade, arms-control, guarantee or institution"
                        + (t.type == null ? "" : ", got '" + t.type + "'"));
            }
            pair(file, f, t.a, t.b, states);
            String key = TreatyType.parse(t.type) + " " + (t.a.compareTo(t.b) < 0 ? t.a + "-" + t.b : t.b + "-" + t.a);
            once(file, f, treaties, key, "the " + t.type + " treaty between " + t.a + " and " + t.b);
        }
        Set<String> sanctions = new HashSet<>();
        for (int k = 0; k < s.sanctions.size(); k++) {
            Scenario.SanctionSpec t = s.sanctions.get(k);
            pair(file, "sanctions[" + k + "]", t.sender, t.target, states);
            once(file, "sanctions[" + k + "]", sanctions, t.sender + ">" + t.target,
                    "the sanctions of " + t.sender + " on " + t.target);
        }
        for (int k = 0; k < s.wars.size(); k++) {
            Scenario.WarSpec war = s.wars.get(k);
            String f = "wars[" + k + "]";
            if (war.attackers.isEmpty() || war.defenders.isEmpty()) {
                throw new DataFileException(file, f, "needs at least one attacker and one defender");
            }
            for (int m = 0; m < war.attackers.size(); m++) {
                state(file, f + ".attackers[" + m + "]", war.attackers.get(m), states);
            }
            for (int m = 0; m < war.defenders.size(); m++) {
                state(file, f + ".defenders[" + m + "]", war.defenders.get(m), states);
            }
            for (String a : war.attackers) {
                if (war.defenders.contains(a)) {
                    throw new DataFileException(file, f + ".defenders", "'" + a + "' is on both sides of the war");
                }
            }
            for (int m = 0; m < war.aims.size(); m++) {
                state(file, f + ".aims[" + m + "]", war.aims.get(m), shapes);
            }
            range(file, f + ".warscore", war.warscore, -100, 100);
        }
        Set<String> relations = new HashSet<>();
        for (int k = 0; k < s.relations.size(); k++) {
            Scenario.RelationSpec r = s.relations.get(k);
            String f = "relations[" + k + "]";
            pair(file, f, r.a, r.b, states);
            once(file, f, relations, r.a + ">" + r.b, "the relation of " + r.a + " toward " + r.b);
            range(file, f + ".opinion", r.opinion, -100, 100);
            range(file, f + ".hostility", r.hostility, 0, 1000);
            range(file, f + ".trust", r.trust, 0, 1);
        }
        Set<String> eventIds = new HashSet<>();
        for (int k = 0; k < s.events.size(); k++) {
            Scenario.EventSpec e = s.events.get(k);
            String f = "events[" + k + "]";
            if (e.id != null) {
                once(file, f + ".id", eventIds, e.id, "event id '" + e.id + "'");
            }
            if (e.turn == null && e.date == null) {
                throw new DataFileException(file, f, "needs a turn or a date");
            }
            if (e.turn != null && e.date != null) {
                throw new DataFileException(file, f + ".date", "give a turn or a date, not both");
            }
            if (e.turn != null && (e.turn < 1 || e.turn > s.turns)) {
                throw new DataFileException(file, f + ".turn", "must be from 1 to " + s.turns
                        + " (the scenario's turns), got " + e.turn);
            }
            if (e.date != null && !DATE.matcher(e.date).matches()) {
                throw new DataFileException(file, f + ".date", "must be YYYY-MM, got '" + e.date + "'");
            }
            eventBody(file, f, e.text, e.visibility, e.effects, e.act, states);
        }
        Set<String> injectIds = new HashSet<>();
        for (int k = 0; k < s.injects.size(); k++) {
            Scenario.InjectSpec in = s.injects.get(k);
            String f = "injects[" + k + "]";
            require(file, f + ".id", in.id);
            if (!injectIds.add(in.id)) {
                throw new DataFileException(file, f + ".id", "repeats the id '" + in.id + "'");
            }
            require(file, f + ".title", in.title);
            if (!org.balancedrealism.model.Inject.CATEGORIES.contains(in.category)) {
                throw new DataFileException(file, f + ".category", "must be news, intelligence or crisis, got '"
                        + in.category + "'");
            }
            for (int m = 0; m < in.audience.size(); m++) {
                state(file, f + ".audience[" + m + "]", in.audience.get(m), states);
            }
            eventBody(file, f, in.text, in.visibility, in.effects, in.act, states);
        }
        Set<String> objectiveIds = new HashSet<>();
        for (int k = 0; k < s.objectives.size(); k++) {
            Scenario.ObjectiveSpec o = s.objectives.get(k);
            String f = "objectives[" + k + "]";
            state(file, f + ".nation", o.nation, states);
            require(file, f + ".text", o.text);
            if (o.id != null) {
                once(file, f + ".id", objectiveIds, o.id, "objective id '" + o.id + "'");
            }
            if (!oneOf(o.type, "power-share", "contain", "survive")) {
                throw new DataFileException(file, f + ".type", o.type == null ? "is missing; must be power-share, contain or survive"
                        : "must be power-share, contain or survive, got '" + o.type + "'");
            }
            if ("contain".equals(o.type)) {
                state(file, f + ".target", o.target, states);
            }
        }
        ClaimsLoader.read(s, map, rules, file);
        // last, so that a copy of a scenario under another name is told about its other problems first
        String base = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : null;
        if (base != null && !base.equals(s.id)) {
            throw new DataFileException(file, "id", "is '" + s.id + "' but the file is named " + file
                    + "; the id must be the file name without .json (rename the file or change the id)");
        }
    }

    /** True if {@code value} is one of {@code options} (false for a missing value). */
    private static boolean oneOf(String value, String... options) {
        return value != null && List.of(options).contains(value);
    }

    /** Refuses the second appearance of {@code key}: duplicates would count twice or contradict each other. */
    private static void once(String file, String field, Set<String> seen, String key, String what) throws DataFileException {
        if (!seen.add(key)) {
            throw new DataFileException(file, field, what + " is listed twice");
        }
    }

    private static String unknownDoctrine(String id, Rules rules) {
        return "'" + id + "' is not a doctrine; use one of " + String.join(", ", rules.doctrines.keySet());
    }

    private static void require(String file, String field, String value) throws DataFileException {
        if (value == null || value.isBlank()) {
            throw new DataFileException(file, field, "is missing");
        }
    }

    private static void state(String file, String field, String id, Set<String> known) throws DataFileException {
        require(file, field, id);
        if (!known.contains(id)) {
            throw new DataFileException(file, field, "'" + id + "' is not a state on the map");
        }
    }

    private static void pair(String file, String field, String a, String b, Set<String> known) throws DataFileException {
        state(file, field + ".a", a, known);
        state(file, field + ".b", b, known);
        if (a.equals(b)) {
            throw new DataFileException(file, field, "names '" + a + "' on both sides");
        }
    }

    private static void positive(String file, String field, Double v) throws DataFileException {
        if (v != null && !(v > 0)) {
            throw new DataFileException(file, field, "must be a number above 0, got " + v);
        }
    }

    private static void range(String file, String field, Double v, double lo, double hi) throws DataFileException {
        if (v != null && !(v >= lo && v <= hi)) {
            throw new DataFileException(file, field, "must be between " + lo + " and " + hi + ", got " + v);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isEmpty(java.util.Map<String, String> m) {
        return m == null || m.isEmpty();
    }

    /** A translated text, when given, says something. */
    private static void noBlankTexts(String file, String field, java.util.Map<String, String> texts) throws DataFileException {
        if (texts == null) {
            return;
        }
        for (var e : texts.entrySet()) {
            if (isBlank(e.getValue())) {
                throw new DataFileException(file, field + "." + e.getKey(), "is empty: give the text or leave the entry out");
            }
        }
    }
}
