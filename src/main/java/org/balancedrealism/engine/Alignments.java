package org.balancedrealism.engine;

import org.balancedrealism.text.Texts;
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
        for (int i = 0; i < w.size(); i++) {
            decide(w, i, greatPowers, explain);
        }
    }

    static void decide(World w, int i) {
        decide(w, i, countGreatPowers(w), true);
    }

    static void decide(World w, int i, int greatPowers, boolean explain) {
        Nation s = w.nation(i);
        Derived d = w.derived;
        Rules.Alignment r = w.rules.alignment;
        int j = d.mainThreat(i);
        s.mainThreat = j;
        if (!s.alive || j < 0 || d.threat(i, j) < w.rules.threat.threatened) {
            s.alignment = Alignment.SECURE;
            because(s, explain, () -> j < 0 ? Texts.get("why.align.noThreat") : Texts.get("why.align.secure",
                    Events.f2(d.threat(i, j)), w.name(j), Events.f2(w.rules.threat.threatened)));
            return;
        }
        Nation giant = w.nation(j);
        double t = d.threat(i, j);
        double ratio = d.latent[j] > 0 ? d.latent[i] / d.latent[j] : 1;
        double proximity = Perception.gradient(giant, d.distance(i, j));
        double help = 0;
        for (int k = 0; k < w.size(); k++) {
            if (k != i && k != j && w.nation(k).alive && !d.allied(k, j) && d.threat(k, j) >= w.rules.threat.threatened) {
                help += Coalitions.projected(w, d, k, j);
            }
        }
        double giantProjected = giant.military * proximity;
        War losing = null;
        for (War war : w.wars) {
            if (war.isDefender(i) && war.isAttacker(j) && war.warscore > 100 * (2 * r.bandwagonWarWinChance - 1)) {
                losing = war;
            }
        }
        String figures = !explain ? "" : Texts.get("why.align.figures", Events.f2(t), w.name(j), Events.f2(ratio),
                Events.f2(proximity), Events.f1(help), Events.f1(giantProjected));
        boolean nextTo = d.distance(i, j) <= org.balancedrealism.model.Geography.SEA_HOP;
        if ((ratio < r.bandwagonLatentRatio && nextTo && proximity >= r.bandwagonProximity && help < r.bandwagonHelpShare * giantProjected)
                || losing != null) {
            s.alignment = Alignment.BANDWAGON;
            String why = losing != null ? "why.align.bandwagonLosing" : "why.align.bandwagon";
            because(s, explain, () -> figures + Texts.get(why));
            return;
        }
        String style = s.human || s.doctrine == null ? "" : w.rules.doctrine(s.doctrine).alignmentStyle;
        boolean multipolar = greatPowers >= 3;
        if ("pass-the-buck".equals(style) || multipolar) {
            for (int k = 0; k < w.size(); k++) {
                if (k == i || k == j || !w.nation(k).alive) {
                    continue;
                }
                boolean atWar = w.atWar(k, j);
                boolean balancing = w.nation(k).alignment == Alignment.BALANCE_ARM
                        || w.nation(k).alignment == Alignment.BALANCE_ALLY || atWar;
                if (!balancing || !("pass-the-buck".equals(style) || k < i || atWar)) {
                    continue; // cheap tests first: this loop runs for every state
                }
                boolean nearer = d.distance(k, j) < d.distance(i, j);
                if (nearer && Coalitions.projected(w, d, k, j) >= r.buckPassShare * giantProjected) {
                    s.alignment = Alignment.PASS_THE_BUCK;
                    int balancer = k;
                    because(s, explain, () -> figures + Texts.get("why.align.buck", w.name(balancer)));
                    return;
                }
            }
        }
        // arm if parity is reachable within the horizon at an affordable budget, else seek allies
        double affordable = s.military * Math.pow(1 - w.rules.growth.militaryDepreciation, r.parityYears)
                + r.parityMaxMilexShare * s.gdp * r.parityYears;
        if (affordable >= giantProjected) {
            s.alignment = Alignment.BALANCE_ARM;
            because(s, explain, () -> figures + Texts.get("why.align.arm", Events.f1(r.parityYears),
                    Events.pct(r.parityMaxMilexShare)));
        } else {
            s.alignment = Alignment.BALANCE_ALLY;
            because(s, explain, () -> figures + Texts.get("why.align.allies", Events.f1(affordable), Events.f1(giantProjected)));
        }
    }

    /** Writes why {@code s} aligns as it does, when the reasons are wanted (built only then). */
    private static void because(Nation s, boolean explain, java.util.function.Supplier<String> why) {
        if (explain) {
            s.alignmentWhy = why.get();
        }
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
