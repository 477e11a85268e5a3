package org.balancedrealism.cli;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.Bounds;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.OrderHistory;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code soak}: a long AI-only game (2,000 turns by default) that checks every figure's range after every turn
 * ({@link Bounds#violations}), and reports as it goes: at the chosen turns the save's size, the time to write it
 * and to load it again (which also checks the loaded game), and every {@code --heap-every} turns the heap in use
 * after a full collection. Exit code 1 at the first turn with a figure out of range; exit code 2 if memory is not
 * flat: the heap after a full collection at the end exceeds the heap at turn {@code --flat-from} by more than
 * {@code --heap-margin} percent (a long game keeps its order history, compactly, and a bounded window of everything
 * else, so it may grow only a little). Kept out of {@code mvn verify} because it takes minutes; times are measured
 * here, never asserted in tests.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Play a long AI-only game checking every figure each turn; report save size and time, load time, heap.")
public final class SoakCommand implements Callable<Integer> {
    @Option(names = "--turns", defaultValue = "2000")
    int turns;
    @Option(names = "--scenario", defaultValue = "modern-world")
    String scenario;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--save-at", split = ",", defaultValue = "100,1000", description = "turns to save and load at")
    List<Integer> saveAt;
    @Option(names = "--heap-every", defaultValue = "500")
    int heapEvery;
    @Option(names = "--flat-from", defaultValue = "500",
            description = "turn whose heap the end's heap is compared with (0: no check)")
    int flatFrom;
    @Option(names = "--heap-margin", defaultValue = "20",
            description = "percent the heap may grow from --flat-from to the end")
    double heapMargin;
    @Option(names = "--cold", description = "do not warm the save code at the start as the game does "
            + "(then the first save pays for loading and compiling it)")
    boolean cold;
    @Option(names = "--out", description = "folder for the saves (default: a temporary folder, removed afterwards)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Games.Loaded g = Games.load(scenario);
        World w = g.newWorld(seed);
        for (Nation n : w.nations) {
            n.human = false;
        }
        w.maxTurns = Math.max(w.maxTurns, turns);
        Path folder = out != null ? out : Files.createTempDirectory("soak");
        SaveGames saves = new SaveGames(folder);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns();
        OrderHistory history = new OrderHistory();
        Set<Integer> checkpoints = new TreeSet<>(saveAt);
        if (!cold) {
            // as a game session does when it starts (session.Sessions): the first save then runs warm
            // (on a copy: this loop changes w in place while the warm-up reads)
            SaveGame first = envelope(w.copy(), history);
            SaveGames.warmUp(() -> first);
        }
        System.out.printf(Locale.ROOT, "%s, seed %d, %d turns: figures checked every turn; save code %s%n", scenario,
                seed, turns, cold ? "cold at the first save (--cold)" : "warmed in the background at the start, as in the game");
        heap(w.turn, w);
        double flatHeap = -1;
        long start = System.nanoTime();
        try {
            for (int t = 1; t <= turns; t++) {
                TurnEngine.TurnResult r = engine.resolve(w, ai.orders(w));
                history.add(r.orders());
                List<String> bad = Bounds.violations(w);
                if (!bad.isEmpty()) {
                    System.out.printf("turn %d: %d figures out of range, first: %s%n", w.turn, bad.size(), bad.get(0));
                    return 1;
                }
                if (checkpoints.contains(t)) {
                    measureSave(w, history, saves);
                }
                if (heapEvery > 0 && t % heapEvery == 0 || t == flatFrom || t == turns && flatHeap > 0) {
                    double mb = heap(t, w);
                    if (t == flatFrom) {
                        flatHeap = mb;
                    }
                    if (t == turns && flatHeap > 0 && mb > flatHeap * (1 + heapMargin / 100)) {
                        System.out.printf(Locale.ROOT, "memory is not flat: %.1f MB in use at turn %d, %.1f MB at turn "
                                + "%d (more than %.0f%% growth)%n", mb, t, flatHeap, flatFrom, heapMargin);
                        return 2;
                    }
                }
            }
        } finally {
            if (out == null) {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(folder);
            }
        }
        System.out.printf(Locale.ROOT, "OK: %d turns in %.0f s, every figure in range every turn%s; order history %.1f MB "
                        + "in memory%n", turns, (System.nanoTime() - start) / 1e9,
                flatHeap > 0 ? String.format(Locale.ROOT, ", heap within %.0f%% of turn %d's", heapMargin, flatFrom) : "",
                history.encodedBytes() / 1048576.0);
        return 0;
    }

    private static void measureSave(World w, OrderHistory history, SaveGames saves) throws Exception {
        SaveGame game = envelope(w, history);
        // the first save and load of a process run cold (classes loading, code not yet compiled) unless the save code
        // was warmed at the start (as a game does; --cold leaves it cold); a game autosaves every turn, so its saves
        // run warm: both are reported, the warm ones as the median of the last 5 of 7
        int reps = 7;
        long[] saveMs = new long[reps];
        long[] loadMs = new long[reps];
        long[] saveCpu = new long[reps];
        long[] loadCpu = new long[reps];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Path file = null;
        for (int k = 0; k < reps; k++) {
            long a = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            file = saves.save(game, "soak-" + w.turn);
            saveMs[k] = (System.nanoTime() - a) / 1_000_000;
            saveCpu[k] = (mx.getCurrentThreadCpuTime() - c) / 1_000_000;
            a = System.nanoTime();
            c = mx.getCurrentThreadCpuTime();
            SaveGame loaded = saves.load(file);
            loadMs[k] = (System.nanoTime() - a) / 1_000_000;
            loadCpu[k] = (mx.getCurrentThreadCpuTime() - c) / 1_000_000;
            if (loaded.world.turn != w.turn) {
                throw new IllegalStateException("the save of turn " + w.turn + " loaded as turn " + loaded.world.turn);
            }
        }
        // wall time includes waiting for the disk (fsync) and for the CPU on a busy machine; CPU time is steadier
        System.out.printf(Locale.ROOT, "turn %d: save %.2f MB; first save %d ms (CPU %d ms), first load %d ms (CPU %d ms); "
                        + "warm save %d ms (CPU %d ms), warm load %d ms (CPU %d ms) (log %d events, chart history %d turns, "
                        + "order history %.2f MB in memory)%n", w.turn, Files.size(file) / 1048576.0, saveMs[0], saveCpu[0],
                loadMs[0], loadCpu[0], warm(saveMs), warm(saveCpu), warm(loadMs), warm(loadCpu), w.log.size(),
                w.history.size(), history.encodedBytes() / 1048576.0);
        Files.deleteIfExists(file);
    }

    private static SaveGame envelope(World w, OrderHistory history) {
        SaveGame game = new SaveGame();
        game.world = w;
        game.scenario = w.scenarioId;
        game.orderHistory = history.copy();
        return game;
    }

    /** Median of all but the first two (warm) runs. */
    private static long warm(long[] v) {
        long[] w = Arrays.copyOfRange(v, 2, v.length);
        Arrays.sort(w);
        return w[w.length / 2];
    }

    /** Heap in use after a full collection, in MB (printed). */
    private static double heap(int turn, World w) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        double mb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        System.out.printf(Locale.ROOT, "turn %d: heap in use %.1f MB (log %d events, chart history %d turns)%n", turn,
                mb, w.log.size(), w.history.size());
        return mb;
    }
}
