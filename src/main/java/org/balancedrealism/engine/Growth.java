package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;

/** Growth, budgets and treasury (DESIGN §2), with sanctions and war as drags, scaled to the turn length. */
public final class Growth {
    private Growth() {
    }

    /** Yearly growth rate of state i now, term by term (for the country panel and tests). */
    public record Terms(double base, double catchUp, double invest, double milex, double trade, double sanctions,
                        double war) {
        public double total() {
            return base + catchUp + invest - milex + trade - sanctions - war;
        }
    }

    public static Terms terms(World w, int i, double worldGdp) {
        return terms(w, i, worldGdp, tradeAgreements(w)[i]);
    }

    /** Trade agreements each state holds (one pass over the treaties). */
    static int[] tradeAgreements(World w) {
        int[] count = new int[w.size()];
        for (var t : w.treaties) {
            if (t.type() == TreatyType.TRADE) {
                count[t.a()]++;
                if (t.b() != t.a()) {
                    count[t.b()]++;
                }
            }
        }
        return count;
    }

    static Terms terms(World w, int i, double worldGdp, int agreements) {
        Rules.Growth r = w.rules.growth;
        Nation s = w.nation(i);
        double perCapita = s.population > 0 ? s.gdp / s.population : r.frontierGdpPerCapita;
        double catchUp = r.catchUp * Math.max(0, 1 - perCapita / r.frontierGdpPerCapita);
        double invest = r.investEffect * s.investShare;
        double milex = r.milexPenalty * Math.max(0, s.milexShare - r.milexFreeShare);
        double trade = Math.min(r.tradeCap, agreements * r.tradePerAgreement);
        double war = 0;
        for (War x : w.wars) {
            if (x.involves(i)) {
                boolean home = x.defenders.contains(i) && x.defenderLeader() == i;
                war = Math.max(war, home ? r.warDragHome : r.warDragAbroad);
            }
        }
        return new Terms(r.base, catchUp, invest, milex, trade, sanctionHarm(w, i, worldGdp), war);
    }

    /**
     * Growth lost to sanctions: each sender's weight is its share of world GDP; coordinated (multilateral) senders
     * weigh more. One large sender costs well under a point a year; broad multilateral sanctions several points.
     */
    public static double sanctionHarm(World w, int target, double worldGdp) {
        Rules.Economy r = w.rules.economy;
        double single = 0;
        double multi = 0;
        double embargo = 0;
        for (Sanction s : w.sanctions.of(target)) { // its own few, in the list's order (the sums keep their order)
            if (s.target() == target && w.nation(s.sender()).alive) {
                double share = w.nation(s.sender()).gdp / worldGdp;
                if (s.embargo()) {
                    embargo += share;
                } else if (s.multilateral()) {
                    multi += share;
                } else {
                    single += share;
                }
            }
        }
        return Math.min(r.sanctionCap, r.sanctionSingle * single + r.sanctionMultilateral * multi + r.sanctionEmbargo * embargo);
    }

    public static void run(World w) {
        Rules.Growth r = w.rules.growth;
        double years = w.yearsPerTurn();
        double worldGdp = 0;
        for (Nation s : w.nations) {
            if (s.alive) {
                worldGdp += s.gdp;
            }
        }
        double[] senderCost = new double[w.size()];
        for (Sanction s : w.sanctions) {
            double harm = w.rules.economy.sanctionSingle * w.nation(s.sender()).gdp / worldGdp;
            senderCost[s.sender()] += w.rules.economy.senderCost * harm * w.nation(s.target()).gdp / Math.max(1, w.nation(s.sender()).gdp);
        }
        int[] agreements = tradeAgreements(w);
        for (int i = 0; i < w.size(); i++) {
            Nation s = w.nation(i);
            if (!s.alive) {
                continue;
            }
            Terms terms = terms(w, i, worldGdp, agreements[i]);
            double g = terms.total() - senderCost[i];
            // a war's drag on the economy wears the public down as much as its losses do
            s.warWeariness += w.rules.war.wearinessPerGdpLoss * terms.war() * years;
            s.growth = g;
            s.gdp = Math.max(0.01, s.gdp * Math.pow(1 + Math.max(r.minGrowth, g), years));
            s.population *= Math.pow(1 + r.population, years);
            s.military = Math.max(0, s.military * Math.pow(1 - r.militaryDepreciation, years) + s.milexShare * s.gdp * years);
            s.treasury += r.treasuryRate * s.gdp * years;
            boolean atWar = w.atWar(i) || Occupations.occupying(w, i);
            if (!atWar) {
                s.warWeariness *= Math.pow(1 - w.rules.war.wearinessRecovery, years);
                s.stability += (r.restingStability - s.stability) * Math.min(1, r.stabilityRecovery / 100 * years * 4);
            }
            s.stability = Math.max(0, Math.min(100, s.stability - (Growth.sanctionHarm(w, i, worldGdp) > 0 ? r.sanctionedStability : 0)));
            if (s.legitimacyTurns > 0) {
                s.legitimacyTurns--;
            }
        }
        concessions(w);
        Occupations.run(w);
    }

    /**
     * Removes the first sanction in the list equal to {@code s}, as {@code List.remove} would, found among its
     * sender's few entries (in list order) instead of by comparing every sanction in the world.
     */
    private static void removeFirstEqual(World w, Sanction s) {
        boolean[] found = {false};
        w.sanctions.removeIfOf(s.sender(), x -> !found[0] && (found[0] = x.equals(s)));
    }

    /** Sanctioned states sometimes concede; the sanctions are then lifted (about a third of episodes). */
    private static void concessions(World w) {
        double p = 1 - Math.pow(1 - w.rules.economy.concessionChance, w.yearsPerTurn());
        for (Sanction s : new ArrayList<>(w.sanctions)) {
            if (w.nation(s.target()).human || w.nation(s.sender()).human) {
                continue;
            }
            if (w.random.chance("sanction concession", p)) {
                removeFirstEqual(w, s);
                w.nation(s.target()).prestige -= w.rules.economy.concessionPrestige;
                Events.all(w, EventKind.CONCESSION, s.target(), s.sender(), Sentence.of("event.concession", Events.nameLater(w, s.target()),
                        Events.nameLater(w, s.sender())), Sentence.of("why.concession",
                        Events.pctLater(w.rules.economy.concessionChance)));
            }
        }
    }
}
