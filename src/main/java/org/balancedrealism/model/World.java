package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole state of one game: one serialisable tree. States are referred to by index in {@link #nations}
 * (fixed for the game, ordered by id) and by their id in events and saves.
 * Only the engine writes it; speculative work (move previews, AI look-ahead) runs on a {@link #scratch()} copy.
 */
public final class World {
    public String scenarioId;
    public String title;
    /** YYYY-MM of turn 0. */
    public String startDate;
    public int monthsPerTurn;
    /** Turns resolved so far. */
    public int turn;
    public int maxTurns;
    public long seed;
    public GameRandom random;

    public Nation[] nations;
    public Territory[] territories;
    /** opinion(i, j): what i thinks of j, −100..100. */
    public PairTable opinion;
    /** trust(i, j): 0..1. */
    public PairTable trust;
    /** memory(j, i) = H_ij: hostility observer i remembers of j's acts (row per actor, so one act writes one row). */
    public PairTable memory;
    /**
     * Offsets of the resting opinion of the pairs whose opinion the scenario sets (engine.Trust.anchor), fixed at the
     * start and shared by copies; null when none (and in saves made before it existed).
     */
    public PairTable opinionAnchor;
    /**
     * goodwill(j, i): opinion points of good deeds by j (development aid) that observer i remembers, fading as
     * hostility does (engine.Trust.rememberGoodDeed); null until the first such deed (and in saves made before it existed).
     */
    public PairTable goodwill;

    /** A {@link TreatyList} (indexed by state) except right after loading a save, until the engine's next turn. */
    public List<Treaty> treaties = new TreatyList();
    /** Indexed by state (look-ups read a few entries); a plain list to everyone else. */
    public SanctionList sanctions = new SanctionList();
    /** Indexed by state (look-ups read a few wars); a plain list to everyone else. */
    public WarList wars = new WarList();
    public List<Coalition> coalitions = new ArrayList<>();
    public List<Proposal> proposals = new ArrayList<>();
    /** Wars ended in the last years: the AI does not attack the same victim again and again. */
    public List<PastWar> pastWars = new ArrayList<>();
    /** Territories held by conquest whose people resist: the occupier pays in weariness and standing. */
    public List<Occupation> occupations = new ArrayList<>();
    public List<ScriptedEvent> scripts = new ArrayList<>();
    /**
     * Events an instructor injected during the game, each with the turn it fires on (see engine.Injects). Kept
     * apart from the scenario's {@link #scripts} so a replay from the scenario gets them from the save.
     */
    public List<ScriptedEvent> injects = new ArrayList<>();
    public List<Objective> objectives = new ArrayList<>();
    public TreeMap<String, Integer> objectiveStreaks = new TreeMap<>();
    public TreeSet<String> objectivesMet = new TreeSet<>();
    public List<GameEvent> log = new ArrayList<>();
    public List<TurnStats> history = new ArrayList<>();
    public int nextId = 1;
    /** The AI's memory: adapted weights and explanation records (never read by the engine). */
    public AiMemory ai = new AiMemory();

    public transient Derived derived;
    /** Where this world's turn derivations work (see {@link Derived.Workspace}); never copied: a copy makes its own. */
    public transient Derived.Workspace workspace;
    /**
     * True on the scratch copy a move preview carries its move out on (engine.MovePreview), read for the preview's
     * figures and dropped. A preview reads what the world then thinks of the actor (its memory row, the opinion and
     * trust columns of it), the states' power figures, treaties, coalitions and wars; so the rules may leave out, on a
     * preview world only, what other states do in answer that writes none of these: the many's vote and embargo on an
     * invader (engine.Condemnation.answer) and a defender's grudge against partners who left it alone
     * (engine.Wars.callToArms). Never set on a world the engine plays on; not copied by {@link #scratch()}.
     */
    public transient boolean preview;
    /** The rules in force (data, not saved: a save names them and they are loaded again). */
    public transient org.balancedrealism.model.rules.Rules rules;
    /** The map graph (derived from the map, shared between games). */
    public transient Geography geography;
    /** State ids to indices, made at the first look-up and shared by copies (ids are fixed for the game). */
    private transient StateIds index;
    /** Territory ids to indices, likewise (a territory keeps its id whoever owns it). */
    private transient Map<String, Integer> territoryIds;

    public int size() {
        return nations.length;
    }

    public Nation nation(int i) {
        return nations[i];
    }

    /** Index of a state id, or -1. */
    public int indexOf(String id) {
        return ids().get(id);
    }

    /**
     * Per state, a number its region's states share, or -1 if it has none: every act is weighed by every observer,
     * and whether they are of the victim's region is read many times a turn (regions are fixed for the game). Do not
     * write into it.
     */
    public int[] regionNumbers() {
        return ids().regions();
    }

    private StateIds ids() {
        StateIds ids = index;
        if (ids == null) {
            ids = StateIds.of(nations);
            index = ids; // final fields: safe to publish to the AI's threads
        }
        return ids;
    }

    /**
     * State ids to indices in one open-addressed table: the move rules look up a move's actor and target for every
     * candidate the AI weighs, and a HashMap's node and boxed index cost more than the look-up itself. The ids looked
     * up are mostly the very strings of {@link Nation#id}, so the same object is tried before equals. Equal ids: the
     * last one wins, as in a map. With each state's {@link #regionNumbers region number}.
     */
    private record StateIds(String[] keys, int[] at, int mask, int nullAt, int[] regions) {
        static StateIds of(Nation[] nations) {
            int size = Integer.highestOneBit(Math.max(4, nations.length * 2) - 1) << 1; // at most half full
            String[] keys = new String[size];
            int[] at = new int[size];
            int nullAt = -1;
            for (int i = 0; i < nations.length; i++) {
                String id = nations[i].id;
                if (id == null) {
                    nullAt = i;
                    continue;
                }
                int s = slot(id, size - 1);
                while (keys[s] != null && !keys[s].equals(id)) {
                    s = (s + 1) & (size - 1);
                }
                keys[s] = id;
                at[s] = i;
            }
            Map<String, Integer> numbers = new HashMap<>();
            int[] regions = new int[nations.length];
            for (int i = 0; i < nations.length; i++) {
                String region = nations[i].region;
                regions[i] = region == null ? -1 : numbers.computeIfAbsent(region, r -> numbers.size());
            }
            return new StateIds(keys, at, size - 1, nullAt, regions);
        }

        int get(String id) {
            if (id == null) {
                return nullAt;
            }
            for (int s = slot(id, mask); ; s = (s + 1) & mask) {
                String k = keys[s];
                if (k == null) {
                    return -1;
                }
                if (k == id || k.equals(id)) {
                    return at[s];
                }
            }
        }

        private static int slot(String id, int mask) {
            int h = id.hashCode();
            return (h ^ (h >>> 16)) & mask;
        }
    }

    /** The cost of a move kind under the rules in force ({@link org.balancedrealism.model.rules.Rules#cost(Enum)}). */
    public org.balancedrealism.model.rules.Rules.MoveCost moveCost(Enum<?> kind) {
        return rules.cost(kind);
    }

    public String id(int i) {
        return nations[i].id;
    }

    /**
     * State {@code i}'s name for a sentence or a screen, in the language of the moment: every text names a state
     * through here (the map's own name, {@code nations[i].name}, stays English).
     */
    public String name(int i) {
        return org.balancedrealism.text.CountryNames.of(nations[i].id, nations[i].name);
    }

    /** State {@code i}'s homeland if it holds it, else the first territory it holds; -1 if it holds none. */
    public int homeland(int i) {
        int home = territoryIndex(id(i));
        if (home >= 0 && territories[home].owner() == i) {
            return home;
        }
        for (int k = 0; k < territories.length; k++) {
            if (territories[k].owner() == i) {
                return k;
            }
        }
        return -1;
    }

    /** A territory in words: the state whose homeland it is, else the part's own name ("Falkland Islands"). */
    public String territoryName(Territory t) {
        return t.coreOf() >= 0 ? name(t.coreOf()) : org.balancedrealism.text.CountryNames.territory(t.id());
    }

    /** {@link #territoryName(Territory)} of the territory with this id; the id itself when the world has none such. */
    public String territoryName(String id) {
        int t = territoryIndex(id);
        return t < 0 ? id : territoryName(territories[t]);
    }

    /** Index of a territory id, or -1. */
    public int territoryIndex(String id) {
        Map<String, Integer> ids = territoryIds;
        if (ids == null) {
            Map<String, Integer> m = new HashMap<>();
            for (int t = territories.length - 1; t >= 0; t--) {
                m.put(territories[t].id(), t); // the first of equal ids wins, as in a scan
            }
            ids = java.util.Collections.unmodifiableMap(m); // a final wrapper: safe to publish to the AI's threads
            territoryIds = ids;
        }
        Integer known = ids.get(id);
        if (known != null && known < territories.length && territories[known].id().equals(id)) {
            return known;
        }
        return scanTerritories(id); // not in the map (or the territories were replaced): the plain answer
    }

    private int scanTerritories(String id) {
        for (int t = 0; t < territories.length; t++) {
            if (territories[t].id().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    /** Date label of the current turn, e.g. "2025-04". */
    public String dateLabel() {
        return dateLabel(turn);
    }

    /** Date label of a turn: the start date plus that many turns. */
    public String dateLabel(int turnNumber) {
        int year = Integer.parseInt(startDate.substring(0, 4));
        int month = Integer.parseInt(startDate.substring(5, 7)) - 1 + turnNumber * monthsPerTurn;
        return String.format(java.util.Locale.ROOT, "%04d-%02d", year + month / 12, month % 12 + 1);
    }

    /** Years per turn, the factor every yearly rate is scaled by. */
    public double yearsPerTurn() {
        return monthsPerTurn / 12.0;
    }

    public int nextId() {
        return nextId++;
    }

    /** A full copy: for snapshots, branches and replays. */
    public World copy() {
        World w = scratch();
        w.log = new ArrayList<>(log);
        w.history = new ArrayList<>(history);
        w.ai = ai == null ? new AiMemory() : ai.copy();
        return w;
    }

    /**
     * A copy for speculative work: everything that rules read or write is copied (tables copy on write), but the
     * event log and the chart history start empty, so it is cheap enough to make for every candidate move.
     */
    public World scratch() {
        World w = new World();
        w.scenarioId = scenarioId;
        w.title = title;
        w.startDate = startDate;
        w.monthsPerTurn = monthsPerTurn;
        w.turn = turn;
        w.maxTurns = maxTurns;
        w.seed = seed;
        w.random = random.copy();
        w.nations = new Nation[nations.length];
        for (int i = 0; i < nations.length; i++) {
            w.nations[i] = nations[i].copy();
        }
        w.territories = territories.clone();
        w.opinion = opinion.copy();
        w.trust = trust.copy();
        w.memory = memory.copy();
        w.opinionAnchor = opinionAnchor;
        w.goodwill = goodwill == null ? null : goodwill.copy();
        w.treaties = new TreatyList(treaties);
        w.sanctions = new SanctionList(sanctions);
        w.wars = new WarList(wars.size());
        for (War war : wars) {
            w.wars.add(war.copy());
        }
        w.coalitions = new ArrayList<>(coalitions.size());
        for (Coalition c : coalitions) {
            w.coalitions.add(c.copy());
        }
        w.proposals = new ArrayList<>(proposals);
        w.pastWars = new ArrayList<>(pastWars);
        w.occupations = new ArrayList<>(occupations);
        w.scripts = scripts;
        w.injects = injects == null ? new ArrayList<>() : new ArrayList<>(injects);
        w.objectives = objectives;
        w.objectiveStreaks = new TreeMap<>(objectiveStreaks);
        w.objectivesMet = new TreeSet<>(objectivesMet);
        w.nextId = nextId;
        w.ai = ai;
        w.derived = derived;
        w.index = index;
        w.territoryIds = territoryIds;
        w.rules = rules;
        w.geography = geography;
        return w;
    }

    // ---- small queries used everywhere ----

    public boolean hasTreaty(TreatyType type, int a, int b) {
        if (treaties instanceof TreatyList list) {
            return list.has(type, a, b);
        }
        for (Treaty t : treaties) {
            if (t.type() == type && t.between(a, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #hasTreaty}, but reads the ties derived this turn first and scans the treaty list only when they
     * say yes (a treaty signed since can then be missed, one ended since is confirmed against the list).
     */
    public boolean hasTreatyFast(TreatyType type, int a, int b) {
        return (derived == null || derived.tied(type, a, b)) && hasTreaty(type, a, b);
    }

    /** True if {@code guarantor} guarantees {@code protege}. */
    public boolean guarantees(int guarantor, int protege) {
        if (treaties instanceof TreatyList list) {
            return list.guarantees(guarantor, protege);
        }
        for (Treaty t : treaties) {
            if (t.type() == TreatyType.GUARANTEE && t.a() == guarantor && t.b() == protege) {
                return true;
            }
        }
        return false;
    }

    public boolean atWar(int a, int b) {
        return warBetween(a, b) != null;
    }

    public War warBetween(int a, int b) {
        return wars.between(a, b);
    }

    public boolean atWar(int a) {
        return wars.involves(a);
    }

    public War war(int id) {
        for (War w : wars) {
            if (w.id == id) {
                return w;
            }
        }
        return null;
    }

    public Coalition coalition(int id) {
        for (Coalition c : coalitions) {
            if (c.id == id) {
                return c;
            }
        }
        return null;
    }

    public Coalition coalitionAgainst(int target) {
        for (Coalition c : coalitions) {
            if (c.target == target) {
                return c;
            }
        }
        return null;
    }

    public boolean sanctions(int sender, int target) {
        return sanctions.has(sender, target);
    }

    public Proposal proposal(int id) {
        for (Proposal p : proposals) {
            if (p.id() == id) {
                return p;
            }
        }
        return null;
    }

    /** Number of territories a state holds. */
    public int territoriesOf(int state) {
        int count = 0;
        for (Territory t : territories) {
            if (t.owner() == state) {
                count++;
            }
        }
        return count;
    }
}
