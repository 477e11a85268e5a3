package org.balancedrealism.engine;

import org.balancedrealism.model.Derived;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.rules.Rules;

/**
 * The direct threats of a whole derivation, observer by observer: {@link Perception#directThreat} for every pair, with
 * what belongs to the observer (its strength, floor, rows of trust and opinion, what it remembers of everyone) read
 * once per row instead of once per pair. A derivation of 197² pairs spends most of its time here (four divisions and
 * two square roots a pair), so a row is taken a step at a time over flat arrays, which the compiler turns into vector
 * instructions. Same formula, same operations in the same order: every figure equals {@link Perception#directThreat}'s
 * to the last bit (DirectThreatRowsTest holds it). One instance serves one derivation on one thread (scratch rows);
 * each observer's rows of intentions and offence go into the derivation's basis, for the next derivation to reuse.
 */
final class DirectThreatRows {
    private static final int ARMS_CONTROL = 1 << TreatyType.ARMS_CONTROL.ordinal();

    private final Derived d;
    private final Derived.Basis basis;
    /** Where the rows of intentions and offence worked out anew are written (null: new arrays). */
    private final Derived.Workspace workspace;
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
    /**
     * True if no state's latent power is negative or not a number: then for an observer with some latent power every
     * share's sum is above 0, and the formula's guard on it ({@code latent sum > 0}) changes nothing.
     */
    private final boolean plainLatent;
    /**
     * True if every state's military is a finite figure with its sign bit clear (so not −0) and every reach is a
     * number: then every proximity (the gradient at a hop count, which is never NaN) is a number in 0…1 and every
     * projected strength +0 or more, so for an observer with a finite defence above 0 the formula's guard on offence
     * ({@code projected > 0}) changes nothing: an offence of +0 projected is +0 / defence = +0, the very figure the
     * guard puts in its place.
     */
    private final boolean plainMilitary;
    // one row's intermediate figures, by source (scratch: one derivation uses one instance on one thread)
    private final double[] share;
    private final double[] projected;
    private final double[] remembered;
    private final double[] gradient;
    private final double[] excess;
    private final double[] capability;
    private final double[] threat;

    DirectThreatRows(Rules rules, Derived d, Derived.Basis basis) {
        this(rules, d, basis, null);
    }

    DirectThreatRows(Rules rules, Derived d, Derived.Basis basis, Derived.Workspace workspace) {
        this.d = d;
        this.basis = basis;
        this.workspace = workspace;
        this.n = d.n;
        this.memory = new double[n][];
        for (int j = 0; j < n; j++) {
            memory[j] = basis.memory.row(j);
        }
        share = new double[n];
        projected = new double[n];
        remembered = new double[n];
        gradient = new double[n];
        excess = new double[n];
        capability = new double[n];
        threat = new double[n];
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
        plainLatent = plainLatent(d.latent);
        plainMilitary = plainMilitary(basis.military, basis.reach);
    }

