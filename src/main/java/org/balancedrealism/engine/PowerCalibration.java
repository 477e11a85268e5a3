package org.balancedrealism.engine;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

import java.util.Map;

/**
 * Power given directly as Correlates-of-War CINC shares (DESIGN §2, historical scenarios). CINC measures 1947 power
 * better than 1947 GDP and military figures can (steel, energy, troops), so a scenario may state it; from then on
 * each state's power moves with its own composite index (GDP, population, military) relative to where it started.
 * <p>
 * Each state keeps a fixed factor {@code k}: its share is {@code k·P(t) / Σ k·P(t)}, with {@code P} the composite
 * share of {@link Perception#powerShares}. At turn 0 {@code k = cinc / P(0)} for the states given a CINC value, and
 * the states without one share what is left ({@code 1 − Σ cinc}) in proportion to their composite index. Without
 * CINC values every {@code k} is 1 and nothing changes.
 */
public final class PowerCalibration {
    private PowerCalibration() {
    }

    /** Sets each state's factor from the CINC shares given ({@code w.derived} must hold uncalibrated shares). */
    static void calibrate(World w, Map<Integer, Double> cinc) {
        if (cinc.isEmpty()) {
            return;
        }
        double[] p = w.derived.power;
        double given = 0;
        double rest = 0;
        for (int i = 0; i < w.size(); i++) {
            if (cinc.containsKey(i)) {
                given += cinc.get(i);
            } else if (w.nation(i).alive) {
                rest += p[i];
            }
        }
        double restFactor = rest > 0 ? Math.max(0, 1 - given) / rest : 0;
        for (int i = 0; i < w.size(); i++) {
            Nation s = w.nation(i);
            Double c = cinc.get(i);
            s.powerCalibration = c == null ? restFactor : p[i] > 0 ? c / p[i] : 0;
        }
    }

    /** Applies the factors to composite shares and renormalises them to sum to 1 over the living states. */
    static void apply(World w, double[] power) {
        boolean calibrated = false;
        for (Nation s : w.nations) {
            if (s.powerCalibration != 1) {
                calibrated = true;
                break;
            }
        }
        if (!calibrated) {
            return;
        }
        double total = 0;
        for (int i = 0; i < power.length; i++) {
            power[i] *= w.nation(i).powerCalibration;
            total += power[i];
        }
        if (total > 0) {
            for (int i = 0; i < power.length; i++) {
                power[i] /= total;
            }
        }
    }
}
