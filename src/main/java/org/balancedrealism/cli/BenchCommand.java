package org.balancedrealism.cli;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.io.ScenarioLoader;
import org.balancedrealism.io.ScenarioRules;
import org.balancedrealism.model.Nation;
import org.balancedrealism.session.EndTurnView;
import org.balancedrealism.session.TurnWarmUp;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Full-world AI turns on modern-world (DESIGN §11): median and p95 per turn, the AI/engine split, turns per second,
 * heap; a table for people and one JSON line for scripts. {@code --compare A B} plays the same game under two rules
 * files in alternation in one process and reports the ratio round by round: on a shared machine only ratios measured
 * side by side are stable.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark full-world AI turns.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--turns", defaultValue = "100", description = "measured turns")
    int turns;
    /** As long as the game's own warm-up at the start of a session, so the figures are those of the game a player plays. */
    @Option(names = "--warmup", defaultValue = "" + TurnWarmUp.TURNS,
            description = "warm-up turns (separate games); by default as many as the game plays in the background when it starts")
    int warmup;
    @Option(names = "--scenario", defaultValue = "modern-world")
    String scenario;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--split", description = "(kept for old scripts: the AI/engine split is always printed)")
    boolean split;
    @Option(names = "--sequential", description = "AI decisions on the calling thread only (as in tournaments)")
    boolean sequential;
    @Option(names = "--compare", arity = "2", paramLabel = "RULES",
            description = "two rules files (full or partial, with \"base\"): the same game under each, in alternation")
    List<Path> compare;
    @Option(names = "--rounds", defaultValue = "3", description = "rounds of A then B with --compare")
    int rounds;
    @Option(names = "--seat", defaultValue = "USA",
            description = "the player's state for the UI's End-turn share (the seat's view, report and inbox)")
    String seat;

    /** Figures of one measured game. */
    record Figures(int turns, double medianMs, double p95Ms, double aiMedianMs, double aiP95Ms, double engineMedianMs,
                   double engineP95Ms, double cpuMedianMs, double cpuEngineMedianMs, double cpuEngineP95Ms,
                   double gameSeconds, double turnsPerSecond, double uiMedianMs, double uiP95Ms,
                   double uiCpuMedianMs, long jitMs, long gcs, long gcMs) {
    }

    @Override
    public Integer call() throws Exception {
        loadInstruments();
        Games.Loaded g = Games.load(scenario);
        // explanations put off until a note is read, as in the game (the session's seat views read a state's notes only
        // when a panel shows them, and the autosave writes them off the End-turn path), so the turn's figures are what
        // a player waits for
        AiTurns ai = new AiTurns(!sequential, false);
        if (compare != null) {
            return compare(g, ai);
        }
        warmUp(g, ai);
        World w = fresh(g, seed, turns);
        Figures f = measure(w, ai, turns, seat, workers());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%s, %d states, %d turns after %d warm-up: median %.2f ms/turn, p95 %.2f ms, "
                        + "%.1f turns/s (game %.2f s), heap used %.0f MB%n", scenario, w.size(), f.turns, warmup,
                f.medianMs, f.p95Ms, f.turnsPerSecond, f.gameSeconds, heap / 1e6);
        System.out.printf(Locale.ROOT, "  AI decisions: median %.2f ms, p95 %.2f ms; engine: median %.2f ms, p95 %.2f ms%s%n",
                f.aiMedianMs, f.aiP95Ms, f.engineMedianMs, f.engineP95Ms, sequential ? " (AI on one thread)" : "");
        System.out.printf(Locale.ROOT, "  CPU time of the calling thread (steadier on a shared machine; parallel AI work "
                + "on pool threads not counted): median %.2f ms/turn; engine alone median %.2f ms, p95 %.2f ms%n",
                f.cpuMedianMs, f.cpuEngineMedianMs, f.cpuEngineP95Ms);
        System.out.printf(Locale.ROOT, "  UI's End-turn share as %s, headless (seat view, ranked report, inbox groups; "
                + "not in the turn figures): median %.2f ms, p95 %.2f ms; CPU median %.2f ms%n", seat, f.uiMedianMs, f.uiP95Ms,
                f.uiCpuMedianMs);
        System.out.printf(Locale.ROOT, "  During the measured turns: the JIT compiled for %d ms (on its own thread); garbage "
                + "collections: %d, pausing %d ms%n", f.jitMs, f.gcs, f.gcMs);
        Map<String, Object> json = json(f, w.size());
        json.put("heapMB", round(heap / 1e6));
        System.out.println(Json.GSON.toJson(json));
        return 0;
    }

    /** The same seeded game under rules A and B, A B A B …; ratios A/B of each round, then their median. */
    private int compare(Games.Loaded base, AiTurns ai) throws DataFileException {
        Games.Loaded a = withRules(base, compare.get(0));
        Games.Loaded b = withRules(base, compare.get(1));
        warmUp(a, ai);
        warmUp(b, ai);
        List<Figures> fa = new ArrayList<>();
        List<Figures> fb = new ArrayList<>();
        double[] ratio = new double[rounds];
        double[] p95Ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            fa.add(measure(fresh(a, seed, turns), ai, turns, seat, workers()));
            fb.add(measure(fresh(b, seed, turns), ai, turns, seat, workers()));
            ratio[r] = fa.get(r).medianMs / fb.get(r).medianMs;
            p95Ratio[r] = fa.get(r).p95Ms / fb.get(r).p95Ms;
            System.out.printf(Locale.ROOT, "round %d: A median %.2f ms (p95 %.2f), B median %.2f ms (p95 %.2f), A/B %.3f%n",
                    r + 1, fa.get(r).medianMs, fa.get(r).p95Ms, fb.get(r).medianMs, fb.get(r).p95Ms, ratio[r]);
        }
        double medianRatio = median(ratio);
        System.out.printf(Locale.ROOT, "A = %s, B = %s: median of A/B per-turn medians %.3f (min %.3f, max %.3f); "
                        + "p95 A/B %.3f%n", compare.get(0), compare.get(1), medianRatio, Arrays.stream(ratio).min().orElse(0),
                Arrays.stream(ratio).max().orElse(0), median(p95Ratio));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "compare");
        json.put("a", compare.get(0).toString());
        json.put("b", compare.get(1).toString());
        json.put("rounds", rounds);
        json.put("ratioMedian", round(medianRatio));
        json.put("ratioP95", round(median(p95Ratio)));
        json.put("aRounds", fa.stream().map(f -> json(f, base.scenario().nations.size())).toList());
        json.put("bRounds", fb.stream().map(f -> json(f, base.scenario().nations.size())).toList());
        System.out.println(Json.GSON.toJson(json));
        return 0;
    }

    /** The scenario with another rules file (a partial file names its base, found beside it first). */
    static Games.Loaded withRules(Games.Loaded g, Path file) throws DataFileException {
        Path abs = file.toAbsolutePath();
        Rules rules = ScenarioRules.load(abs.getFileName().toString(), abs.getParent(), abs.getFileName().toString());
        ScenarioLoader.validate(g.scenario(), g.map(), rules, g.fileName());
        return new Games.Loaded(g.scenario(), g.map(), rules, g.fileName());
    }

    /**
     * The engine shares the AI's pool as the live session does, where the pool has threads to spare
     * ({@code Workers.common}); not with --sequential (as in tournaments).
     */
    private org.balancedrealism.engine.Workers workers() {
        return sequential ? null : org.balancedrealism.engine.Workers.common();
    }

    /**
     * Warms up as the game does ({@link TurnWarmUp}: short games from the start, each with its own random source, and
     * the seat's End-turn view after each turn), with this run's AI and engine, so the measured turns run on code the
     * JIT has compiled for every kind of turn they meet.
     */
    private void warmUp(Games.Loaded g, AiTurns ai) {
        TurnWarmUp.play(fresh(g, seed + 1000, warmup), warmup, seat, () -> false, ai, new TurnEngine(workers()));
    }

    /**
     * Plays {@code turns} turns of {@code w}, timing the AI's orders and the engine's resolution of each, and after
     * each turn (outside the turn's figures and the game's time) what the UI builds for {@code seat} on End turn.
     */
    static Figures measure(World w, AiTurns ai, int turns, String seat, org.balancedrealism.engine.Workers workers) {
        TurnEngine engine = new TurnEngine(workers);
        long[] ns = new long[turns];
        long[] aiNs = new long[turns];
        long[] engineNs = new long[turns];
        long[] cpuNs = new long[turns];
        long[] cpuEngineNs = new long[turns];
        long[] uiNs = new long[turns];
        long[] uiCpuNs = new long[turns];
        long uiTotal = 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int played = 0;
        long jit0 = jitMillis();
        long gc0 = gcCount();
        long gcMs0 = gcMillis();
        long start = System.nanoTime();
        for (int t = 0; t < turns && !TurnEngine.isOver(w); t++) {
            long ca = mx.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            var orders = ai.orders(w);
            long b = System.nanoTime();
            long cb = mx.getCurrentThreadCpuTime();
            engine.resolve(w, orders);
            long c = System.nanoTime();
            long cc = mx.getCurrentThreadCpuTime();
            cpuEngineNs[t] = cc - cb;
            ns[t] = c - a;
            aiNs[t] = b - a;
            engineNs[t] = c - b;
            cpuNs[t] = cc - ca;
            uiNs[t] = EndTurnView.nanos(w, seat);
            uiCpuNs[t] = mx.getCurrentThreadCpuTime() - cc;
            uiTotal += uiNs[t];
            played++;
        }
        double total = (System.nanoTime() - start - uiTotal) / 1e9;
        return new Figures(played, ms(median(ns, played)), ms(p95(ns, played)), ms(median(aiNs, played)),
                ms(p95(aiNs, played)), ms(median(engineNs, played)), ms(p95(engineNs, played)),
                ms(median(cpuNs, played)), ms(median(cpuEngineNs, played)), ms(p95(cpuEngineNs, played)), total,
                played / total, ms(median(uiNs, played)), ms(p95(uiNs, played)),
                ms(median(uiCpuNs, played)), jitMillis() - jit0, gcCount() - gc0, gcMillis() - gcMs0);
    }

    /**
     * Reads every instrument the measured turns read (CPU clock, JIT and collector figures) once before the warm-up:
     * their classes are loaded then, not at the first measured turn, where loading them (new implementations of
     * interfaces the game's streams use) made the JIT throw away and compile again code of the game it had compiled
     * in the warm-up (seen with -XX:+LogCompilation as failed class-hierarchy dependencies at the measured game's start).
     */
    private static void loadInstruments() {
        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        jitMillis();
        gcCount();
        gcMillis();
    }

    /**
     * Milliseconds the JIT has spent compiling so far (0 where the JVM does not say): compiling still going on during
     * the measured turns means the warm-up was too short for them, and the compiler thread shares the cores.
     */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcCount() {
        long n = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private Map<String, Object> json(Figures f, int states) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bench", scenario);
        m.put("states", states);
        m.put("turns", f.turns);
        m.put("warmup", warmup);
        m.put("aiThreads", sequential ? 1 : Runtime.getRuntime().availableProcessors());
        m.put("medianMs", round(f.medianMs));
        m.put("p95Ms", round(f.p95Ms));
        m.put("aiMedianMs", round(f.aiMedianMs));
        m.put("aiP95Ms", round(f.aiP95Ms));
        m.put("engineMedianMs", round(f.engineMedianMs));
        m.put("engineP95Ms", round(f.engineP95Ms));
        m.put("cpuMedianMs", round(f.cpuMedianMs));
        m.put("cpuEngineMedianMs", round(f.cpuEngineMedianMs));
        m.put("cpuEngineP95Ms", round(f.cpuEngineP95Ms));
        m.put("gameSeconds", round(f.gameSeconds));
        m.put("turnsPerSecond", round(f.turnsPerSecond));
        m.put("uiSeat", seat);
        m.put("uiMedianMs", round(f.uiMedianMs));
        m.put("uiP95Ms", round(f.uiP95Ms));
        m.put("uiCpuMedianMs", round(f.uiCpuMedianMs));
        m.put("jitMs", f.jitMs);
        m.put("gcs", f.gcs);
        m.put("gcMs", f.gcMs);
        return m;
    }

    private static long median(long[] values, int count) {
        long[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count == 0 ? 0 : v[count / 2];
    }

    private static long p95(long[] values, int count) {
        long[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count == 0 ? 0 : v[Math.min(count - 1, (int) (count * 0.95))];
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static World fresh(Games.Loaded g, long seed, int turns) {
        World w = g.newWorld(seed);
        for (Nation n : w.nations) {
            n.human = false;
        }
        w.maxTurns = Math.max(w.maxTurns, turns);
        return w;
    }
}
