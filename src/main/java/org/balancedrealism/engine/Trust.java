package org.balancedrealism.engine;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.World;

/**
 * Trust between states drifts toward what their ties justify: trade, shared institutions, alliances, both being
 * democracies. Opinion drifts toward its resting value, which lasting cooperation and remembered good deeds raise and
 * remembered hostility lowers (see {@link #restingOpinion}).
 */
public final class Trust {
    private Trust() {
    }

    public static void update(World w) {
        int n = w.size();
        double rate = Math.min(1, w.rules.diplomacy.opinionDrift * w.yearsPerTurn());
        boolean[] democracy = democracies(w);
        double[] targets = goals(w, democracy);
        double opinionPerHostility = w.rules.hostility.opinionPerHostility;
        double opinionRate = rate * w.rules.diplomacy.opinionDriftShare;
        double untiedDemocracies = untied(w, true);
        double untiedOthers = untied(w, false);
        org.balancedrealism.model.PairTable anchors = w.opinionAnchor;
        fadeGoodwill(w);
        // each pair reads what b remembers of a (hostility and good deeds: column a), so the rows are taken once
        // here instead of a table look-up per pair; every pair's figures are worked out as before
        double[][] memory = rows(w.memory);
        double[][] goodwill = w.goodwill == null ? null : rows(w.goodwill);
        double opinionPerTrust = w.rules.diplomacy.opinionPerTrust;
        // a democracy's untied trust in each state (more in a fellow democracy), read per pair instead of a test
        double[] untiedForDemocracy = new double[n];
        for (int b = 0; b < n; b++) {
            untiedForDemocracy[b] = democracy[b] ? untiedDemocracies : untiedOthers;
        }
        double[] othersUntied = new double[n];
        java.util.Arrays.fill(othersUntied, untiedOthers);
        for (int a = 0; a < n; a++) {
            double[] trust = w.trust.writable(a);
            double[] opinion = w.opinion.writable(a);
            double[] anchor = anchors == null ? null : anchors.row(a);
            double[] untied = democracy[a] ? untiedForDemocracy : othersUntied;
            int row = a * n;
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                double goal = Math.min(1, targets[row + b]);
                double t = trust[b] + (goal - trust[b]) * rate;
                trust[b] = t;
                double grievance = memory[b][a] * opinionPerHostility - (goodwill == null ? 0 : goodwill[b][a]);
                double rest = restingOpinion(opinionPerTrust, goal, t, untied[b], grievance, anchor == null ? 0 : anchor[b]);
                opinion[b] += (rest - opinion[b]) * opinionRate;
            }
        }
    }

    /** The rows of {@code t} to read in place (not to write). */
    private static double[][] rows(org.balancedrealism.model.PairTable t) {
        double[][] rows = new double[t.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = t.row(r);
        }
        return rows;
    }

    /**
     * A good deed of {@code actor} (development aid) that {@code observer} remembers as it remembers an aggressive act:
     * its opinion points stay in the observer's resting opinion of the actor, fading at hostility's yearly rate
     * (rules hostility.yearlyRetention), instead of ebbing with trust within a few years. Good deeds are remembered as
     * long as bad ones; talk (summits) is not a deed and writes none.
     */
    public static void rememberGoodDeed(World w, int actor, int observer, double points) {
        if (w.goodwill == null) {
            w.goodwill = new org.balancedrealism.model.PairTable(w.size(), 0);
        }
        w.goodwill.add(actor, observer, points);
    }

    /** Opinion points of {@code actor}'s good deeds that {@code observer} still remembers. */
    public static double goodwill(World w, int actor, int observer) {
        return w.goodwill == null ? 0 : w.goodwill.get(actor, observer);
    }

    /** Remembered good deeds fade as hostility does (Hostility.decay): by hostility.yearlyRetention a year. */
    private static void fadeGoodwill(World w) {
        if (w.goodwill == null) {
            return;
        }
        double factor = Math.pow(w.rules.hostility.yearlyRetention, w.yearsPerTurn());
        for (int j = 0; j < w.size(); j++) {
            double[] row = w.goodwill.writable(j);
            for (int i = 0; i < row.length; i++) {
                row[i] *= factor;
            }
        }
    }

    /**
     * Anchors the opinions a scenario gives ({@code pairs}: observer, judged) at their starting value: the history,
     * culture and interests behind a figure the author set are not undone by the drift, which from then on moves
     * such a pair's resting opinion only by what changes — cooperation gained or lost, hostility written or fading.
     * Pairs the scenario leaves unset rest where their ties put them.
     */
    public static void anchor(World w, java.util.Collection<int[]> pairs) {
        int n = w.size();
        boolean[] democracy = democracies(w);
        double[] targets = goals(w, democracy);
        org.balancedrealism.model.PairTable anchors = new org.balancedrealism.model.PairTable(n, 0);
        for (int[] p : pairs) {
            int a = p[0], b = p[1];
            double goal = Math.min(1, targets[a * n + b]);
            double rest = restingOpinion(w, goal, w.trust.get(a, b), untied(w, democracy[a] && democracy[b]),
                    w.memory.get(b, a) * w.rules.hostility.opinionPerHostility - goodwill(w, b, a), 0);
            anchors.set(a, b, w.opinion.get(a, b) - rest);
        }
        w.opinionAnchor = pairs.isEmpty() ? null : anchors;
    }

    private static boolean[] democracies(World w) {
        boolean[] democracy = new boolean[w.size()];
        for (int a = 0; a < democracy.length; a++) {
            democracy[a] = w.nation(a).regime == Regime.DEMOCRACY;
        }
        return democracy;
    }

    /** The trust each pair's ties justify now: what trust drifts toward. */
    private static double[] goals(World w, boolean[] democracy) {
        int n = w.size();
        double[] targets = new double[n * n];
        double untiedDemocracies = untied(w, true);
        double untiedOthers = untied(w, false);
        for (int a = 0; a < n; a++) {
            int row = a * n;
            if (democracy[a]) {
                for (int b = 0; b < n; b++) {
                    targets[row + b] = democracy[b] ? untiedDemocracies : untiedOthers;
                }
            } else {
                java.util.Arrays.fill(targets, row, row + n, untiedOthers);
            }
            targets[row + a] = 1;
        }
        for (Treaty x : w.treaties) {
            double add = switch (x.type()) {
                case TRADE -> w.rules.diplomacy.trustPerTrade;
                case INSTITUTION -> w.rules.diplomacy.trustPerInstitution;
                case ALLIANCE -> w.rules.diplomacy.trustPerAlliance;
                case ARMS_CONTROL, NON_AGGRESSION -> w.rules.diplomacy.trustPerPact;
                default -> 0;
            };
            targets[x.a() * n + x.b()] += add;
            targets[x.b() * n + x.a()] += add;
        }
        for (var war : w.wars) {
            for (int a : war.attackers) {
                for (int b : war.defenders) {
                    targets[a * n + b] = 0;
                    targets[b * n + a] = 0;
                }
            }
        }
        return targets;
    }

    /** Trust between two states with no ties: the start's, more between two democracies. */
    static double untied(World w, boolean democracies) {
        return w.rules.start.trust + (democracies ? w.rules.diplomacy.trustDemocracies : 0);
    }

    /**
     * Where a pair's opinion comes to rest: its {@code anchor} (0, indifference, for a pair the scenario leaves
     * unset; see {@link #anchor}) when nothing lies between them; raised by lasting cooperation — the trust their treaties in force
     * justify over an untied pair's ({@code goal − untied}), and trust built above that by aid and summits while it
     * is remembered (it fades as trust settles back to its goal) — and lowered by the hostility remembered net of the
     * good deeds remembered ({@code grievance}, in opinion points; see {@link #rememberGoodDeed}). Each pair
     * is measured from its own ties, so attraction is cooperation with that state, never a pull toward the strongest.
     */
    static double restingOpinion(World w, double goal, double trust, double untied, double grievance, double anchor) {
        return restingOpinion(w.rules.diplomacy.opinionPerTrust, goal, trust, untied, grievance, anchor);
    }

    private static double restingOpinion(double opinionPerTrust, double goal, double trust, double untied,
                                         double grievance, double anchor) {
        double cooperation = goal - untied + Math.max(0, trust - goal);
        return Math.max(-100, Math.min(100, anchor + opinionPerTrust * cooperation - grievance));
    }
}
