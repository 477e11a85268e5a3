package org.balancedrealism.cli;

import org.balancedrealism.claims.Claim;
import org.balancedrealism.claims.ClaimResult;
import org.balancedrealism.claims.ClaimRunner;
import org.balancedrealism.claims.WilsonInterval;
import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.io.ClaimsLoader;
import org.balancedrealism.io.Games;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Checks a scenario's claims: plays each seed with the AI in every seat (scripted states follow their orders) and
 * reports, per claim, the share of seeds that bore it out with its 95 % Wilson interval against the required rate.
 * Exit code 0 if every claim holds, 1 if one does not, 2 for a bad file.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Check a scenario's claims over many AI-only games (exit 1 if one falls short).")
public final class ClaimsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id (modern-world, ukraine-2022, belt-and-road-2013) or file")
    String scenario;
    @Option(names = "--seeds", defaultValue = "50", description = "seeds to play (default ${DEFAULT-VALUE})")
    int seeds;
    @Option(names = "--seed", defaultValue = "1", description = "first seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--threads", description = "worker threads (default: every core)")
    Integer threads;
    @Option(names = "--only", split = ",", description = "check only these claim ids")
    List<String> only;
    @Option(names = "--scaling", description = "play the seeds at 1, 2 and every core's threads and report games per second of each")
    boolean scaling;

    @Override
    public Integer call() throws Exception {
        Games.Loaded g = Games.load(scenario);
        List<Claim> claims = ClaimsLoader.read(g.scenario(), g.map(), g.rules(), g.fileName());
        if (only != null && !only.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(only);
            Set<String> known = claims.stream().map(Claim::id).collect(Collectors.toSet());
            for (String id : wanted) {
                if (!known.contains(id)) {
                    System.err.println(g.fileName() + ": no claim '" + id + "'; its claims are "
                            + claims.stream().map(Claim::id).collect(Collectors.joining(", ")));
                    return 2;
                }
            }
            claims = new ArrayList<>(claims.stream().filter(c -> wanted.contains(c.id())).toList());
        }
        if (claims.isEmpty()) {
            System.out.println(g.fileName() + " makes no claims.");
            return 0;
        }
        if (seeds < 1) {
            System.err.println("--seeds must be at least 1");
            return 2;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = scaling ? List.copyOf(new java.util.TreeSet<>(List.of(1, Math.min(2, cores), cores)))
                : List.of(threads == null ? cores : Math.max(1, threads));
        List<ClaimResult> results = null;
        double oneThread = 0;
        for (int t : counts) {
            long start = System.nanoTime();
            results = run(g, claims, t);
            double s = (System.nanoTime() - start) / 1e9;
            int games = gamesPlayed;
            oneThread = t == 1 ? s : oneThread;
            // timing goes to the error stream: the report itself depends only on the results
            System.err.printf(Locale.ROOT, "claims: %d games in %.1f s at %d thread%s, %.2f games/s%s%n", games, s, t,
                    t == 1 ? "" : "s", games / s, oneThread > 0 && t > 1 ? String.format(Locale.ROOT, ", speed-up ×%.2f", oneThread / s) : "");
        }
        System.out.print(report(g.scenario().id, results, seed, seeds));
        return results.stream().allMatch(r -> r.passed() || r.claim().isOpen()) ? 0 : 1;
    }

    /** Games the last run played (each seed once per distinct setup), as the runner reports its progress. */
    private int gamesPlayed;

    private List<ClaimResult> run(Games.Loaded g, List<Claim> claims, int t) throws InterruptedException {
        PrintStream err = System.err;
        return new ClaimRunner(g).run(claims, seed, seeds, t, (done, total) -> {
            synchronized (err) {
                gamesPlayed = total;
                err.print("\rclaims: game " + done + " of " + total);
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        });
    }

    /** The report: a block per claim, then one summary line. Depends only on the results, never on timing. */
    static String report(String scenarioId, List<ClaimResult> results, long firstSeed, int seeds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Claims of %s: %d seeds (%d–%d)%n", scenarioId, seeds, firstSeed, firstSeed + seeds - 1));
        int width = results.stream().mapToInt(r -> r.claim().id().length()).max().orElse(10);
        int holding = 0;
        int open = 0;
        for (ClaimResult r : results) {
            holding += r.passed() ? 1 : 0;
            open += r.claim().isOpen() && !r.passed() ? 1 : 0;
            WilsonInterval ci = r.interval();
            String mark = r.passed() ? "PASS" : r.claim().isOpen() ? "OPEN" : "FAIL";
            sb.append(String.format(Locale.ROOT, "%s  %-" + width + "s  %2d/%d = %3.0f%%  95%% CI %3.0f–%3.0f%%", mark,
                    r.claim().id(), r.passes(), r.seeds(), 100 * r.rate(), 100 * ci.low(), 100 * ci.high()));
            if (r.compares()) {
                ShareAboveMoreOften c = (ShareAboveMoreOften) r.claim().condition();
                sb.append(String.format(Locale.ROOT, "  vs %d/%d = %.0f%% under %s (must be more often)", r.comparePasses(), r.seeds(),
                        100.0 * r.comparePasses() / r.seeds(), rules(c.compareRules())));
            } else {
                sb.append(String.format(Locale.ROOT, "  required %.0f%%", 100 * r.claim().required()));
            }
            sb.append('\n');
            sb.append("      ").append(r.claim().text()).append('\n');
            if (r.claim().isOpen()) {
                sb.append("      open: ").append(r.claim().open()).append('\n');
            }
            if (r.failedSeed() >= 0) {
                sb.append("      seed ").append(r.failedSeed()).append(": ").append(r.failedEvidence()).append('\n');
            }
        }
        int failing = results.size() - holding - open;
        sb.append(String.format(Locale.ROOT, "%d of %d claims hold; %s%s%n", holding, results.size(),
                failing == 0 ? "none falls short" : failing + (failing == 1 ? " falls short" : " fall short"),
                open == 0 ? "." : "; " + open + " open (known gaps of the model, not counted)."));
        return sb.toString();
    }

    private static String rules(Map<String, Double> rules) {
        return rules.isEmpty() ? "the scenario's rules" : rules.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", "));
    }
}
