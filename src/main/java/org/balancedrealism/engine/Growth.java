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
        // the factors every state shares, raised to the turn's length once per turn, not once per state (the same
        // power of the same figures)
        Shared shared = new Shared(years, worldGdp, Math.pow(1 + r.population, years),
                Math.pow(1 - r.militaryDepreciation, years), Math.pow(1 - w.rules.war.wearinessRecovery, years));
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive) {
                grow(w, i, agreements[i], senderCost[i], shared);
            }
        }
        concessions(w);
        Occupations.run(w);
    }

    /** What every state's growth in a turn shares: the turn's length, the world's GDP and the yearly factors raised to it. */
    private record Shared(double years, double worldGdp, double populationFactor, double militaryKept,
                          double wearinessKept) {
    }

    /**
     * One living state's year of growth. A method of its own, called once per state, so the just-in-time compiler
     * optimises it fully within a game's first turns (a loop run once a turn stays in its slower tiers for hundreds of turns).
     */
    private static void grow(World w, int i, int agreements, double senderCost, Shared shared) {
        Rules.Growth r = w.rules.growth;
        Nation s = w.nation(i);
        double years = shared.years();
        double worldGdp = shared.worldGdp();
        Terms terms = terms(w, i, worldGdp, agreements);
        double g = terms.total() - senderCost;
        // a war's drag on the economy wears the public down as much as its losses do
        s.warWeariness += w.rules.war.wearinessPerGdpLoss * terms.war() * years;
        s.growth = g;
        s.gdp = Math.max(0.01, s.gdp * Math.pow(1 + Math.max(r.minGrowth, g), years));
        s.population *= shared.populationFactor();
        s.military = Math.max(0, s.military * shared.militaryKept() + s.milexShare * s.gdp * years);
        s.treasury += r.treasuryRate * s.gdp * years;
        boolean atWar = w.atWar(i) || Occupations.occupying(w, i);
        if (!atWar) {
            s.warWeariness *= shared.wearinessKept();
            s.stability += (r.restingStability - s.stability) * Math.min(1, r.stabilityRecovery / 100 * years * 4);
        }
        s.stability = Math.max(0, Math.min(100, s.stability - (Growth.sanctionHarm(w, i, worldGdp) > 0 ? r.sanctionedStability : 0)));
        if (s.legitimacyTurns > 0) {
            s.legitimacyTurns--;
        }
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
