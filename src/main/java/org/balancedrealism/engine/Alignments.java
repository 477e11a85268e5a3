package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * Balance, bandwagon or pass the buck (DESIGN §4.3): each state's answer to its main threat, with the figures that
 * decided it. The AI reads it to pick moves; the coalition rule reads it to leave bandwagoners out.
 */
public final class Alignments {
    private Alignments() {
    }

    public static void run(World w) {
        run(w, true);
    }

    /**
     * Every state's alignment; with {@code explain} false the reasons in words are left as they were (the perception
     * phase: the turn engine decides again at the end of the turn and writes them there, where they are read).
     */
    public static void run(World w, boolean explain) {
        int greatPowers = countGreatPowers(w); // once per run: no state's alignment changes the power shares
        Helpers helpers = new Helpers(w);
        for (int i = 0; i < w.size(); i++) {
            decide(w, i, greatPowers, explain, helpers);
        }
    }

    static void decide(World w, int i) {
        decide(w, i, countGreatPowers(w), true, new Helpers(w));
    }

    /**
     * For each threat j, the states that would help against it (alive, not allied to j, threatened by j) and the power
     * each projects into j's theatre, in state order, and the states at war with it: found once per run and threat,
     * since many states share a main threat and none of it depends on who asks.
     */
    static final class Helpers {
        private final World w;
        private final int[][] states;
        private final double[][] projected;
        private final boolean[][] enemies;

        Helpers(World w) {
            this.w = w;
            this.states = new int[w.size()][];
            this.projected = new double[w.size()][];
            this.enemies = new boolean[w.size()][];
        }

        /** {@link World#atWar(int, int)}, from the enemies of {@code j} listed once per run (wars do not change in it). */
        boolean atWar(int k, int j) {
            if (enemies[j] == null) {
                boolean[] e = new boolean[w.size()];
                for (War war : w.wars) {
                    if (war.isDefender(j)) {
                        for (int a : war.attackers) {
                            e[a] = true;
                        }
                    }
                    if (war.isAttacker(j)) {
                        for (int b : war.defenders) {
                            e[b] = true;
                        }
                    }
                }
                enemies[j] = e;
            }
            return enemies[j][k];
        }

        /** The help {@code i} can count on against {@code j}: the sum, in state order, of the others' projected power. */
        double against(int i, int j) {
            if (states[j] == null) {
                find(j);
            }
            int[] ks = states[j];
            double[] proj = projected[j];
            double help = 0;
            for (int x = 0; x < ks.length; x++) {
                if (ks[x] != i) {
                    help += proj[x];
                }
            }
            return help;
        }

        private void find(int j) {
            Derived d = w.derived;
            int n = w.size();
            int[] ks = new int[n];
            double[] proj = new double[n];
            int count = 0;
            for (int k = 0; k < n; k++) {
                if (k != j && w.nation(k).alive && !d.allied(k, j) && d.threat(k, j) >= w.rules.threat.threatened) {
                    ks[count] = k;
                    proj[count++] = Coalitions.projected(w, d, k, j);
                }
            }
            states[j] = java.util.Arrays.copyOf(ks, count);
            projected[j] = java.util.Arrays.copyOf(proj, count);
        }
    }

