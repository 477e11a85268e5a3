package org.balancedrealism.engine;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PairTable;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place where every figure with a documented range is kept in it (the ranges are the rules' {@code bounds}):
 * run at the end of every turn and on loading a save. Moves and phases may push a figure past its range (development
 * aid adds opinion without looking at the ceiling; compound growth has no ceiling at all); this brings it back, so
 * a 5,000-turn game stays finite and opinion stays within −100…100. A figure that is not a number at all (which no
 * rule should produce) becomes the lower end of its range rather than spreading through the world.
 * <p>
 * It also keeps long games' memory flat: per-turn chart figures older than {@code historyFullTurns} are thinned to
 * one turn in {@code historyOlderStride} (or more, so that at most {@code historyFullTurns} older turns stay), and the
 * event log keeps at most {@code logMax} events.
 */
public final class Bounds {
    private Bounds() {
    }

    /** Brings every figure of {@code w} into its range and trims the kept history. */
    public static void enforce(World w) {
        Rules.Bounds b = w.rules.bounds;
        for (Nation n : w.nations) {
            if (n.alive) { // a destroyed state's figures are no longer read
                enforce(n, b);
            }
        }
        clamp(w.opinion, b.opinionMin, b.opinionMax);
        clamp(w.trust, 0, 1);
        clamp(w.memory, 0, b.hostilityMax);
        trimHistory(w, (int) b.historyFullTurns, (int) b.historyOlderStride);
        int extra = w.log.size() - (int) b.logMax;
        if (extra > 0) {
            w.log.subList(0, extra).clear();
        }
    }

    /**
     * One living state's figures into their ranges. A method of its own, called once per state, so the just-in-time
     * compiler optimises it fully within a game's first turns (a loop run once a turn stays in its slower tiers).
     */
    private static void enforce(Nation n, Rules.Bounds b) {
        n.population = clamp(n.population, 0, b.populationMax);
        n.gdp = clamp(n.gdp, b.gdpMin, Math.max(b.gdpMin, b.gdpPerCapitaMax * n.population));
        n.military = clamp(n.military, 0, b.militaryPerGdpMax * n.gdp);
        n.treasury = clamp(n.treasury, -b.debtPerGdpMax * n.gdp, b.treasuryPerGdpMax * n.gdp);
        n.debtToDonors = clamp(n.debtToDonors, 0, b.donorDebtPerGdpMax * n.gdp);
        n.softPower = clamp(n.softPower, 0, b.softPowerMax);
        n.stability = clamp(n.stability, 0, b.stabilityMax);
        n.nationalism = clamp(n.nationalism, 0, b.nationalismMax);
        n.warWeariness = clamp(n.warWeariness, 0, b.warWearinessMax);
        n.prestige = clamp(n.prestige, -b.prestigeMax, b.prestigeMax);
        n.nuclear = Math.max(0, Math.min(3, n.nuclear));
        n.growth = clamp(n.growth, -1, 1);
    }

    /** Every figure outside its range, one line each (empty when the world is sane): for tests and the soak check. */
    public static List<String> violations(World w) {
        Rules.Bounds b = w.rules.bounds;
        List<String> out = new ArrayList<>();
        for (Nation n : w.nations) {
            if (!n.alive) {
                continue;
            }
            check(out, n.id + ".population", n.population, 0, b.populationMax);
            check(out, n.id + ".gdp", n.gdp, b.gdpMin, Math.max(b.gdpMin, b.gdpPerCapitaMax * n.population));
            check(out, n.id + ".military", n.military, 0, b.militaryPerGdpMax * n.gdp);
            check(out, n.id + ".treasury", n.treasury, -b.debtPerGdpMax * n.gdp, b.treasuryPerGdpMax * n.gdp);
            check(out, n.id + ".debtToDonors", n.debtToDonors, 0, b.donorDebtPerGdpMax * n.gdp);
            check(out, n.id + ".softPower", n.softPower, 0, b.softPowerMax);
            check(out, n.id + ".stability", n.stability, 0, b.stabilityMax);
            check(out, n.id + ".nationalism", n.nationalism, 0, b.nationalismMax);
            check(out, n.id + ".warWeariness", n.warWeariness, 0, b.warWearinessMax);
            check(out, n.id + ".prestige", n.prestige, -b.prestigeMax, b.prestigeMax);
            check(out, n.id + ".nuclear", n.nuclear, 0, 3);
        }
        check(out, w, "opinion", w.opinion, b.opinionMin, b.opinionMax);
        check(out, w, "trust", w.trust, 0, 1);
        check(out, w, "hostility", w.memory, 0, b.hostilityMax);
        if (w.log.size() > b.logMax) {
            out.add("log holds " + w.log.size() + " events, more than " + (long) b.logMax);
        }
        if (w.derived != null) {
            for (int i = 0; i < w.size(); i++) {
                check(out, w.id(i) + ".power share", w.derived.power[i], 0, 1);
            }
        }
        return out;
    }

    static double clamp(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return lo;
        }
        return v < lo ? lo : v > hi ? hi : v;
    }

    private static void clamp(PairTable t, double lo, double hi) {
        for (int i = 0; i < t.size(); i++) {
            clampRow(t, i, lo, hi);
        }
    }

    /** Row {@code i} of {@code t} into its range: a method called per row, so it is soon compiled at its best. */
    private static void clampRow(PairTable t, int i, double lo, double hi) {
        double[] row = t.row(i); // read in place; written (and so unshared) only where a figure is out of range
        for (int j = 0; j < row.length; j++) {
            double v = row[j];
            if (!(v >= lo && v <= hi)) { // out of range or not a number
                t.set(i, j, clamp(v, lo, hi));
            }
        }
    }

    /**
     * Keeps every turn of the last {@code full} and one in {@code stride} of the older ones (turn numbers kept); the
     * stride doubles whenever the older ones would be more than {@code full}, so the charts of a 5,000-turn game still
     * span it all from a bounded number of turns (the rules never read these figures, only charts and reports).
     */
    private static void trimHistory(World w, int full, int stride) {
        int newestOld = w.turn - full;
        if (newestOld > 0) {
            int s = Math.max(1, stride);
            while (newestOld / s > full) {
                s *= 2;
            }
            int kept = s;
            w.history.removeIf(x -> x.turn() <= newestOld && x.turn() % kept != 0);
        }
    }

    private static void check(List<String> out, String what, double v, double lo, double hi) {
        if (!(v >= lo - 1e-9 * Math.abs(lo) && v <= hi + 1e-9 * Math.abs(hi))) {
            out.add(what + " = " + v + ", outside " + lo + "…" + hi);
        }
    }

    private static void check(List<String> out, World w, String what, PairTable t, double lo, double hi) {
        for (int i = 0; i < t.size(); i++) {
            for (int j = 0; j < t.size(); j++) {
                double v = t.get(i, j);
                if (!(v >= lo && v <= hi)) {
                    out.add(what + " of " + w.id(i) + " toward " + w.id(j) + " = " + v + ", outside " + lo + "…" + hi);
                    return; // one per table is enough to tell
                }
            }
        }
    }
}