    /** See {@link #plainLatent}. */
    private static boolean plainLatent(double[] latent) {
        for (double x : latent) {
            if (!(x >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** See {@link #plainMilitary}. */
    private static boolean plainMilitary(double[] military, double[] reach) {
        for (int j = 0; j < military.length; j++) {
            long bits = Double.doubleToRawLongBits(military[j]);
            if (bits < 0 || bits >= 0x7FF0000000000000L || Double.isNaN(reach[j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes observer {@code i}'s row of direct threats into {@code direct}, and its rows of intentions and offence into
     * the basis. The formula is taken step by step for the whole row, each step a loop of its own over arrays read
     * from their start (the compiler turns such loops into vector instructions, four pairs at a time), as if every
     * pair were the common one: intentions at the observer's floor (nothing remembered beyond what trust covers) and
     * no condition in play; the exceptions are then put right pair by pair, exactly as {@link Perception#directThreat}
     * words them, so a lane computed for a pair the formula leaves out (a zero divided by zero, say) is never used.
     * With {@code was} given (a derivation in which none of this row's inputs but the power shares differed), its rows
     * of intentions and offence are taken as they are and only what the power shares enter is worked out again.
     */
    void row(int i, double[] direct, Derived.Basis was) {
        int from = i * n;
        if (!basis.alive[i]) { // a dead state fears nobody
            java.util.Arrays.fill(direct, from, from + n, 0);
            return;
        }
        double[] intent;
        double[] offence;
        if (was != null && was.intent[i] != null) {
            intent = was.intent[i];
            offence = was.offence[i];
        } else if (workspace != null) { // written whole by factors: the figures there before are never read
            intent = workspace.intent(i);
            offence = workspace.offence(i);
            factors(i, intent, offence);
        } else {
            intent = new double[n];
            offence = new double[n];
            factors(i, intent, offence);
        }
        basis.intent[i] = intent;
        basis.offence[i] = offence;
        double[] latent = d.latent;
        double latentI = latent[i];
        double[] share = this.share;
        double[] gradient = this.gradient;
        double[] capability = this.capability;
        double[] threat = this.threat;
        System.arraycopy(basis.proximity, from, gradient, 0, n);
        for (int j = 0; j < n; j++) {
            share[j] = latent[j] / (latent[j] + latentI);
        }
        if (plainLatent && latentI > 0) { // every sum above 0: the guard changes nothing (see plainLatent)
            for (int j = 0; j < n; j++) {
                capability[j] = share[j] * offence[j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                double aggregate = latent[j] + latentI > 0 ? share[j] : 0;
                capability[j] = aggregate * offence[j];
            }
        }
        for (int j = 0; j < n; j++) {
            capability[j] = Math.sqrt(Math.sqrt(capability[j]));
        }
        for (int j = 0; j < n; j++) {
            threat[j] = intent[j] * capability[j] * gradient[j];
        }
        boolean[] alive = basis.alive;
        byte[] ties = d.ties;
        for (int j = 0; j < n; j++) {
            if (j == i || !alive[j]) {
                direct[from + j] = 0;
                continue;
            }
            double t = threat[j];
            if (Derived.alliedTie(ties[from + j])) { // Perception.allyDiscount
                double h = memory[j][i];
                t *= h == 0 ? allyFactor : allyFactor + (1 - allyFactor) * (1 - Math.exp(-h / allyFadeScale));
            }
            direct[from + j] = t;
        }
    }

    /**
     * Observer {@code i}'s intentions factor toward each source (remembered hostility beyond trust raising it above the
     * floor, opinion lowering or raising it: {@link Perception#intentions}) and offence (the strength each projects
     * against its defence, with arms control and its nuclear cap), the parts of the formula power shares do not enter.
     */
    private void factors(int i, double[] intent, double[] offence) {
        int from = i * n;
        double[] military = basis.military;
        byte[] ties = d.ties;
        double[] trust = basis.trust.row(i);
        double[] opinion = basis.opinion.row(i);
        double defence = defenceWeight * military[i];
        double floor = basis.floors[i];
        double[] gradient = this.gradient;
        double[] projected = this.projected;
        double[] remembered = this.remembered;
        double[] excess = this.excess;
        System.arraycopy(basis.proximity, from, gradient, 0, n);
        for (int j = 0; j < n; j++) {
            projected[j] = military[j] * gradient[j];
        }
        for (int j = 0; j < n; j++) {
            offence[j] = projected[j] / (projected[j] + defence);
        }
        for (int j = 0; j < n; j++) {
            remembered[j] = memory[j][i];
        }
        // intentions: x = max(0, H / scale − trustWeight·trust), then the floor (x = 0) lowered by good opinion
        for (int j = 0; j < n; j++) {
            excess[j] = Math.max(0, remembered[j] / intentionScale - trustWeight * trust[j]);
        }
        for (int j = 0; j < n; j++) {
            intent[j] = Math.max(0, Math.min(1, floor * (1 - opinionWeight * (opinion[j] / 100))));
        }
        double rise = 1 - floor;
        for (int j = 0; j < n; j++) {
            double x = excess[j];
            if (x != 0) { // remembered hostility beyond trust raises the intentions above the floor (Perception.intentions)
                double raised = floor + rise * (1 - Math.exp(-x));
                intent[j] = Math.max(0, Math.min(1, raised * (1 - opinionWeight * (opinion[j] / 100))));
            }
        }
        // offence as the formula has it: none where nothing is projected, arms control, the nuclear cap
        boolean capped = basis.nuclear[i] >= nuclearCapLevel;
        if (!capped && plainMilitary && defence > 0 && defence < Double.POSITIVE_INFINITY) {
            // the common row: the guard changes nothing (see plainMilitary), so only arms control is put right
            for (int j = 0; j < n; j++) {
                if ((ties[from + j] & ARMS_CONTROL) != 0) {
                    offence[j] *= armsControlOffence;
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                double o = projected[j] > 0 ? offence[j] : 0;
                if ((ties[from + j] & ARMS_CONTROL) != 0) {
                    o *= armsControlOffence;
                }
                if (capped) {
                    o = Math.min(o, nuclearOffenceCap);
                }
                offence[j] = o;
            }
        }
    }
}
