package org.balancedrealism.cli;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Full-world AI turns on modern-world (DESIGN §11): median and p95 per turn, turns per second, heap. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark full-world AI turns.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--turns", defaultValue = "100", description = "measured turns")
    int turns;
    @Option(names = "--warmup", defaultValue = "40", description = "warm-up turns (separate games)")
    int warmup;
    @Option(names = "--scenario", defaultValue = "modern-world")
    String scenario;
    @Option(names = "--seed", defaultValue = "1")
    long seed;
    @Option(names = "--split", description = "also time the AI decisions alone")
    boolean split;

    @Override
    public Integer call() throws Exception {
        Games.Loaded g = Games.load(scenario);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns();
        World warm = fresh(g, seed + 1000, warmup);
        for (int t = 0; t < warmup; t++) {
            if (TurnEngine.isOver(warm)) {
                warm = fresh(g, seed + 1000 + t, warmup);
            }
            ai.playTurn(warm, engine);
        }
        World w = fresh(g, seed, turns);
        long[] ns = new long[turns];
        long[] aiNs = new long[turns];
        long[] cpuNs = new long[turns];
        long[] aiCpuNs = new long[turns];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (int t = 0; t < turns; t++) {
            long ca = mx.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            var orders = ai.orders(w);
            long b = System.nanoTime();
            long cb = mx.getCurrentThreadCpuTime();
            engine.resolve(w, orders);
            ns[t] = System.nanoTime() - a;
            aiNs[t] = b - a;
            cpuNs[t] = mx.getCurrentThreadCpuTime() - ca;
            aiCpuNs[t] = cb - ca;
        }
        double total = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        Arrays.sort(ns);
        Arrays.sort(aiNs);
        Arrays.sort(cpuNs);
        Arrays.sort(aiCpuNs);
        System.out.printf(Locale.ROOT, "%s, %d states, %d turns after %d warm-up: median %.2f ms/turn, p95 %.2f ms, "
                        + "%.1f turns/s, heap used %.0f MB%n", scenario, w.size(), turns, warmup, ns[turns / 2] / 1e6,
                ns[(int) (turns * 0.95)] / 1e6, turns / total, heap / 1e6);
        System.out.printf(Locale.ROOT, "  of which AI decisions: median %.2f ms, p95 %.2f ms; engine: median %.2f ms%n",
                aiNs[turns / 2] / 1e6, aiNs[(int) (turns * 0.95)] / 1e6, (ns[turns / 2] - aiNs[turns / 2]) / 1e6);
        System.out.printf(Locale.ROOT, "  CPU time of the calling thread (steadier on a shared machine; parallel AI work on pool threads not counted): median %.2f ms/turn "
                + "(AI %.2f ms), p95 %.2f ms%n", cpuNs[turns / 2] / 1e6, aiCpuNs[turns / 2] / 1e6, cpuNs[(int) (turns * 0.95)] / 1e6);
        return 0;
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
