package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.phase.ScorePhase;
import org.balancedrealism.model.GameRandom;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Objective;
import org.balancedrealism.model.PairTable;
import org.balancedrealism.model.Regime;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.MapGraph;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.model.Sanction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the world at turn 0 from a map, a (validated) scenario, the rules and a seed. Every playable state of the
 * map is in play; the scenario's figures override the map's.
 */
public final class WorldFactory {
    private static final Map<GeoMap, Geography> GEOGRAPHIES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private WorldFactory() {
    }

    /** The graph of a map, computed once per map and shared. */
    public static Geography geography(GeoMap map) {
        return GEOGRAPHIES.computeIfAbsent(map, WorldFactory::buildGeography);
    }

    private static List<MapCountry> shapesInOrder(GeoMap map) {
        List<MapCountry> shapes = new ArrayList<>(map.countries());
        shapes.sort(Comparator.comparing(MapCountry::id));
        return shapes;
    }

    private static Geography buildGeography(GeoMap map) {
        return MapGraph.geography(shapesInOrder(map), map.seaLinks());
    }

    public static World create(GeoMap map, Scenario s, Rules rules, long seed) {
        World w = new World();
        w.scenarioId = s.id;
        w.title = s.title;
        w.startDate = s.startDate;
        w.monthsPerTurn = s.monthsPerTurn;
        w.maxTurns = s.turns;
        w.seed = seed;
        w.random = new GameRandom(seed);
        w.rules = rules;
        w.geography = geography(map);

        List<MapCountry> shapes = shapesInOrder(map);
        List<MapCountry> playable = new ArrayList<>();
        for (MapCountry c : shapes) {
            if (c.playable()) {
                playable.add(c);
            }
        }
        Map<String, Scenario.NationSpec> specs = new HashMap<>();
        for (Scenario.NationSpec n : s.nations) {
            specs.put(n.id, n);
        }
        int n = playable.size();
        w.nations = new Nation[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(playable.get(i).id(), i);
        }
        Map<String, String> owners = new HashMap<>();
        for (Scenario.TerritorySpec t : s.territories) {
            owners.put(t.territory, t.owner);
        }
        w.territories = new Territory[shapes.size()];
        double[] mapGdp = new double[n];
        double[] mapPop = new double[n];
        for (int t = 0; t < shapes.size(); t++) {
            MapCountry c = shapes.get(t);
            int owner = index.get(owners.getOrDefault(c.id(), c.sovereign()));
            int core = c.playable() ? index.get(c.id()) : -1;
            w.territories[t] = new Territory(c.id(), owner, core, c.population(), Math.max(0.01, c.gdpBn()));
            mapGdp[owner] += c.gdpBn();
            mapPop[owner] += c.population();
        }
        for (int i = 0; i < n; i++) {
            w.nations[i] = nation(playable.get(i), specs.get(playable.get(i).id()), s, rules, mapGdp[i], mapPop[i]);
        }
        absorbed(w);
        w.opinion = new PairTable(n, 0);
        w.trust = new PairTable(n, rules.start.trust);
        w.memory = new PairTable(n, 0);
        for (int i = 0; i < n; i++) {
            w.trust.set(i, i, 1);
            for (int j = 0; j < n; j++) {
                if (i != j && w.nations[i].regime == Regime.DEMOCRACY && w.nations[j].regime == Regime.DEMOCRACY) {
                    w.trust.set(i, j, rules.start.trust + rules.diplomacy.trustDemocracies);
                }
            }
        }
        treaties(w, s, index);
        for (Scenario.SanctionSpec x : s.sanctions) {
            w.sanctions.add(new Sanction(index.get(x.sender), index.get(x.target), Boolean.TRUE.equals(x.multilateral), 0));
        }
        // the scenario's own texts in the player's language where it gives them (a game keeps the language it began in)
        Scenario.Translation tr = Texts.english() || s.translations == null ? null : s.translations.get(Texts.locale().getLanguage());
        for (Scenario.WarSpec x : s.wars) {
            War war = new War();
            war.id = w.nextId();
            war.name = x.name != null ? (tr == null ? x.name : Scenario.Translation.or(tr.wars, x.name, x.name))
                    : x.attackers.get(0) + "–" + x.defenders.get(0) + " war";
            x.attackers.forEach(id -> war.attackers.add(index.get(id)));
            x.defenders.forEach(id -> war.defenders.add(index.get(id)));
            war.aims.addAll(x.aims.isEmpty() ? List.of(x.defenders.get(0)) : x.aims);
            war.warscore = x.warscore == null ? 0 : x.warscore;
            war.existential = war.aims.contains(x.defenders.get(0));
            w.wars.add(war);
        }
        // an entry says how a sees b; it applies both ways unless the reverse pair is listed too
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Scenario.RelationSpec r : s.relations) {
            listed.add(r.a + ">" + r.b);
        }
        List<int[]> opinionsSet = new ArrayList<>();
        for (Scenario.RelationSpec r : s.relations) {
            int a = index.get(r.a);
            int b = index.get(r.b);
            relation(w, a, b, r);
            if (r.opinion != null) {
                opinionsSet.add(new int[]{a, b});
            }
            if (!listed.contains(r.b + ">" + r.a)) {
                relation(w, b, a, r);
                if (r.opinion != null) {
                    opinionsSet.add(new int[]{b, a});
                }
            }
        }
        for (Scenario.EventSpec e : s.events) {
            int turn = e.turn != null ? e.turn : turnOf(s.startDate, e.date, s.monthsPerTurn);
            String text = tr == null ? e.text : Scenario.Translation.or(tr.events, e.id, e.text);
            w.scripts.add(scriptedEvent(e.id == null ? "event-" + w.scripts.size() : e.id, turn, text, e.visibility,
                    e.audience, e.effects, e.act));
        }
        for (Scenario.ObjectiveSpec o : s.objectives) {
            String text = tr == null ? o.text : Scenario.Translation.or(tr.objectives, o.id, o.text);
            w.objectives.add(new Objective(o.nation, o.id == null ? o.nation + "-" + w.objectives.size() : o.id, text,
                    o.type, o.threshold == null ? 0 : o.threshold, o.noCoalitionTurns == null ? 0 : o.noCoalitionTurns,
                    o.target, Boolean.TRUE.equals(o.withoutWar)));
        }
        Perception.refresh(w);
        Map<Integer, Double> cinc = new HashMap<>();
        for (Scenario.NationSpec spec : s.nations) {
            if (spec.cinc != null) {
                cinc.put(index.get(spec.id), spec.cinc);
            }
        }
        if (!cinc.isEmpty()) {
            PowerCalibration.calibrate(w, cinc);
            Perception.refresh(w);
        }
        for (int i = 0; i < n; i++) {
            Nation x = w.nations[i];
            if (specs.get(x.id) == null || specs.get(x.id).reach == null) {
                Rules.StartDefaults d = rules.start;
                x.reach = Math.max(d.minReach, Math.min(d.maxReach, d.minReach + d.reachPerPowerShare * w.derived.power[i]));
            }
        }
        Perception.refresh(w);
        // the world remembers the wars already under way
        for (War war : w.wars) {
            Hostility.record(w, war.attackerLeader(), war.defenderLeader(), rules.hostility.unprovokedWar);
            Events.all(w, EventKind.ACT_WAR, war.attackerLeader(), war.defenderLeader(), Sentence.of("event.warUnderWay", war.name),
                    Sentence.of("why.scenarioWar"));
        }
        Perception.refresh(w);
        Alignments.run(w);
        Trust.anchor(w, opinionsSet);
        for (int i = 0; i < n; i++) {
            Nation x = w.nations[i];
            x.startGdp = x.gdp;
            x.startPower = w.derived.power[i];
            x.startTerritories = w.territoriesOf(i);
            x.actionPoints = ScorePhase.actionPoints(w, i);
        }
        return w;
    }

    /**
     * States the scenario left without territory start absorbed, as a conquered state ends (Wars): a historical
     * scenario hands the shapes of later states to their predecessor (Ukraine's to the USSR in 1947).
     */
    private static void absorbed(World w) {
        for (int i = 0; i < w.nations.length; i++) {
            if (w.territoriesOf(i) == 0) {
                Nation x = w.nations[i];
                x.alive = false;
                x.gdp = 0;
                x.population = 0;
                x.military = 0;
            }
        }
    }

    /** Sets how {@code a} sees {@code b}. */
    private static void relation(World w, int a, int b, Scenario.RelationSpec r) {
        if (r.opinion != null) {
            w.opinion.set(a, b, r.opinion);
        }
        if (r.hostility != null) {
            w.memory.set(b, a, r.hostility);
        }
        if (r.trust != null) {
            w.trust.set(a, b, r.trust);
        }
    }

    /** Turn on which a dated event fires. */
    static int turnOf(String start, String date, int monthsPerTurn) {
        int months = (Integer.parseInt(date.substring(0, 4)) - Integer.parseInt(start.substring(0, 4))) * 12
                + Integer.parseInt(date.substring(5, 7)) - Integer.parseInt(start.substring(5, 7));
        return Math.max(1, months / monthsPerTurn + 1);
    }

    private static Nation nation(MapCountry c, Scenario.NationSpec spec, Scenario s, Rules rules, double mapGdp, double mapPop) {
        Nation x = new Nation();
        x.id = c.id();
        x.name = spec != null && spec.name != null ? spec.name : c.name();
        x.region = c.region();
        x.subregion = c.subregion();
        x.gdp = spec != null && spec.gdp != null ? spec.gdp : Math.max(0.05, mapGdp);
        x.population = spec != null && spec.population != null ? spec.population : Math.max(0.001, mapPop);
        x.milexShare = spec != null && spec.milexShare != null ? spec.milexShare
                : spec != null && spec.milex != null ? spec.milex / x.gdp : c.milexShare();
        x.military = spec != null && spec.military != null ? spec.military
                : x.milexShare * x.gdp / rules.growth.militaryDepreciation;
        x.nuclear = spec != null && spec.nuclear != null ? spec.nuclear : c.nuclear();
        x.regime = spec != null && spec.regime != null ? Regime.parse(spec.regime) : Regime.HYBRID;
        x.softPower = spec != null && spec.softPower != null ? spec.softPower : rules.start.softPower;
        x.stability = spec != null && spec.stability != null ? spec.stability : rules.start.stability;
        x.nationalism = spec != null && spec.nationalism != null ? spec.nationalism : rules.start.nationalism;
        x.doctrine = spec != null && spec.doctrine != null ? spec.doctrine
                : s.defaultDoctrine != null ? s.defaultDoctrine : "balanced-realist";
        x.reach = spec != null && spec.reach != null ? spec.reach : rules.start.minReach;
        x.treasury = spec != null && spec.treasury != null ? spec.treasury : rules.start.treasuryShare * x.gdp;
        x.quality = spec != null && spec.quality != null ? spec.quality : 1;
        x.investShare = spec != null && spec.investShare != null ? spec.investShare : rules.start.investShare;
        x.growth = rules.growth.base;
        return x;
    }

    private static void treaties(World w, Scenario s, Map<String, Integer> index) {
        for (Scenario.BlocSpec b : s.blocs) {
            TreatyType type = switch (b.type) {
                case "alliance" -> TreatyType.ALLIANCE;
                case "trade" -> TreatyType.TRADE;
                default -> TreatyType.INSTITUTION;
            };
            for (int x = 0; x < b.members.size(); x++) {
                for (int y = x + 1; y < b.members.size(); y++) {
                    addTreaty(w, type, index.get(b.members.get(x)), index.get(b.members.get(y)), b.id);
                }
            }
        }
        for (Scenario.TreatySpec t : s.treaties) {
            addTreaty(w, TreatyType.parse(t.type), index.get(t.a), index.get(t.b), t.name);
        }
    }

    private static void addTreaty(World w, TreatyType type, int a, int b, String name) {
        if (type != TreatyType.GUARANTEE && w.hasTreaty(type, a, b)) {
            return;
        }
        w.treaties.add(new Treaty(type, a, b, 0, name));
    }

    /**
     * A scripted event from its file form (a scenario's event or a prepared inject): effects default to "no change",
     * and an event for the parties with no audience named is seen by the states its effects touch.
     */
    public static ScriptedEvent scriptedEvent(String id, int turn, String text, String visibility, List<String> audienceSpec,
                                              List<Scenario.EffectSpec> effectSpecs, Scenario.ActSpec actSpec) {
        List<ScriptedEvent.Effect> effects = new ArrayList<>();
        for (Scenario.EffectSpec fx : effectSpecs) {
            effects.add(new ScriptedEvent.Effect(fx.nation, fx.field, fx.add == null ? 0 : fx.add,
                    fx.multiply == null ? 1 : fx.multiply));
        }
        List<String> audience = new ArrayList<>(audienceSpec == null ? List.of() : audienceSpec);
        if (audience.isEmpty()) {
            effectSpecs.forEach(fx -> audience.add(fx.nation));
        }
        ScriptedEvent.Act act = actSpec == null ? null
                : new ScriptedEvent.Act(actSpec.actor, actSpec.victim, actSpec.severity, actSpec.kind);
        return new ScriptedEvent(id, turn, text, "parties".equals(visibility) ? Visibility.PARTIES : Visibility.ALL,
                audience, effects, act);
    }
}
