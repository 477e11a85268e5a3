package org.balancedrealism.io;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;

import java.io.IOException;
import java.io.Reader;
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

    /** Reads a scenario shipped with the game, e.g. "scenarios/modern-world.json". */
    public static Scenario readAsset(String path) throws DataFileException {
        try (Reader r = Json.openAsset(path)) {
            return Json.parseStrict(r, Scenario.class, fileName(path), SECTIONS_READ_ELSEWHERE);
        } catch (IOException e) {
            throw new DataFileException(path, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a scenario file from disk. */
    public static Scenario readFile(Path path) throws DataFileException {
        try (Reader r = Json.openFile(path)) {
            return Json.parseStrict(r, Scenario.class, path.getFileName().toString(), SECTIONS_READ_ELSEWHERE);
        } catch (IOException e) {
            throw new DataFileException(path.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
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
            if (!List.of("gdp", "military", "stability", "softPower", "treasury", "nationalism", "nuclear").contains(fx.field)) {
                throw new DataFileException(file, f + ".effects[" + m + "].field",
                        "must be gdp, military, stability, softPower, treasury, nationalism or nuclear, got '" + fx.field + "'");
            }
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
        if (s.difficulty != null && !List.of("easy", "normal", "hard").contains(s.difficulty)) {
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
        for (int k = 0; k < s.territories.size(); k++) {
            Scenario.TerritorySpec t = s.territories.get(k);
            state(file, "territories[" + k + "].territory", t.territory, shapes);
            state(file, "territories[" + k + "].owner", t.owner, states);
        }
        for (int k = 0; k < s.blocs.size(); k++) {
            Scenario.BlocSpec b = s.blocs.get(k);
            String f = "blocs[" + k + "]";
            require(file, f + ".id", b.id);
            if (!List.of("alliance", "trade", "institution").contains(b.type)) {
                throw new DataFileException(file, f + ".type", "must be alliance, trade or institution, got '" + b.type + "'");
            }
            for (int m = 0; m < b.members.size(); m++) {
                state(file, f + ".members[" + m + "]", b.members.get(m), states);
            }
        }
        for (int k = 0; k < s.treaties.size(); k++) {
            Scenario.TreatySpec t = s.treaties.get(k);
            String f = "treaties[" + k + "]";
            if (TreatyType.parse(t.type) == null) {
                throw new DataFileException(file, f + ".type",
                        "must be alliance, non-aggression, trade, arms-control, guarantee or institution, got '" + t.type + "'");
            }
            pair(file, f, t.a, t.b, states);
        }
        for (int k = 0; k < s.sanctions.size(); k++) {
            Scenario.SanctionSpec t = s.sanctions.get(k);
            pair(file, "sanctions[" + k + "]", t.sender, t.target, states);
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
            for (int m = 0; m < war.aims.size(); m++) {
                state(file, f + ".aims[" + m + "]", war.aims.get(m), shapes);
            }
            range(file, f + ".warscore", war.warscore, -100, 100);
        }
        for (int k = 0; k < s.relations.size(); k++) {
            Scenario.RelationSpec r = s.relations.get(k);
            String f = "relations[" + k + "]";
            pair(file, f, r.a, r.b, states);
            range(file, f + ".opinion", r.opinion, -100, 100);
            range(file, f + ".hostility", r.hostility, 0, 1000);
            range(file, f + ".trust", r.trust, 0, 1);
        }
        for (int k = 0; k < s.events.size(); k++) {
            Scenario.EventSpec e = s.events.get(k);
            String f = "events[" + k + "]";
            if (e.turn == null && e.date == null) {
                throw new DataFileException(file, f, "needs a turn or a date");
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
        for (int k = 0; k < s.objectives.size(); k++) {
            Scenario.ObjectiveSpec o = s.objectives.get(k);
            String f = "objectives[" + k + "]";
            state(file, f + ".nation", o.nation, states);
            require(file, f + ".text", o.text);
            if (!List.of("power-share", "contain", "survive").contains(o.type)) {
                throw new DataFileException(file, f + ".type", "must be power-share, contain or survive, got '" + o.type + "'");
            }
            if ("contain".equals(o.type)) {
                state(file, f + ".target", o.target, states);
            }
        }
        ClaimsLoader.read(s, map, rules, file);
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
}
