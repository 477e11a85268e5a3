package org.balancedrealism.cli;

import org.balancedrealism.io.Games;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code stats <scenario> [--seeds N] [--turns T] [--seed S] [--threads K]}: AI-only games in parallel, then one
 * table of world statistics (wars, coalitions, routine diplomacy, overreach) with the historical band of each
 * figure and whether the games fall inside it. Gathering is in {@link WorldStatistics}.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "World statistics of AI-only games against historical bands.")
public final class StatsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id or file")
    String scenario;
    @Option(names = "--seeds", defaultValue = "20", description = "games to play (default ${DEFAULT-VALUE})")
    int seeds;
    @Option(names = "--turns", defaultValue = "100", description = "turns per game (default ${DEFAULT-VALUE})")
    int turns;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the first game; game g uses seed + g (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--threads", description = "worker threads (default: every core)")
    Integer threads;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seeds < 1 || turns < 1) {
            err.println("--seeds and --turns must be at least 1");
            return 2;
        }
        Games.Loaded g = Games.load(scenario);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        long start = System.nanoTime();
        long[] lastProgress = {start};
        List<WorldStatistics.GameFigures> games = WorldStatistics.playAll(g::newWorld, seed, seeds, turns, t,
                (done, of, played, all) -> {
                    synchronized (err) {
                        long now = System.nanoTime();
                        if (done < of && now - lastProgress[0] < 500_000_000L) {
                            return; // at most two lines a second
                        }
                        lastProgress[0] = now;
                        err.printf(Locale.ROOT, "\rgames %d/%d, turns %d/%d (%.1f s)", done, of, played, all,
                                (now - start) / 1e9);
                        if (done == of) {
                            err.println();
                        }
                        err.flush();
                    }
                });
        WorldStatistics.Summary s = WorldStatistics.summarise(games);
        out.printf(Locale.ROOT, "%s: %d games × %d turns (%.1f game-years each), seeds %d–%d, %d threads, %.1f s%n",
                scenario, s.games(), s.turns(), s.yearsPerGame(), seed, seed + seeds - 1, t, (System.nanoTime() - start) / 1e9);
        out.print(table(s));
        out.flush();
        return 0;
    }

    /** The table: one row per figure with value, per-seed mean ± 95% half-width, band and in/out mark. */
    static String table(WorldStatistics.Summary s) {
        StringBuilder sb = new StringBuilder();
        String row = "| %-52s | %9s | %-20s | %-34s | %-4s | %s%n";
        sb.append(String.format(Locale.ROOT, row, "figure", "value", "per seed: mean ± 95%", "historical band", "mark", "note"));
        sb.append("|").append("-".repeat(54)).append("|").append("-".repeat(11)).append("|").append("-".repeat(22))
                .append("|").append("-".repeat(36)).append("|").append("-".repeat(6)).append("|\n");
        for (WorldStatistics.Figure f : s.figures()) {
            Boolean in = f.inBand();
            sb.append(String.format(Locale.ROOT, row, f.label(), format(f.value(), f.unit()),
                    f.seedsWithValue() == 0 ? "–" : format(f.seedMean(), f.unit()) + " ± " + format(f.seedHalfWidth(), f.unit())
                            + (f.seedsWithValue() < s.games() ? " (" + f.seedsWithValue() + " seeds)" : ""),
                    f.band() == null ? "none" : f.band().text(),
                    in == null ? "–" : in ? "in" : "OUT", f.note()));
        }
        sb.append('\n');
        sb.append("Routine diplomatic events per turn by kind:");
        for (Map.Entry<String, Double> e : s.routinePerTurnByKind().entrySet()) {
            sb.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue()));
        }
        sb.append("\n\n");
        sb.append("Moves ordered per game by kind (every kind, 0 = never played):");
        for (Map.Entry<String, Double> e : s.movesPerGameByKind().entrySet()) {
            sb.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue()));
        }
        sb.append("\n\n");
        sb.append("Highest overreach at the end (mean over seeds ± 95%) and share of seeds it faced a coalition in:\n");
        sb.append(String.format(Locale.ROOT, "| %-6s | %-16s | %-15s |%n", "state", "end overreach", "faced coalition"));
        sb.append("|--------|------------------|-----------------|\n");
        for (WorldStatistics.OverreachRow r : s.overreach()) {
            sb.append(String.format(Locale.ROOT, "| %-6s | %-16s | %15s |%n", r.state(),
                    String.format(Locale.ROOT, "%.1f ± %.1f", r.meanEnd(), r.halfWidth()),
                    String.format(Locale.ROOT, "%.0f%%", 100 * r.facedCoalitionShare())));
        }
        sb.append("(value: over all games — mean of per-game rates, pooled share for shares; "
                + "95% = 1.96·sd/√seeds over the seeds that have the figure)\n");
        return sb.toString();
    }

    static String format(double v, WorldStatistics.Unit unit) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (unit) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case COUNT -> String.format(Locale.ROOT, "%.1f", v);
            case RATE -> String.format(Locale.ROOT, "%.2f", v);
        };
    }
}