    static void decide(World w, int i, int greatPowers, boolean explain, Helpers helpers) {
        Nation s = w.nation(i);
        Derived d = w.derived;
        Rules.Alignment r = w.rules.alignment;
        int j = d.mainThreat(i);
        s.mainThreat = j;
        if (!s.alive || j < 0 || d.threat(i, j) < w.rules.threat.threatened) {
            s.alignment = Alignment.SECURE;
            if (j < 0) {
                because(s, explain, () -> Sentence.of("why.align.noThreat"));
            } else {
                double highest = d.threat(i, j);
                double threatened = w.rules.threat.threatened;
                because(s, explain, () -> Sentence.of("why.align.secure", later(() -> Events.f2(highest)), name(w, j),
                        later(() -> Events.f2(threatened))));
            }
            return;
        }
        Nation giant = w.nation(j);
        double t = d.threat(i, j);
        double ratio = d.latent[j] > 0 ? d.latent[i] / d.latent[j] : 1;
        double proximity = Perception.gradient(giant, d.distance(i, j));
        double help = helpers.against(i, j);
        double giantProjected = giant.military * proximity;
        War losing = null;
        for (War war : w.wars) {
            if (war.isDefender(i) && war.isAttacker(j) && war.warscore > 100 * (2 * r.bandwagonWarWinChance - 1)) {
                losing = war;
            }
        }
        Sentence figures = !explain ? null : Sentence.of("why.align.figures", later(() -> Events.f2(t)), name(w, j),
                later(() -> Events.f2(ratio)), later(() -> Events.f2(proximity)), later(() -> Events.f1(help)),
                later(() -> Events.f1(giantProjected)));
        boolean nextTo = d.distance(i, j) <= org.balancedrealism.model.Geography.SEA_HOP;
        if ((ratio < r.bandwagonLatentRatio && nextTo && proximity >= r.bandwagonProximity && help < r.bandwagonHelpShare * giantProjected)
                || losing != null) {
            s.alignment = Alignment.BANDWAGON;
            String why = losing != null ? "why.align.bandwagonLosing" : "why.align.bandwagon";
            because(s, explain, () -> reason(figures, Sentence.of(why)));
            return;
        }
        String style = s.human || s.doctrine == null ? "" : w.rules.doctrine(s.doctrine).alignmentStyle;
        boolean buckPasser = "pass-the-buck".equals(style);
        boolean multipolar = greatPowers >= 3;
        if (buckPasser || multipolar) {
            for (int k = 0; k < w.size(); k++) {
                if (k == i || k == j || !w.nation(k).alive) {
                    continue;
                }
                // cheap tests first: this loop runs for every state (the war between k and j is looked up only if needed)
                boolean aligned = w.nation(k).alignment == Alignment.BALANCE_ARM
                        || w.nation(k).alignment == Alignment.BALANCE_ALLY;
                boolean answers = buckPasser || k < i;
                if (!(aligned && answers) && !helpers.atWar(k, j)) {
                    continue; // k neither balances against j where i may count on it nor fights j
                }
                boolean nearer = d.distance(k, j) < d.distance(i, j);
                if (nearer && Coalitions.projected(w, d, k, j) >= r.buckPassShare * giantProjected) {
                    s.alignment = Alignment.PASS_THE_BUCK;
                    int balancer = k;
                    because(s, explain, () -> reason(figures, Sentence.of("why.align.buck", name(w, balancer))));
                    return;
                }
            }
        }
        // arm if parity is reachable within the horizon at an affordable budget, else seek allies
        double affordable = s.military * Math.pow(1 - w.rules.growth.militaryDepreciation, r.parityYears)
                + r.parityMaxMilexShare * s.gdp * r.parityYears;
        if (affordable >= giantProjected) {
            s.alignment = Alignment.BALANCE_ARM;
            double years = r.parityYears;
            double share = r.parityMaxMilexShare;
            because(s, explain, () -> reason(figures, Sentence.of("why.align.arm", later(() -> Events.f1(years)),
                    later(() -> Events.pct(share)))));
        } else {
            s.alignment = Alignment.BALANCE_ALLY;
            because(s, explain, () -> reason(figures, Sentence.of("why.align.allies", later(() -> Events.f1(affordable)),
                    later(() -> Events.f1(giantProjected)))));
        }
    }

    /**
     * Keeps why {@code s} aligns as it does, when the reasons are wanted (built only then), as a sentence written in
     * words only when read: every state decides every turn, and few of the reasons are ever read.
     */
    private static void because(Nation s, boolean explain, java.util.function.Supplier<Sentence> why) {
        if (explain) {
            s.alignmentWhy = why.get();
        }
    }

    /** The figures behind a decision, then the decision. */
    private static Sentence reason(Sentence figures, Sentence decision) {
        return Sentence.of("why.align.reason", figures, decision);
    }

    /** A figure or a name, written when the sentence is. */
    private static java.util.function.Supplier<String> later(java.util.function.Supplier<String> words) {
        return Sentence.later(words);
    }

    private static java.util.function.Supplier<String> name(World w, int state) {
        return Sentence.later(() -> w.name(state));
    }

    static int countGreatPowers(World w) {
        int count = 0;
        for (double p : w.derived.power) {
            if (p >= w.rules.power.greatPowerShare) {
                count++;
            }
        }
        return count;
    }
}
