package org.balancedrealism.cli;

import org.balancedrealism.engine.EventKinds;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.session.HeadlessGame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * World statistics (the {@code stats} command): plays AI-only games and measures wars, coalitions and routine
 * diplomacy against historical bands. Gathering lives here, printing in {@link StatsCommand}.
 * <p>
 * One {@link Observer} watches one game after every turn; {@link #summarise} turns the figures of many games into
 * the table's rows. Games run in parallel but each is deterministic for its seed and the rows are combined in seed
 * order, so the figures do not depend on the number of threads.
 */
public final class WorldStatistics {
    private WorldStatistics() {
    }

    /** A coalition counts as "against remembered acts" if its target acted within this many turns (inclusive). */
    public static final int ACT_WINDOW_TURNS = 8;
    /** Targets under this share of world power are "micro-states". */
    public static final double MICRO_SHARE = 0.001;
    /** Upper edges of the attacker/target power ratio buckets; the last bucket is open. */
    public static final double[] RATIO_EDGES = {1, 3, 10, 100};
    public static final String[] RATIO_LABELS = {"<1", "1–3", "3–10", "10–100", ">100"};
    /** How many of the highest-overreach states the summary lists. */
    public static final int TOP_OVERREACH = 8;

    /** A war that started: the leaders of both sides and their power shares before the turn it started in. */
    public record WarStart(int turn, String attacker, String target, double attackerPower, double targetPower) {
        public double ratio() {
            return targetPower > 0 ? attackerPower / targetPower : Double.POSITIVE_INFINITY;
        }

        public int bucket() {
            double r = ratio();
            for (int b = 0; b < RATIO_EDGES.length; b++) {
                if (r < RATIO_EDGES[b]) {
                    return b;
                }
            }
            return RATIO_EDGES.length;
        }
    }

    /** A coalition that formed, and whether its target had committed an act in the window before. */
    public record CoalitionStart(int turn, int id, String target, boolean againstRememberedActs) {
    }

    /** What a coalition looks like at the end of a turn: the observer needs no more. */
    public record CoalitionView(int id, String target, Set<String> members) {
        static CoalitionView of(World w, Coalition c) {
            Set<String> members = new TreeSet<>();
            for (CoalitionMember m : c.members) {
                members.add(w.id(m.state()));
            }
            return new CoalitionView(c.id, w.id(c.target), members);
        }
    }

    /** Everything one game contributes. */
    public record GameFigures(long seed, int turns, double years, List<WarStart> wars, List<CoalitionStart> coalitions,
                              double churnSum, int coalitionTurns, int routineEvents, Map<String, Integer> routineByKind,
                              Map<String, Double> endOverreach, Set<String> facedCoalition, Map<String, Integer> movesByKind) {
        /** Without the moves ordered (figures built by hand). */
        public GameFigures(long seed, int turns, double years, List<WarStart> wars, List<CoalitionStart> coalitions,
                           double churnSum, int coalitionTurns, int routineEvents, Map<String, Integer> routineByKind,
                           Map<String, Double> endOverreach, Set<String> facedCoalition) {
            this(seed, turns, years, wars, coalitions, churnSum, coalitionTurns, routineEvents, routineByKind, endOverreach,
                    facedCoalition, Map.of());
        }

        public double warsPerYear() {
            return years > 0 ? wars.size() / years : Double.NaN;
        }

        public double microShare() {
            return wars.isEmpty() ? Double.NaN
                    : (double) wars.stream().filter(x -> x.targetPower() < MICRO_SHARE).count() / wars.size();
        }

        public double rememberedShare() {
            return coalitions.isEmpty() ? Double.NaN
                    : (double) coalitions.stream().filter(CoalitionStart::againstRememberedActs).count() / coalitions.size();
        }

        /** Mean over coalition-turns of (members joining + leaving) / members the turn before. */
        public double churn() {
            return coalitionTurns > 0 ? churnSum / coalitionTurns : Double.NaN;
        }

        public double routinePerTurn() {
            return turns > 0 ? (double) routineEvents / turns : Double.NaN;
        }

        public int[] ratioBuckets() {
            int[] counts = new int[RATIO_LABELS.length];
            for (WarStart x : wars) {
                counts[x.bucket()]++;
            }
            return counts;
        }
    }

    /**
     * Watches one game: call {@link #observe} after every turn. The lower-level {@link #events} and
     * {@link #coalitions} take plain data, so a test can feed a hand-made sequence.
     */
    public static final class Observer {
        /** Actor id → turns in which it committed an act. */
        private final Map<String, TreeSet<Integer>> acts = new TreeMap<>();
        private final Set<Integer> warsSeen = new HashSet<>();
        private final Set<Integer> coalitionsSeen = new HashSet<>();
        private Map<Integer, Set<String>> lastMembers = new TreeMap<>();
        private final List<WarStart> wars = new ArrayList<>();
        private final List<CoalitionStart> coalitionStarts = new ArrayList<>();
        private final Set<String> facedCoalition = new TreeSet<>();
        private final Map<String, Integer> routineByKind = new TreeMap<>();
        /** Moves ordered in the game, by kind: whether the AI uses every kind its doctrines would. */
        private final Map<String, Integer> movesByKind = new TreeMap<>();
        private double churnSum;
        private int coalitionTurns;
        private int routineEvents;
        private int turns;

        /** An observer with no history (for hand-made sequences). */
        public Observer() {
        }

        /** Starts watching a world: acts already in its log count as remembered; standing wars and coalitions are not new. */
        public Observer(World w) {
            for (GameEvent e : w.log) {
                recordAct(e);
            }
            for (War war : w.wars) {
                warsSeen.add(war.id);
            }
            List<CoalitionView> views = views(w);
            for (CoalitionView c : views) {
                coalitionsSeen.add(c.id());
                facedCoalition.add(c.target());
            }
            lastMembers = membersOf(views);
        }

        /**
         * After a turn: its events, the wars that started (power shares from {@code powerBefore}, the shares
         * before the turn) and the coalitions standing now.
         */
        public void observe(World w, double[] powerBefore, List<GameEvent> turnEvents) {
            int turn = w.turn;
            events(turn, turnEvents);
            List<WarStart> started = new ArrayList<>();
            for (War war : w.wars) {
                if (warsSeen.add(war.id)) {
                    int a = war.attackerLeader();
                    int d = war.defenderLeader();
                    started.add(new WarStart(turn, w.id(a), w.id(d), powerBefore[a], powerBefore[d]));
                }
            }
            // a war declared and ended within the same turn is not in w.wars any more: its act still shows it
            List<WarStart> unmatched = new ArrayList<>(started);
            for (GameEvent e : turnEvents) {
                if (!EventKinds.startsWar(e.kind()) || e.actor() == null || e.target() == null) {
                    continue;
                }
                WarStart match = null;
                for (WarStart s : unmatched) {
                    if (s.attacker().equals(e.actor()) && s.target().equals(e.target())) {
                        match = s;
                        break;
                    }
                }
                if (match != null) {
                    unmatched.remove(match);
                } else {
                    int a = w.indexOf(e.actor());
                    int d = w.indexOf(e.target());
                    if (a >= 0 && d >= 0) {
                        started.add(new WarStart(turn, e.actor(), e.target(), powerBefore[a], powerBefore[d]));
                    }
                }
            }
            wars.addAll(started);
            coalitions(turn, views(w));
        }

        /** The events of a turn: acts are remembered, routine diplomacy counted. Counts the turn. */
        public void events(int turn, List<GameEvent> turnEvents) {
            turns++;
            for (GameEvent e : turnEvents) {
                recordAct(e);
                if (EventKinds.isRoutineDiplomacy(e.kind())) {
                    routineEvents++;
                    routineByKind.merge(e.kind(), 1, Integer::sum);
                }
            }
        }

        /** The coalitions standing at the end of a turn (after that turn's {@link #events}). */
        public void coalitions(int turn, Collection<CoalitionView> standing) {
            for (CoalitionView c : standing) {
                facedCoalition.add(c.target());
                if (coalitionsSeen.add(c.id())) {
                    coalitionStarts.add(new CoalitionStart(turn, c.id(), c.target(), actedWithin(c.target(), turn)));
                    continue;
                }
                Set<String> before = lastMembers.get(c.id());
                if (before == null || before.isEmpty()) {
                    continue;
                }
                int joined = 0;
                for (String m : c.members()) {
                    if (!before.contains(m)) {
                        joined++;
                    }
                }
                int left = 0;
                for (String m : before) {
                    if (!c.members().contains(m)) {
                        left++;
                    }
                }
                churnSum += (double) (joined + left) / before.size();
                coalitionTurns++;
            }
            lastMembers = membersOf(standing);
        }

        /** True if the state committed an act in the {@link #ACT_WINDOW_TURNS} turns ending with {@code turn}. */
        public boolean actedWithin(String state, int turn) {
            TreeSet<Integer> t = acts.get(state);
            if (t == null) {
                return false;
            }
            Integer last = t.floor(turn);
            return last != null && last > turn - ACT_WINDOW_TURNS;
        }

        private void recordAct(GameEvent e) {
            if (EventKinds.isAct(e.kind()) && e.actor() != null) {
                acts.computeIfAbsent(e.actor(), k -> new TreeSet<>()).add(e.turn());
            }
        }

        public GameFigures finish(long seed, double yearsPerTurn, Map<String, Double> endOverreach) {
            return new GameFigures(seed, turns, turns * yearsPerTurn, List.copyOf(wars), List.copyOf(coalitionStarts),
                    churnSum, coalitionTurns, routineEvents, Map.copyOf(routineByKind), Map.copyOf(endOverreach),
                    Set.copyOf(facedCoalition), Map.copyOf(movesByKind));
        }

        /** Counts the moves ordered in a turn by kind. */
        public void orders(List<org.balancedrealism.engine.move.Move> moves) {
            for (var m : moves) {
                movesByKind.merge(m.kind().name(), 1, Integer::sum);
            }
        }

        public GameFigures finish(World w, long seed) {
            Map<String, Double> overreach = new TreeMap<>();
            for (int i = 0; i < w.size(); i++) {
                overreach.put(w.id(i), w.derived.overreach[i]);
            }
            return finish(seed, w.yearsPerTurn(), overreach);
        }

        private static List<CoalitionView> views(World w) {
            List<CoalitionView> views = new ArrayList<>();
            for (Coalition c : w.coalitions) {
                views.add(CoalitionView.of(w, c));
            }
            return views;
        }

        private static Map<Integer, Set<String>> membersOf(Collection<CoalitionView> views) {
            Map<Integer, Set<String>> m = new TreeMap<>();
            for (CoalitionView c : views) {
                m.put(c.id(), c.members());
            }
            return m;
        }
    }

    /** Plays one AI-only game and watches it. */
    public static GameFigures play(World w, long seed, int turns) {
        return play(w, seed, turns, () -> { });
    }

    /** Plays one AI-only game and watches it, calling {@code afterTurn} after each turn. */
    static GameFigures play(World w, long seed, int turns, Runnable afterTurn) {
        HeadlessGame game = new HeadlessGame(w, Map.of(), false); // games already run in parallel
        game.extendTo(turns);
        if (w.derived == null) {
            Perception.refresh(w);
        }
        Observer o = new Observer(w);
        for (int t = 0; t < turns && !game.isOver(); t++) {
            double[] before = w.derived.power.clone();
            TurnEngine.TurnResult r = game.playTurn();
            o.observe(w, before, r.events());
            o.orders(r.orders());
            afterTurn.run();
        }
        return o.finish(w, seed);
    }

    /** Called after every turn of every game: games finished, games in all, turns played, turns in all. */
    public interface Progress {
        void update(int games, int of, long turnsPlayed, long turnsInAll);
    }

    /** Plays {@code seeds} games (seed {@code firstSeed + g}) on {@code threads} threads; results in seed order. */
    public static List<GameFigures> playAll(LongFunction<World> newWorld, long firstSeed, int seeds, int turns,
                                            int threads, Progress progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            AtomicInteger done = new AtomicInteger();
            AtomicLong played = new AtomicLong();
            long all = (long) seeds * turns;
            List<Future<GameFigures>> futures = new ArrayList<>();
            for (int g = 0; g < seeds; g++) {
                long seed = firstSeed + g;
                futures.add(pool.submit(() -> {
                    GameFigures f = play(newWorld.apply(seed), seed, turns,
                            () -> progress.update(done.get(), seeds, played.incrementAndGet(), all));
                    progress.update(done.incrementAndGet(), seeds, played.get(), all);
                    return f;
                }));
            }
            List<GameFigures> out = new ArrayList<>();
            for (Future<GameFigures> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- summary ----

    /** A historical band: [low, high]; null ends are open. */
    public record Band(String text, Double low, Double high) {
        public boolean contains(double v) {
            return !Double.isNaN(v) && (low == null || v >= low) && (high == null || v <= high);
        }
    }

    public enum Unit { RATE, PERCENT, COUNT }

    /**
     * One row of the table: the figure over all games ({@code value}: a mean for rates, the pooled share for
     * shares), the mean over seeds that have it with its 95% half-width, and the band (null when history gives none).
     */
    public record Figure(String label, double value, double seedMean, double seedHalfWidth, int seedsWithValue,
                         Unit unit, Band band, String note) {
        /** True in the band, false outside, null when there is no band or no value. */
        public Boolean inBand() {
            return band == null || Double.isNaN(value) ? null : band.contains(value);
        }
    }

    /** A state with high overreach at the end: mean over seeds and the share of seeds it faced a coalition in. */
    public record OverreachRow(String state, double meanEnd, double halfWidth, double facedCoalitionShare) {
    }

    public record Summary(int games, int turns, double yearsPerGame, List<Figure> figures, List<OverreachRow> overreach,
                          Map<String, Double> routinePerTurnByKind, Map<String, Double> movesPerGameByKind) {
    }

    public static final Band WARS_BAND = new Band("0.2–0.6 a year (Correlates of War)", 0.2, 0.6);
    public static final Band REMEMBERED_BAND = new Band("≥ 90%", 0.9, null);
    public static final Band CHURN_BAND = new Band("< 10% of members a turn", null, 0.1);
    public static final Band ROUTINE_BAND = new Band("≤ ~40 a turn world-wide", null, 40.0);

    public static Summary summarise(List<GameFigures> games) {
        List<Figure> figures = new ArrayList<>();
        int turns = games.stream().mapToInt(GameFigures::turns).max().orElse(0);
        double years = games.stream().mapToDouble(GameFigures::years).average().orElse(0);
        int allWars = 0;
        int[] buckets = new int[RATIO_LABELS.length];
        int micro = 0;
        int allCoalitions = 0;
        int remembered = 0;
        double churnSum = 0;
        int coalitionTurns = 0;
        for (GameFigures g : games) {
            allWars += g.wars().size();
            int[] b = g.ratioBuckets();
            for (int k = 0; k < b.length; k++) {
                buckets[k] += b[k];
            }
            micro += (int) g.wars().stream().filter(x -> x.targetPower() < MICRO_SHARE).count();
            allCoalitions += g.coalitions().size();
            remembered += (int) g.coalitions().stream().filter(CoalitionStart::againstRememberedActs).count();
            churnSum += g.churnSum();
            coalitionTurns += g.coalitionTurns();
        }
        double[] warsPerYear = each(games, GameFigures::warsPerYear);
        figures.add(figure("wars started per game-year", mean(warsPerYear), warsPerYear, Unit.RATE, WARS_BAND,
                allWars + " wars in " + games.size() + " games"));
        for (int k = 0; k < RATIO_LABELS.length; k++) {
            int bucket = k;
            double[] shares = each(games, g -> g.wars().isEmpty() ? Double.NaN
                    : (double) g.ratioBuckets()[bucket] / g.wars().size());
            figures.add(figure("wars with attacker/target power " + RATIO_LABELS[k],
                    allWars == 0 ? Double.NaN : (double) buckets[k] / allWars, shares, Unit.PERCENT, null,
                    buckets[k] + " wars"));
        }
        figures.add(figure("wars against states < " + pctLabel(MICRO_SHARE) + " of world power",
                allWars == 0 ? Double.NaN : (double) micro / allWars, each(games, GameFigures::microShare), Unit.PERCENT,
                null, micro + " wars; no band, aim: low"));
        double[] formed = each(games, g -> g.coalitions().size());
        figures.add(figure("coalitions formed per game", mean(formed), formed, Unit.COUNT, null,
                allCoalitions + " in " + games.size() + " games; no band"));
        figures.add(figure("coalitions formed against acts of the last " + ACT_WINDOW_TURNS + " turns",
                allCoalitions == 0 ? Double.NaN : (double) remembered / allCoalitions,
                each(games, GameFigures::rememberedShare), Unit.PERCENT, REMEMBERED_BAND,
                remembered + " of " + allCoalitions));
        figures.add(figure("coalition membership churn per turn",
                coalitionTurns == 0 ? Double.NaN : churnSum / coalitionTurns, each(games, GameFigures::churn),
                Unit.PERCENT, CHURN_BAND, coalitionTurns + " coalition-turns"));
        double[] routine = each(games, GameFigures::routinePerTurn);
        figures.add(figure("routine diplomatic events per turn", mean(routine), routine, Unit.RATE, ROUTINE_BAND,
                "summits, treaties, proposals, rejections, aid, …"));

        Map<String, Double> byKind = new TreeMap<>();
        int allTurns = games.stream().mapToInt(GameFigures::turns).sum();
        for (GameFigures g : games) {
            g.routineByKind().forEach((k, v) -> byKind.merge(k, (double) v, Double::sum));
        }
        byKind.replaceAll((k, v) -> allTurns == 0 ? 0 : v / allTurns);
        Map<String, Double> moves = new TreeMap<>();
        for (var k : org.balancedrealism.engine.move.MoveKind.values()) {
            moves.put(k.name(), 0.0);
        }
        for (GameFigures g : games) {
            g.movesByKind().forEach((k, v) -> moves.merge(k, (double) v, Double::sum));
        }
        moves.replaceAll((k, v) -> games.isEmpty() ? 0 : v / games.size());
        return new Summary(games.size(), turns, years, figures, topOverreach(games), byKind, moves);
    }

    static List<OverreachRow> topOverreach(List<GameFigures> games) {
        Map<String, double[]> values = new TreeMap<>();
        for (int g = 0; g < games.size(); g++) {
            for (var e : games.get(g).endOverreach().entrySet()) {
                values.computeIfAbsent(e.getKey(), k -> new double[games.size()])[g] = e.getValue();
            }
        }
        List<OverreachRow> rows = new ArrayList<>();
        for (var e : values.entrySet()) {
            double[] ci = meanCi(e.getValue());
            long faced = games.stream().filter(g -> g.facedCoalition().contains(e.getKey())).count();
            rows.add(new OverreachRow(e.getKey(), ci[0], ci[1], games.isEmpty() ? 0 : (double) faced / games.size()));
        }
        rows.sort((a, b) -> a.meanEnd() != b.meanEnd() ? Double.compare(b.meanEnd(), a.meanEnd())
                : a.state().compareTo(b.state()));
        return List.copyOf(rows.subList(0, Math.min(TOP_OVERREACH, rows.size())));
    }

    private static Figure figure(String label, double value, double[] perSeed, Unit unit, Band band, String note) {
        double[] ci = meanCi(perSeed);
        return new Figure(label, value, ci[0], ci[1], (int) ci[2], unit, band, note);
    }

    private static double[] each(List<GameFigures> games, java.util.function.ToDoubleFunction<GameFigures> f) {
        double[] v = new double[games.size()];
        for (int g = 0; g < games.size(); g++) {
            v[g] = f.applyAsDouble(games.get(g));
        }
        return v;
    }

    private static double mean(double[] v) {
        return meanCi(v)[0];
    }

    /** Mean, 95% half-width (1.96·sd/√n) and n over the values that are not NaN. */
    static double[] meanCi(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        return new double[] {mean, 1.96 * sd / Math.sqrt(n), n};
    }

    private static String pctLabel(double share) {
        return (share * 100) + "%";
    }
}
