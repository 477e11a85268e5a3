package org.balancedrealism.cli;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Scoring;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.GameRandom;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Doctrine tournament: many AI-only games in parallel (each its own world and seed, so each is deterministic),
 * then per doctrine the mean score, survival, power share, wars started and coalitions provoked, with 95%
 * confidence intervals over games (each game contributes the mean of its states of that doctrine).
 */
@Command(name = "tournament", mixinStandardHelpOptions = true, description = "Compare AI doctrines over many games.")
public final class TournamentCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id or file")
    String scenario;
    @Option(names = "--games", defaultValue = "30")
    int games;
    @Option(names = "--turns", defaultValue = "40")
    int turns;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the first game (game g uses seed + g)")
    long seed;
    @Option(names = "--assign", defaultValue = "random",
            description = "all-<doctrine> | great-powers:<d>,rest:<d> | random | scenario")
    String assign;
    @Option(names = "--threads", description = "worker threads (default: every core)")
    Integer threads;
    @Option(names = "--scaling", description = "play the same games at 1, 2 and every core's threads and report games per second of each")
    boolean scaling;

    /** Metrics of one state in one game. */
    record StateResult(String doctrine, double score, boolean survived, double power, int warsStarted, int coalitionsProvoked) {
    }

    static final String[] METRICS = {"score", "survival", "power share", "wars started", "coalitions provoked"};

    @Override
    public Integer call() throws Exception {
        Games.Loaded g = Games.load(scenario);
        try {
            assign(g.newWorld(seed), assign, seed);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (!scaling) {
            int t = threads == null ? cores : Math.max(1, threads);
            Run run = run(g, t);
            System.out.println(table(run.perGame, games, turns, scenario, assign, run.seconds, t));
            return 0;
        }
        // the same games at each thread count: the tables must agree (each game is deterministic), only time differs
        Run last = null;
        double oneThread = 0;
        List<String> lines = new ArrayList<>();
        for (int t : new java.util.TreeSet<>(List.of(1, Math.min(2, cores), cores))) {
            Run run = run(g, t);
            oneThread = t == 1 ? run.seconds : oneThread;
            lines.add(String.format(Locale.ROOT, "%d thread%s: %.1f s, %.2f games/s, speed-up ×%.2f", t,
                    t == 1 ? "" : "s", run.seconds, games / run.seconds, oneThread / run.seconds));
            last = run;
        }
        System.out.println(table(last.perGame, games, turns, scenario, assign, last.seconds, cores));
        System.out.println("Scaling (" + games + " games × " + turns + " turns, " + cores + " cores):");
        lines.forEach(l -> System.out.println("  " + l));
        return 0;
    }

    /** The per-game means of one run and its wall time. */
    record Run(Map<String, List<double[]>> perGame, double seconds) {
    }

    private Run run(Games.Loaded g, int t) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(t);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<List<StateResult>>> futures = new ArrayList<>();
        for (int k = 0; k < games; k++) {
            long s = seed + k;
            futures.add(pool.submit(() -> {
                List<StateResult> r = play(g, s, turns, assign);
                int d = done.incrementAndGet();
                synchronized (System.out) {
                    System.out.printf(Locale.ROOT, "\rgames %d/%d (%.1f s, %d thread%s)", d, games,
                            (System.nanoTime() - start) / 1e9, t, t == 1 ? "" : "s");
                    System.out.flush();
                }
                return r;
            }));
        }
        // doctrine → metric → per-game means
        Map<String, List<double[]>> perGame = new TreeMap<>();
        for (Future<List<StateResult>> f : futures) {
            Map<String, double[]> sums = new TreeMap<>();
            for (StateResult r : f.get()) {
                double[] a = sums.computeIfAbsent(r.doctrine(), k -> new double[METRICS.length + 1]);
                a[0] += r.score();
                a[1] += r.survived() ? 1 : 0;
                a[2] += r.power();
                a[3] += r.warsStarted();
                a[4] += r.coalitionsProvoked();
                a[METRICS.length]++;
            }
            for (var e : sums.entrySet()) {
                double[] mean = new double[METRICS.length + 1];
                for (int m = 0; m < METRICS.length; m++) {
                    mean[m] = e.getValue()[m] / e.getValue()[METRICS.length];
                }
                mean[METRICS.length] = e.getValue()[METRICS.length];
                perGame.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(mean);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println();
        return new Run(perGame, seconds);
    }

    static String table(Map<String, List<double[]>> perGame, int games, int turns, String scenario, String assign,
                        double seconds, int threads) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s, %d games × %d turns, assign %s, %d threads, %.1f s (%.2f games/s)%n",
                scenario, games, turns, assign, threads, seconds, games / seconds));
        sb.append(String.format(Locale.ROOT, "| %-24s | %6s | %-16s | %-16s | %-18s | %-16s | %-16s |%n", "doctrine",
                "states", "score", "survival", "power share", "wars started", "coalitions prov."));
        sb.append("|--------------------------|--------|------------------|------------------|--------------------|------------------|------------------|\n");
        for (var e : perGame.entrySet()) {
            List<double[]> rows = e.getValue();
            double states = 0;
            for (double[] r : rows) {
                states += r[METRICS.length];
            }
            sb.append(String.format(Locale.ROOT, "| %-24s | %6.1f |", e.getKey(), states / rows.size()));
            for (int m = 0; m < METRICS.length; m++) {
                double[] ci = meanCi(rows, m);
                String cell = switch (m) {
                    case 1 -> String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * ci[0], 100 * ci[1]);
                    case 2 -> String.format(Locale.ROOT, "%.3f%% ± %.3f", 100 * ci[0], 100 * ci[1]);
                    case 0 -> String.format(Locale.ROOT, "%.2f ± %.2f", ci[0], ci[1]);
                    default -> String.format(Locale.ROOT, "%.3f ± %.3f", ci[0], ci[1]);
                };
                sb.append(String.format(Locale.ROOT, " %-" + (m == 2 ? 18 : 16) + "s |", cell));
            }
            sb.append('\n');
        }
        sb.append("(per state of the doctrine, mean over games ± 95% CI half-width, 1.96·sd/√games)");
        return sb.toString();
    }

    static double[] meanCi(List<double[]> rows, int m) {
        double sum = 0;
        for (double[] r : rows) {
            sum += r[m];
        }
        double mean = sum / rows.size();
        double ss = 0;
        for (double[] r : rows) {
            ss += (r[m] - mean) * (r[m] - mean);
        }
        double sd = rows.size() > 1 ? Math.sqrt(ss / (rows.size() - 1)) : 0;
        return new double[] {mean, 1.96 * sd / Math.sqrt(rows.size())};
    }

    /** One game: assign doctrines, play, measure every AI state. */
    static List<StateResult> play(Games.Loaded g, long seed, int turns, String assign) {
        World w = g.newWorld(seed);
        for (Nation n : w.nations) {
            n.human = false;
        }
        w.maxTurns = Math.max(w.maxTurns, turns);
        assign(w, assign, seed);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false); // games already run in parallel
        for (int t = 0; t < turns && !TurnEngine.isOver(w); t++) {
            ai.playTurn(w, engine);
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (GameEvent e : w.log) {
            if (EventKind.of(e.kind()) == EventKind.ACT_WAR && e.actor() != null) {
                counts.computeIfAbsent(e.actor(), k -> new int[2])[0]++;
            }
            if ((EventKind.of(e.kind()) == EventKind.COALITION_FORMED || EventKind.of(e.kind()) == EventKind.COALITION_PROPOSED) && e.target() != null) {
                counts.computeIfAbsent(e.target(), k -> new int[2])[1]++;
            }
        }
        List<StateResult> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            Nation n = w.nation(i);
            int[] c = counts.getOrDefault(n.id, new int[2]);
            out.add(new StateResult(n.doctrine, Scoring.score(w, i).total(), n.alive, w.derived.power[i], c[0], c[1]));
        }
        return out;
    }

    /** Doctrines per the --assign rule; "random" draws from a generator of its own so the game's stream is untouched. */
    static void assign(World w, String rule, long seed) {
        List<String> doctrines = new ArrayList<>(w.rules.doctrines.keySet());
        doctrines.removeIf(d -> w.rules.doctrines.get(d).isPassive()); // a scenario device, not a strategy to compare
        if (rule.equals("scenario")) {
            return;
        }
        if (rule.equals("random")) {
            GameRandom r = new GameRandom(seed * 0x9E3779B97F4A7C15L + 17);
            for (Nation n : w.nations) {
                n.doctrine = doctrines.get(r.below("tournament doctrine", doctrines.size()));
            }
            return;
        }
        if (rule.startsWith("all-")) {
            String d = check(w, rule.substring(4));
            for (Nation n : w.nations) {
                n.doctrine = d;
            }
            return;
        }
        String great = null;
        String rest = null;
        for (String part : rule.split(",")) {
            String[] kv = part.split(":", 2);
            if (kv.length == 2 && kv[0].equals("great-powers")) {
                great = check(w, kv[1]);
            } else if (kv.length == 2 && kv[0].equals("rest")) {
                rest = check(w, kv[1]);
            } else {
                throw new IllegalArgumentException("Unknown --assign rule '" + rule
                        + "': use all-<doctrine>, great-powers:<d>,rest:<d>, random or scenario");
            }
        }
        for (int i = 0; i < w.size(); i++) {
            boolean gp = w.derived.power[i] >= w.rules.power.greatPowerShare;
            String d = gp ? great : rest;
            if (d != null) {
                w.nation(i).doctrine = d;
            }
        }
    }

    static String check(World w, String doctrine) {
        if (!w.rules.doctrines.containsKey(doctrine)) {
            throw new IllegalArgumentException("Unknown doctrine '" + doctrine + "': " + w.rules.doctrines.keySet());
        }
        return doctrine;
    }
}
