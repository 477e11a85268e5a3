package org.balancedrealism.engine;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
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
        update(w, null);
    }

    /**
     * {@link #update(World)} with the states' rows shared out to {@code workers} (null: all on this thread). A state's
     * rows of trust and opinion depend on its own rows, its goals and what the others remember of it, never on another
     * state's new figures, so each row is worked out apart, into a new array, and put in when all are done.
     */
    public static void update(World w, Workers workers) {
        int n = w.size();
        double rate = Math.min(1, w.rules.diplomacy.opinionDrift * w.yearsPerTurn());
        boolean[] democracy = democracies(w);
        Goals goals = new Goals(w, democracy);
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
        double[][] trustWas = rows(w.trust);
        double[][] opinionWas = rows(w.opinion);
        double opinionPerTrust = w.rules.diplomacy.opinionPerTrust;
        // a democracy's untied trust in each state (more in a fellow democracy), read per pair instead of a test
        double[] untiedForDemocracy = new double[n];
        for (int b = 0; b < n; b++) {
            untiedForDemocracy[b] = democracy[b] ? untiedDemocracies : untiedOthers;
        }
        double[] othersUntied = new double[n];
        java.util.Arrays.fill(othersUntied, untiedOthers);
        // the new rows are written whole, so they are new arrays the tables take over: no copy of a row shared with
        // a snapshot (the last derivation's basis, a preview) is made only to be overwritten
        double[][] trustNow = new double[n][];
        double[][] opinionNow = new double[n][];
        Drift drift = new Drift(rate, opinionRate, opinionPerHostility, opinionPerTrust, goals, memory, goodwill,
                trustWas, opinionWas, anchors, democracy, untiedForDemocracy, othersUntied);
        Workers.rows(workers, n, () -> {
            double[][] scratch = new double[4][n]; // one thread's intermediate rows
            double[][] grievances = new double[Drift.TILE][n];
            return (from, to) -> {
                for (int a0 = from; a0 < to; a0 += Drift.TILE) {
                    int a1 = Math.min(to, a0 + Drift.TILE);
                    drift.grievances(a0, a1, grievances);
                    for (int a = a0; a < a1; a++) {
                        trustNow[a] = new double[n];
                        opinionNow[a] = new double[n];
                        drift.row(a, grievances[a - a0], trustNow[a], opinionNow[a], scratch);
                    }
                }
            };
        });
        for (int a = 0; a < n; a++) {
            w.trust.replaceRow(a, trustNow[a]);
            w.opinion.replaceRow(a, opinionNow[a]);
        }
    }

    /**
     * One state's drift of trust and opinion, a row at a time: each step of the rule a loop of its own over the whole
     * row, read from arrays from their start, so the compiler can take four pairs at a time. Every pair gets exactly
     * the operations of the rule in its order ({@link #restingOpinion}: the same sums and products), so the figures
     * are the same to the last bit as pair by pair; the state's own pair is left as it was.
     */
    private record Drift(double rate, double opinionRate, double opinionPerHostility, double opinionPerTrust,
                         Goals goals, double[][] memory, double[][] goodwill, double[][] trustWas, double[][] opinionWas,
                         org.balancedrealism.model.PairTable anchors, boolean[] democracy, double[] untiedForDemocracy,
                         double[] othersUntied) {

        /** States taken together when reading what the others remember of them: one memory line holds eight. */
        static final int TILE = 8;

        /**
         * What each state b remembers of states {@code a0} to {@code a1} (exclusive), hostility net of good deeds in
         * opinion points, into {@code out[a − a0][b]}: a column of the tables each, read for a few states at once so
         * each remembered row is visited once per few states, not once per state (x − 0 = x: no good deeds). A whole
         * tile is written through eight rows held in hand, one figure each per remembered row, without looking up the
         * row of {@code out} for every figure.
         */
        void grievances(int a0, int a1, double[][] out) {
            if (a1 - a0 == TILE) {
                tile(a0, out);
                return;
            }
            for (int b = 0; b < memory.length; b++) {
                double[] remembered = memory[b];
                for (int a = a0; a < a1; a++) {
                    out[a - a0][b] = remembered[a] * opinionPerHostility;
                }
            }
            if (goodwill != null) {
                for (int b = 0; b < goodwill.length; b++) {
                    double[] deeds = goodwill[b];
                    for (int a = a0; a < a1; a++) {
                        out[a - a0][b] = out[a - a0][b] - deeds[a];
                    }
                }
            }
        }

        /** {@link #grievances} of a whole tile, states {@code a} to {@code a + 7}: the same figures, the same operations. */
        private void tile(int a, double[][] out) {
            double[] o0 = out[0], o1 = out[1], o2 = out[2], o3 = out[3], o4 = out[4], o5 = out[5], o6 = out[6], o7 = out[7];
            double k = opinionPerHostility;
            for (int b = 0; b < memory.length; b++) {
                double[] r = memory[b];
                if (goodwill == null) {
                    o0[b] = r[a] * k; o1[b] = r[a + 1] * k; o2[b] = r[a + 2] * k; o3[b] = r[a + 3] * k;
                    o4[b] = r[a + 4] * k; o5[b] = r[a + 5] * k; o6[b] = r[a + 6] * k; o7[b] = r[a + 7] * k;
                } else { // the product first, then the deeds taken off: as in two passes
                    double[] d = goodwill[b];
                    o0[b] = r[a] * k - d[a]; o1[b] = r[a + 1] * k - d[a + 1]; o2[b] = r[a + 2] * k - d[a + 2];
                    o3[b] = r[a + 3] * k - d[a + 3]; o4[b] = r[a + 4] * k - d[a + 4]; o5[b] = r[a + 5] * k - d[a + 5];
                    o6[b] = r[a + 6] * k - d[a + 6]; o7[b] = r[a + 7] * k - d[a + 7];
                }
            }
        }

        /** State {@code a}'s new rows of trust and opinion, from its {@link #grievances}. */
        void row(int a, double[] grievance, double[] trust, double[] opinion, double[][] scratch) {
            int n = trust.length;
            double[] goal = scratch[0];
            double[] rest = scratch[1];
            double[] anchor = anchors == null ? scratch[2] : anchors.row(a); // scratch[2] stays zeros: no anchor
            double[] cooperation = scratch[3];
            double[] trustA = trustWas[a];
            double[] opinionA = opinionWas[a];
            double[] untied = democracy[a] ? untiedForDemocracy : othersUntied;
            goals.row(a, goal);
            for (int b = 0; b < n; b++) {
                goal[b] = Math.min(1, goal[b]);
            }
            for (int b = 0; b < n; b++) {
                trust[b] = trustA[b] + (goal[b] - trustA[b]) * rate;
            }
            for (int b = 0; b < n; b++) {
                cooperation[b] = goal[b] - untied[b] + Math.max(0, trust[b] - goal[b]);
            }
            for (int b = 0; b < n; b++) {
                rest[b] = Math.max(-100, Math.min(100, anchor[b] + opinionPerTrust * cooperation[b] - grievance[b]));
            }
            for (int b = 0; b < n; b++) {
                opinion[b] = opinionA[b] + (rest[b] - opinionA[b]) * opinionRate;
            }
            trust[a] = trustA[a];
            opinion[a] = opinionA[a];
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
        w.goodwill.scale(Math.pow(w.rules.hostility.yearlyRetention, w.yearsPerTurn()));
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
        Goals goals = new Goals(w, democracy);
        double[] targets = new double[n];
        org.balancedrealism.model.PairTable anchors = new org.balancedrealism.model.PairTable(n, 0);
        for (int[] p : pairs) {
            int a = p[0], b = p[1];
            goals.row(a, targets);
            double goal = Math.min(1, targets[b]);
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

    /**
     * The trust each pair's ties justify now: what trust drifts toward. Worked out a state's row at a time from the
     * treaties and wars each state is in (listed once per update), instead of a table of every pair made each turn:
     * the untied trust, then each treaty's trust added in treaty order, then none between enemies at war.
     */
    private static final class Goals {
        private final boolean[] democracy;
        private final double untiedDemocracies;
        private final double untiedOthers;
        /** For each state, the other party of each of its treaties and the trust it adds, in treaty order. */
        private final int[][] partners;
        private final double[][] adds;
        /** For each state, the states at war with it (repeats allowed). */
        private final int[][] enemies;

        Goals(World w, boolean[] democracy) {
            int n = w.size();
            this.democracy = democracy;
            untiedDemocracies = untied(w, true);
            untiedOthers = untied(w, false);
            double[] addOf = new double[TreatyType.values().length]; // per type, looked up once per update
            for (TreatyType type : TreatyType.values()) {
                addOf[type.ordinal()] = switch (type) {
                    case TRADE -> w.rules.diplomacy.trustPerTrade;
                    case INSTITUTION -> w.rules.diplomacy.trustPerInstitution;
                    case ALLIANCE -> w.rules.diplomacy.trustPerAlliance;
                    case ARMS_CONTROL, NON_AGGRESSION -> w.rules.diplomacy.trustPerPact;
                    default -> 0;
                };
            }
            // each state's treaties from the list's index (its own few, in list order) rather than two passes over
            // the thousands of the whole list: the same partners in the same order
            org.balancedrealism.model.TreatyList treaties = org.balancedrealism.model.TreatyList.of(w.treaties);
            partners = new int[n][];
            adds = new double[n][];
            for (int a = 0; a < n; a++) {
                Treaty[] mine = treaties.of(a);
                int count = 0;
                for (Treaty x : mine) {
                    count += (x.a() == a ? 1 : 0) + (x.b() == a ? 1 : 0); // a treaty with itself counts twice, as listed
                }
                int[] other = new int[count];
                double[] add = new double[count];
                int k = 0;
                for (Treaty x : mine) {
                    double added = addOf[x.type().ordinal()];
                    if (x.a() == a) {
                        other[k] = x.b();
                        add[k++] = added;
                    }
                    if (x.b() == a) {
                        other[k] = x.a();
                        add[k++] = added;
                    }
                }
                partners[a] = other;
                adds[a] = add;
            }
            int[] count = new int[n];
            for (var war : w.wars) {
                for (int a : war.attackers) {
                    count[a] += war.defenders.size();
                }
                for (int b : war.defenders) {
                    count[b] += war.attackers.size();
                }
            }
            enemies = new int[n][];
            for (int a = 0; a < n; a++) {
                enemies[a] = new int[count[a]];
            }
            java.util.Arrays.fill(count, 0);
            for (var war : w.wars) {
                for (int a : war.attackers) {
                    for (int b : war.defenders) {
                        enemies[a][count[a]++] = b;
                        enemies[b][count[b]++] = a;
                    }
                }
            }
        }

        /** State {@code a}'s goals toward every state, into {@code out}. */
        void row(int a, double[] out) {
            if (democracy[a]) {
                for (int b = 0; b < out.length; b++) {
                    out[b] = democracy[b] ? untiedDemocracies : untiedOthers;
                }
            } else {
                java.util.Arrays.fill(out, untiedOthers);
            }
            out[a] = 1;
            int[] mine = partners[a];
            double[] add = adds[a];
            for (int x = 0; x < mine.length; x++) {
                out[mine[x]] += add[x];
            }
            for (int b : enemies[a]) {
                out[b] = 0;
            }
        }
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
