package org.balancedrealism.engine;

import org.balancedrealism.model.Derived;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.rules.Rules;

/**
 * The direct threats of a whole derivation, observer by observer: {@link Perception#directThreat} for every pair, with
 * what belongs to the observer (its strength, floor, rows of trust and opinion, what it remembers of everyone) read
 * once per row instead of once per pair. The derivation of 197² pairs spends most of its time here, so the inner loop
 * reads flat arrays only. Same formula, same operations in the same order: every figure equals
 * {@link Perception#directThreat}'s to the last bit (DirectThreatRowsTest holds it).
 */
final class DirectThreatRows {
    private static final int ARMS_CONTROL = 1 << TreatyType.ARMS_CONTROL.ordinal();
    /** The bits of {@link Derived#allied}: an alliance or coalition partners. */
    private static final int ALLIED = (1 << TreatyType.ALLIANCE.ordinal()) | Derived.COALITION;

    private final Derived d;
    private final Derived.Basis basis;
    private final int n;
    /** The rows of remembered hostility, by source: what observer i remembers of j is {@code memory[j][i]}. */
    private final double[][] memory;
    private final double intentionScale;
    private final double trustWeight;
    private final double opinionWeight;
    private final double defenceWeight;
    private final double nuclearCapLevel;
    private final double nuclearOffenceCap;
    private final double armsControlOffence;
    private final double allyFactor;
    private final double allyFadeScale;
    // one row's intermediate figures, by source (scratch: one derivation uses one instance on one thread)
    private final double[] share;
    private final double[] projected;
    private final double[] offence;
    private final double[] remembered;
    private final double[] pressure;
    private final double[] mood;
    private final double[] capability;

    DirectThreatRows(Rules rules, Derived d, Derived.Basis basis) {
        this.d = d;
        this.basis = basis;
        this.n = d.n;
        this.memory = new double[n][];
        for (int j = 0; j < n; j++) {
            memory[j] = basis.memory.row(j);
        }
        share = new double[n];
        projected = new double[n];
        offence = new double[n];
        remembered = new double[n];
        pressure = new double[n];
        mood = new double[n];
        capability = new double[n];
        Rules.Threat r = rules.threat;
        intentionScale = r.intentionScale;
        trustWeight = r.trustWeight;
        opinionWeight = r.opinionWeight;
        defenceWeight = r.defenceWeight;
        nuclearCapLevel = r.nuclearCapLevel;
        nuclearOffenceCap = r.nuclearOffenceCap;
        armsControlOffence = rules.diplomacy.armsControlOffence;
        allyFactor = r.allyFactor;
        allyFadeScale = r.allyFadeScale;
    }

    /**
     * Writes observer {@code i}'s row of direct threats into {@code direct}. The divisions and square roots of the
     * formula are taken first for the whole row, each in a loop of its own over flat arrays (the compiler turns such
     * loops into vector instructions, four pairs at a time); the loops after them apply the formula's conditions to
     * those results exactly as {@link Perception#directThreat} applies them, so a lane computed for a pair the formula
     * leaves out (a zero divided by zero, say) is simply never used.
     */
    void row(int i, double[] direct) {
        int from = i * n;
        if (!basis.alive[i]) { // a dead state fears nobody
            java.util.Arrays.fill(direct, from, from + n, 0);
            return;
        }
        boolean[] alive = basis.alive;
        double[] latent = d.latent;
        double[] military = basis.military;
        double[] proximity = basis.proximity;
        byte[] ties = d.ties;
        double[] trust = basis.trust.row(i);
        double[] opinion = basis.opinion.row(i);
        double latentI = latent[i];
        double defence = defenceWeight * military[i];
        double floor = basis.floors[i];
        double rise = 1 - floor;
        double[] share = this.share;
        double[] offence = this.offence;
        double[] projected = this.projected;
        double[] remembered = this.remembered;
        double[] pressure = this.pressure;
        double[] mood = this.mood;
        double[] capability = this.capability;
        for (int j = 0; j < n; j++) {
            share[j] = latent[j] / (latent[j] + latentI);
        }
        for (int j = 0; j < n; j++) {
            projected[j] = military[j] * proximity[from + j];
        }
        for (int j = 0; j < n; j++) {
            offence[j] = projected[j] / (projected[j] + defence);
        }
        for (int j = 0; j < n; j++) {
            remembered[j] = memory[j][i];
        }
        for (int j = 0; j < n; j++) {
            pressure[j] = remembered[j] / intentionScale;
        }
        for (int j = 0; j < n; j++) {
            mood[j] = opinion[j] / 100;
        }
        // capability's inputs as the formula has them: aggregate power, offence (arms control, the nuclear cap)
        boolean capped = basis.nuclear[i] >= nuclearCapLevel;
        for (int j = 0; j < n; j++) {
            double aggregate = latent[j] + latentI > 0 ? share[j] : 0;
            double o = projected[j] > 0 ? offence[j] : 0;
            if ((ties[from + j] & ARMS_CONTROL) != 0) {
                o *= armsControlOffence;
            }
            if (capped) {
                o = Math.min(o, nuclearOffenceCap);
            }
            capability[j] = aggregate * o;
        }
        for (int j = 0; j < n; j++) {
            capability[j] = Math.sqrt(Math.sqrt(capability[j]));
        }
        for (int j = 0; j < n; j++) {
            int p = from + j;
            if (j == i || !alive[j]) {
                direct[p] = 0;
                continue;
            }
            // intentions (Perception.intentions): the floor unless remembered hostility outweighs trust (exp(−0) = 1)
            double h = remembered[j];
            double x = Math.max(0, pressure[j] - trustWeight * trust[j]);
            double raised = x == 0 ? floor : floor + rise * (1 - Math.exp(-x));
            double intent = Math.max(0, Math.min(1, raised * (1 - opinionWeight * mood[j])));
            double t = intent * capability[j] * proximity[p];
            if ((ties[p] & ALLIED) != 0) { // Perception.allyDiscount
                t *= h == 0 ? allyFactor : allyFactor + (1 - allyFactor) * (1 - Math.exp(-h / allyFadeScale));
            }
            direct[p] = t;
        }
    }
}
