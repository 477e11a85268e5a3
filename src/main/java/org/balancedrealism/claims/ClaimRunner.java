package org.balancedrealism.claims;

import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.RulesOverrides;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.session.HeadlessGame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the games behind a scenario's claims and judges each claim on each seed. One game per distinct setup
 * (turns, scripted orders, rules) and seed, shared by every claim with that setup; games run in parallel, each on
 * its own world, and results are gathered by seed, so the outcome does not depend on the number of threads.
 */
public final class ClaimRunner {
    /** Told after each game: games done, games in all. */
    public interface Progress {
        void done(int games, int total);
    }

    private final Games.Loaded game;

    public ClaimRunner(Games.Loaded game) {
        this.game = game;
    }

    public List<ClaimResult> run(List<Claim> claims, long firstSeed, int seeds, int threads, Progress progress)
            throws InterruptedException {
        Map<ClaimSetup, Integer> setups = new LinkedHashMap<>();
        int[] mainSetup = new int[claims.size()];
        int[] compareSetup = new int[claims.size()];
        Watchlist watchlist = new Watchlist();
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            claim.condition().watch(watchlist);
            mainSetup[c] = setups.computeIfAbsent(normalised(claim.setup()), s -> setups.size());
            compareSetup[c] = claim.condition() instanceof ShareAboveMoreOften share
                    ? setups.computeIfAbsent(normalised(claim.setup().withRules(share.compareRules())), s -> setups.size()) : -1;
        }
        List<ClaimSetup> setupList = new ArrayList<>(setups.keySet());
        List<Rules> rules = new ArrayList<>();
        for (ClaimSetup s : setupList) {
            rules.add(RulesOverrides.apply(game.rules(), s.rules()));
        }
        Verdict[][] main = new Verdict[claims.size()][seeds];
        Verdict[][] compare = new Verdict[claims.size()][seeds];
        int total = setupList.size() * seeds;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < seeds; k++) {
                for (int s = 0; s < setupList.size(); s++) {
                    int seedIndex = k;
                    int setup = s;
                    futures.add(pool.submit(() -> {
                        Trace trace = play(setupList.get(setup), rules.get(setup), firstSeed + seedIndex, watchlist);
                        for (int c = 0; c < claims.size(); c++) {
                            if (mainSetup[c] == setup) {
                                main[c][seedIndex] = claims.get(c).condition().judge(trace);
                                if (!main[c][seedIndex].pass() && !trace.failedOrders().isEmpty()) {
                                    main[c][seedIndex] = Verdict.fail(main[c][seedIndex].evidence() + "; " + refused(trace));
                                }
                            }
                            if (compareSetup[c] == setup) {
                                compare[c][seedIndex] = claims.get(c).condition().judge(trace);
                            }
                        }
                        if (progress != null) {
                            progress.done(done.incrementAndGet(), total);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a claims game failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<ClaimResult> results = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            results.add(result(claims.get(c), main[c], compareSetup[c] >= 0 ? compare[c] : null, firstSeed));
        }
        return results;
    }

    /** The scripted orders the engine refused, in short: they may explain a failure (or make it moot). */
    static String refused(Trace trace) {
        List<String> failed = trace.failedOrders();
        return failed.size() + " scripted order" + (failed.size() == 1 ? " was" : "s were") + " refused, first: "
                + String.join("; ", failed.subList(0, Math.min(2, failed.size())));
    }

    /** Drops overrides that restate the scenario's rules, so such a setup shares the games of one without them. */
    private ClaimSetup normalised(ClaimSetup setup) {
        Map<String, Double> changed = new java.util.TreeMap<>();
        for (Map.Entry<String, Double> e : setup.rules().entrySet()) {
            if (RulesOverrides.value(game.rules(), e.getKey()) != e.getValue()) {
                changed.put(e.getKey(), e.getValue());
            }
        }
        return setup.withRules(changed);
    }

    static ClaimResult result(Claim claim, Verdict[] main, Verdict[] compare, long firstSeed) {
        int passes = 0;
        long failedSeed = -1;
        String evidence = null;
        for (int k = 0; k < main.length; k++) {
            if (main[k].pass()) {
                passes++;
            } else if (failedSeed < 0) {
                failedSeed = firstSeed + k;
                evidence = main[k].evidence();
            }
        }
        if (compare == null) {
            double rate = main.length == 0 ? 0 : (double) passes / main.length;
            return new ClaimResult(claim, passes, main.length, -1, failedSeed, evidence, rate >= claim.required() - 1e-12);
        }
        int comparePasses = 0;
        for (Verdict v : compare) {
            comparePasses += v.pass() ? 1 : 0;
        }
        return new ClaimResult(claim, passes, main.length, comparePasses, failedSeed, evidence, passes > comparePasses);
    }

    /** One game: the scenario's world for this seed under these rules, the script, and the trace of every turn. */
    public Trace play(ClaimSetup setup, Rules rules, long seed, Watchlist watchlist) {
        World w = WorldFactory.create(game.map(), game.scenario(), rules, seed);
        HeadlessGame headless = new HeadlessGame(w, setup.orders(), false);
        headless.extendTo(setup.turns());
        if (w.derived == null) {
            Perception.refresh(w);
        }
        Set<String> scripted = new TreeSet<>();
        for (int i : headless.scripted()) {
            scripted.add(w.id(i));
        }
        TraceRecorder recorder = new TraceRecorder(w, watchlist, scripted);
        for (int t = 0; t < setup.turns() && !headless.isOver(); t++) {
            TurnEngine.TurnResult r = headless.playTurn();
            recorder.observe(w, r.events());
        }
        return recorder.trace();
    }
}
