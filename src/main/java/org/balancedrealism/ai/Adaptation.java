package org.balancedrealism.ai;

import org.balancedrealism.engine.Scoring;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.TreeMap;

/**
 * Adaptive doctrines (the balanced realist, §6.2): every {@code adaptEveryTurns} turns each adaptive AI state looks
 * at the AI states of its region (the whole world if its region shows fewer than two doctrines), finds the doctrine
 * with the best mean score ({@link Scoring#score}) and shifts {@code adaptShift} of its weights toward that
 * doctrine's weights. The adapted weights are kept in {@code World.ai.weights} and so saved with the game; the
 * doctrine's other settings (war rule, coalition-risk ceiling) do not change.
 */
public final class Adaptation {
    private Adaptation() {
    }

    /** The weights security, power, wealth, influence, stability a state decides with now. */
    public static double[] weights(World w, int i) {
        double[] adapted = w.ai == null ? null : w.ai.weights.get(w.id(i));
        return adapted != null ? adapted : of(w.rules.doctrine(w.nation(i).doctrine));
    }

    static double[] of(Rules.Doctrine d) {
        return new double[] {d.security, d.power, d.wealth, d.influence, d.stability};
    }

    /** Runs the adaptation if this turn is due. Deterministic: no random draws. */
    public static void maybeAdapt(World w) {
        int every = (int) Math.round(w.rules.ai.adaptEveryTurns);
        if (w.turn == 0 || w.turn % every != 0) {
            return;
        }
        double shift = w.rules.ai.adaptShift;
        // each state's score once: adapting writes only weights, which no score reads
        double[] scores = new double[w.size()];
        java.util.Arrays.fill(scores, Double.NaN);
        // a region's best doctrine once (it reads only scores and doctrines, which adapting leaves alone), not per state
        java.util.Map<String, java.util.Optional<String>> bestIn = new java.util.HashMap<>(); // region (null: all) → best
        java.util.function.Function<String, java.util.Optional<String>> bestOf =
                r -> java.util.Optional.ofNullable(bestDoctrine(w, r, scores));
        for (int i = 0; i < w.size(); i++) {
            Nation s = w.nation(i);
            if (!s.alive || s.human || w.rules.doctrine(s.doctrine).adaptive < 0.5) {
                continue;
            }
            String best = bestIn.computeIfAbsent(s.region, bestOf).orElse(null);
            if (best == null) {
                best = bestIn.computeIfAbsent(null, bestOf).orElse(null);
            }
            if (best == null) {
                continue;
            }
            double[] mine = weights(w, i).clone();
            double[] target = of(w.rules.doctrine(best));
            for (int k = 0; k < mine.length; k++) {
                mine[k] = (1 - shift) * mine[k] + shift * target[k];
            }
            w.ai.weights.put(s.id, mine);
            w.ai.adaptedToward.put(s.id, best);
        }
    }

    /** Doctrine with the best mean score among AI states (of a region, or all), or null if fewer than two doctrines. */
    static String bestDoctrine(World w, String region) {
        double[] scores = new double[w.size()];
        java.util.Arrays.fill(scores, Double.NaN);
        return bestDoctrine(w, region, scores);
    }

    /** {@link #bestDoctrine(World, String)} with a memo of scores already computed this turn (NaN: not yet). */
    private static String bestDoctrine(World w, String region, double[] scores) {
        TreeMap<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < w.size(); i++) {
            Nation s = w.nation(i);
            // passive states are a scenario's background, not a strategy to learn from
            if (s.human || s.doctrine == null || (region != null && !region.equals(s.region))
                    || w.rules.doctrine(s.doctrine).isPassive()) {
                continue;
            }
            double[] acc = sums.computeIfAbsent(s.doctrine, k -> new double[2]);
            if (Double.isNaN(scores[i])) {
                scores[i] = Scoring.score(w, i).total();
            }
            acc[0] += scores[i];
            acc[1]++;
        }
        if (sums.size() < 2) {
            return null;
        }
        String best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (var e : sums.entrySet()) {
            double mean = e.getValue()[0] / e.getValue()[1];
            if (mean > bestMean) {
                bestMean = mean;
                best = e.getKey();
            }
        }
        return best;
    }
}
