package org.balancedrealism.engine;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.World;

/**
 * Trust between states drifts toward what their ties justify: trade, shared institutions, alliances, both being
 * democracies. Opinion drifts toward its resting value, which lasting cooperation raises and remembered hostility
 * lowers (see {@link #restingOpinion}).
 */
public final class Trust {
    private Trust() {
    }

    public static void update(World w) {
        int n = w.size();
        double rate = Math.min(1, w.rules.diplomacy.opinionDrift * w.yearsPerTurn());
        double[] targets = new double[n * n];
        boolean[] democracy = new boolean[n];
        for (int a = 0; a < n; a++) {
            democracy[a] = w.nation(a).regime == Regime.DEMOCRACY;
        }
        double democracies = w.rules.diplomacy.trustDemocracies;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                targets[a * n + b] = a == b ? 1 : untied(w, democracy[a] && democracy[b]);
            }
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
        double opinionPerHostility = w.rules.hostility.opinionPerHostility;
        double opinionRate = rate * w.rules.diplomacy.opinionDriftShare;
        for (int a = 0; a < n; a++) {
            double[] trust = w.trust.writable(a);
            double[] opinion = w.opinion.writable(a);
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                double goal = Math.min(1, targets[a * n + b]);
                trust[b] += (goal - trust[b]) * rate;
                double rest = restingOpinion(w, goal, trust[b], untied(w, democracy[a] && democracy[b]),
                        w.memory.get(b, a) * opinionPerHostility);
                opinion[b] += (rest - opinion[b]) * opinionRate;
            }
        }
    }

    /** Trust between two states with no ties: the start's, more between two democracies. */
    static double untied(World w, boolean democracies) {
        return w.rules.start.trust + (democracies ? w.rules.diplomacy.trustDemocracies : 0);
    }

    /**
     * Where a pair's opinion comes to rest: indifference (0, where a scenario starts every pair it says nothing
     * about) when nothing lies between them; raised by lasting cooperation — the trust their treaties in force
     * justify over an untied pair's ({@code goal − untied}), and trust built above that by aid and summits while it
     * is remembered (it fades as trust settles back to its goal) — and lowered by the hostility remembered. Each pair
     * is measured from its own ties, so attraction is cooperation with that state, never a pull toward the strongest.
     */
    static double restingOpinion(World w, double goal, double trust, double untied, double grievance) {
        double cooperation = goal - untied + Math.max(0, trust - goal);
        return Math.max(-100, Math.min(100, w.rules.diplomacy.opinionPerTrust * cooperation - grievance));
    }
}
