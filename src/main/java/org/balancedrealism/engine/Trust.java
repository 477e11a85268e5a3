package org.balancedrealism.engine;

import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.World;

/**
 * Trust between states drifts toward what their ties justify: trade, shared institutions, alliances, both being
 * democracies. Opinion drifts back toward its resting value as memories fade.
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
                targets[a * n + b] = a == b ? 1 : 0.1 + (democracy[a] && democracy[b] ? democracies : 0);
            }
        }
        for (Treaty x : w.treaties) {
            double add = switch (x.type()) {
                case TRADE -> w.rules.diplomacy.trustPerTrade;
                case INSTITUTION -> w.rules.diplomacy.trustPerInstitution;
                case ALLIANCE -> w.rules.diplomacy.trustPerAlliance;
                case ARMS_CONTROL, NON_AGGRESSION -> w.rules.diplomacy.trustPerTrade * 0.5;
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
        for (int a = 0; a < n; a++) {
            double[] trust = w.trust.writable(a);
            double[] opinion = w.opinion.writable(a);
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                double goal = Math.min(1, targets[a * n + b]);
                trust[b] += (goal - trust[b]) * rate;
                // opinion rests where remembered hostility leaves it
                double rest = Math.max(-100, 20 * (goal - 0.2) * 5 - w.memory.get(b, a) * opinionPerHostility);
                opinion[b] += (rest - opinion[b]) * rate * 0.5;
            }
        }
    }
}
