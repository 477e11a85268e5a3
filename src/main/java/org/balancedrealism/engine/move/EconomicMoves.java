package org.balancedrealism.engine.move;

import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.model.EventKind;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/** Economic moves: investment, trade, aid, sanctions, budget. */
final class EconomicMoves {
    private EconomicMoves() {
    }

    static String check(World w, Move m, int a, int t) {
        return switch (m.kind()) {
            case INVEST_HOME -> w.nation(a).investShare >= 0.12 ? "Investment is already at its ceiling (12% of GDP)." : null;
            case TRADE_AGREEMENT -> w.hasTreaty(TreatyType.TRADE, a, t) ? "You already have a trade agreement with " + w.name(t) + "."
                    : w.atWar(a, t) ? "You are at war with " + w.name(t) + "." : null;
            case DEVELOPMENT_AID -> w.atWar(a, t) ? "You are at war with " + w.name(t) + "." : null;
            case SANCTION, MULTILATERAL_SANCTION -> w.sanctions(a, t) ? "You already sanction " + w.name(t) + "."
                    : w.hasTreaty(TreatyType.ALLIANCE, a, t) ? "You cannot sanction your ally " + w.name(t) + "." : null;
            case LIFT_SANCTIONS -> w.sanctions(a, t) ? null : "You have no sanctions against " + w.name(t) + ".";
            case SET_BUDGET -> m.amount() < 0 || m.amount() > 0.25 ? "The military budget must be between 0% and 25% of GDP." : null;
            default -> null;
        };
    }

    static void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        Rules.Economy r = w.rules.economy;
        switch (m.kind()) {
            case INVEST_HOME -> {
                actor.investShare = Math.min(0.12, actor.investShare + r.investBoost);
                Events.parties(w, EventKind.MOVE, a, -1, actor.name + " invests at home (investment " + Events.pct(actor.investShare) + " of GDP)", "");
            }
            case TRADE_AGREEMENT -> Proposals.offer(w, ProposalKind.TRADE, a, t, -1, null);
            case DEVELOPMENT_AID -> aid(w, a, t);
            case SANCTION -> sanction(w, a, t, false, "");
            case MULTILATERAL_SANCTION -> multilateral(w, m, a, t);
            case LIFT_SANCTIONS -> {
                w.sanctions.removeIf(s -> s.sender() == a && s.target() == t);
                w.opinion.add(t, a, 10);
                Events.all(w, EventKind.SANCTIONS_LIFTED, a, t, actor.name + " lifts its sanctions on " + w.name(t), "");
            }
            case SET_BUDGET -> {
                double before = actor.milexShare;
                actor.milexShare = m.amount();
                if (m.amount() > before + 1e-9) {
                    // a higher budget is an armament like a build-up: the world sees it (security dilemma)
                    MilitaryMoves.armsRaceCheck(w, a, "raises its military budget from " + Events.pct(before) + " to "
                            + Events.pct(m.amount()) + " of GDP");
                } else {
                    Events.parties(w, EventKind.MOVE, a, -1, actor.name + " sets its military budget to " + Events.pct(m.amount()) + " of GDP", "");
                }
            }
            default -> throw new IllegalArgumentException(m.kind().name());
        }
    }

    private static void aid(World w, int a, int t) {
        Rules.Economy r = w.rules.economy;
        Nation donor = w.nation(a);
        Nation recipient = w.nation(t);
        double amount = 0.002 * donor.gdp;
        recipient.gdp += amount * 0.5;
        recipient.treasury += amount * 0.5;
        recipient.debtToDonors += amount;
        donor.softPower = Math.min(100, donor.softPower + r.aidSoftPower / (1 + donor.softPower / 50));
        double backlash = r.debtBacklashChance * Math.min(1, recipient.debtToDonors / Math.max(1, 0.05 * recipient.gdp));
        if (w.random.chance("debt backlash", backlash)) {
            w.opinion.add(t, a, -r.aidOpinion * 0.5);
            Events.all(w, EventKind.DEBT_BACKLASH, t, a, "Debt backlash in " + recipient.name + " against " + donor.name + "'s loans",
                    "debt $" + Events.f1(recipient.debtToDonors) + "bn; chance " + Events.pct(backlash));
        } else {
            w.opinion.add(t, a, r.aidOpinion);
            w.trust.set(t, a, Math.min(1, w.trust.get(t, a) + 0.05));
            Events.all(w, EventKind.AID, a, t, donor.name + " gives $" + Events.f1(amount) + "bn of development aid to " + recipient.name, "");
        }
    }

    static void sanction(World w, int a, int t, boolean multilateral, String why) {
        if (w.sanctions(a, t)) {
            return;
        }
        w.sanctions.add(new Sanction(a, t, multilateral, w.turn + 1));
        boolean answer = Hostility.answersAggression(w, a, t);
        Hostility.record(w, a, t, w.rules.hostility.sanctions);
        Events.all(w, answer ? EventKind.SANCTIONS : EventKind.ACT_SANCTIONS, a, t, w.name(a) + (multilateral ? " joins multilateral sanctions on " : " sanctions ")
                + w.name(t), why);
    }

    /** An embargo as part of the many's answer to an invasion: a sender's existing sanctions are raised to it. */
    static void embargoQuietly(World w, int a, int t) {
        boolean had = w.sanctions.removeIf(s -> s.sender() == a && s.target() == t);
        w.sanctions.add(new Sanction(a, t, true, w.turn + 1, true));
        if (!had) {
            Hostility.record(w, a, t, w.rules.hostility.sanctions);
        }
    }

    private static void multilateral(World w, Move m, int a, int t) {
        sanction(w, a, t, true, "");
        List<String> joined = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String pid : m.partners()) {
            int p = w.indexOf(pid);
            if (p < 0 || p == t || p == a || !w.nation(p).alive || w.sanctions(p, t)) {
                continue;
            }
            boolean joins = !w.nation(p).human && !w.hasTreaty(TreatyType.ALLIANCE, p, t)
                    && w.opinion.get(p, t) < w.opinion.get(p, a);
            if (joins) {
                sanction(w, p, t, true, "asked by " + w.name(a) + "; its opinion of " + w.name(t) + " "
                        + Events.f1(w.opinion.get(p, t)) + " is below its opinion of " + w.name(a));
                joined.add(w.name(p));
            } else {
                refused.add(w.name(p));
            }
        }
        Events.all(w, EventKind.MULTILATERAL_SANCTIONS, a, t, w.name(a) + " leads multilateral sanctions on " + w.name(t)
                + (joined.isEmpty() ? " alone" : " with " + String.join(", ", joined)),
                refused.isEmpty() ? "" : "declined: " + String.join(", ", refused));
    }
}
