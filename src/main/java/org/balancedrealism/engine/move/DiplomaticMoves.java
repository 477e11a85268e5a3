package org.balancedrealism.engine.move;

import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.EventKind;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/** Diplomatic moves: treaties, summits, arms control, mediation, coalitions, ultimatums, resolutions, answers. */
final class DiplomaticMoves {
    private DiplomaticMoves() {
    }

    static String check(World w, Move m, int a, int t) {
        return switch (m.kind()) {
            case PROPOSE_ALLIANCE -> w.hasTreaty(TreatyType.ALLIANCE, a, t) ? "You are already allied with " + w.name(t) + "."
                    : w.atWar(a, t) ? "You are at war with " + w.name(t) + "." : null;
            case NON_AGGRESSION_PACT -> w.hasTreaty(TreatyType.NON_AGGRESSION, a, t) ? "You already have a pact with " + w.name(t) + "."
                    : w.atWar(a, t) ? "You are at war with " + w.name(t) + ": offer peace first." : null;
            case GUARANTEE -> w.guarantees(a, t) ? "You already guarantee " + w.name(t) + "." : null;
            case ARMS_CONTROL -> w.hasTreaty(TreatyType.ARMS_CONTROL, a, t) ? "You already have an arms-control treaty with " + w.name(t) + "."
                    : w.atWar(a, t) ? "You are at war with " + w.name(t) + "." : null;
            case IMPROVE_RELATIONS -> w.atWar(a, t) ? "You are at war with " + w.name(t) + ": offer peace first." : null;
            case MEDIATE -> {
                War war = w.war(m.subject());
                yield war == null ? "Choose a war to mediate." : war.involves(a) ? "You cannot mediate a war you fight in." : null;
            }
            case PROPOSE_COALITION -> w.coalitionAgainst(t) != null ? "A coalition against " + w.name(t) + " already exists: join it."
                    : w.hasTreaty(TreatyType.ALLIANCE, a, t) ? "You are allied with " + w.name(t) + "." : null;
            case JOIN_COALITION -> {
                Coalition c = w.coalitionAgainst(t);
                yield c == null ? "There is no coalition against " + w.name(t) + "."
                        : c.hasMember(a) ? "You are already a member." : joinProblem(w, c, a);
            }
            case LEAVE_COALITION -> {
                Coalition c = w.coalitionAgainst(t);
                yield c == null || !c.hasMember(a) ? "You are not in a coalition against " + w.name(t) + "." : null;
            }
            case CANCEL_TREATY -> treatiesBetween(w, a, t).isEmpty() ? "You have no treaty with " + w.name(t) + " to cancel." : null;
            case ULTIMATUM -> {
                int terr = m.territory() == null ? -1 : w.territoryIndex(m.territory());
                yield terr < 0 || w.territories[terr].owner() != t ? "Name a territory that " + w.name(t) + " holds."
                        : Wars.nuclearCore(w, w.territories[terr]) ? w.name(t) + " is a nuclear power: its homeland cannot be demanded." : null;
            }
            case ACCEPT_PROPOSAL, REJECT_PROPOSAL -> {
                Proposal p = w.proposal(m.subject());
                yield p == null ? "That offer is no longer open." : p.to() != a ? "That offer was not made to you." : null;
            }
            default -> null;
        };
    }

    static void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        Rules.Diplomacy r = w.rules.diplomacy;
        switch (m.kind()) {
            case PROPOSE_ALLIANCE -> Proposals.offer(w, ProposalKind.ALLIANCE, a, t, -1, null);
            case NON_AGGRESSION_PACT -> Proposals.offer(w, ProposalKind.NON_AGGRESSION, a, t, -1, null);
            case ARMS_CONTROL -> Proposals.offer(w, ProposalKind.ARMS_CONTROL, a, t, -1, null);
            case GUARANTEE -> {
                w.treaties.add(new Treaty(TreatyType.GUARANTEE, a, t, w.turn + 1, null));
                w.opinion.add(t, a, 10);
                Events.all(w, EventKind.TREATY, a, t, actor.name + " guarantees the independence of " + w.name(t), "");
            }
            case IMPROVE_RELATIONS -> {
                w.opinion.set(a, t, Hostility.clampOpinion(w.opinion.get(a, t) + r.summitOpinion));
                w.opinion.set(t, a, Hostility.clampOpinion(w.opinion.get(t, a) + r.summitOpinion));
                Hostility.relieve(w, a, t, r.summitHostilityRelief);
                Hostility.relieve(w, t, a, r.summitHostilityRelief);
                w.trust.set(a, t, Math.min(1, w.trust.get(a, t) + r.summitTrust));
                w.trust.set(t, a, Math.min(1, w.trust.get(t, a) + r.summitTrust));
                Events.all(w, EventKind.SUMMIT, a, t, actor.name + " and " + w.name(t) + " hold a summit", "");
            }
            case MEDIATE -> mediate(w, m, a);
            case PROPOSE_COALITION -> proposeCoalition(w, a, t);
            case JOIN_COALITION -> {
                Coalition c = w.coalitionAgainst(t);
                Coalitions.enrol(w, c, Coalitions.joining(w, w.derived, a, c));
                Events.all(w, EventKind.COALITION_JOINED, a, t, actor.name + " joins the coalition against " + w.name(t), "");
            }
            case LEAVE_COALITION -> {
                Coalition c = w.coalitionAgainst(t);
                c.members.removeIf(x -> x.state() == a);
                Events.all(w, EventKind.COALITION_LEFT, a, t, actor.name + " leaves the coalition against " + w.name(t), "");
                if (c.members.size() < w.rules.coalition.minMembers) {
                    w.coalitions.remove(c);
                    Events.all(w, EventKind.COALITION_DISSOLVED, a, t, "The coalition against " + w.name(t) + " dissolves", "too few members");
                } else if (c.leader == a) {
                    c.leader = c.members.get(0).state();
                }
            }
            case DENOUNCE -> {
                Nation target = w.nation(t);
                target.softPower = Math.max(0, target.softPower - 2);
                w.opinion.add(a, t, -r.denounceOpinion);
                for (int i = 0; i < w.size(); i++) {
                    if (i != a && i != t && w.opinion.get(i, a) > 20) {
                        w.opinion.set(i, t, Hostility.clampOpinion(w.opinion.get(i, t) - r.denounceOpinion * 0.25));
                    }
                }
                Events.all(w, EventKind.DENOUNCE, a, t, actor.name + " denounces " + target.name, "");
            }
            case CANCEL_TREATY -> {
                List<Treaty> ended = treatiesBetween(w, a, t);
                w.treaties.removeAll(ended);
                w.trust.set(t, a, Math.max(0, w.trust.get(t, a) - 0.2));
                w.opinion.add(t, a, -15);
                Events.all(w, EventKind.TREATY_CANCELLED, a, t, actor.name + " cancels its treaties with " + w.name(t), ended.size() + " treaties");
            }
            case CULTURAL_DIPLOMACY -> {
                actor.softPower = Math.min(100, actor.softPower + r.culturalSoftPower / (1 + actor.softPower / 50));
                Events.parties(w, EventKind.MOVE, a, -1, actor.name + " invests in cultural diplomacy (soft power " + Events.f1(actor.softPower) + ")", "");
            }
            case ULTIMATUM -> ultimatum(w, m, a, t);
            case UN_RESOLUTION -> resolution(w, a, t);
            case ACCEPT_PROPOSAL -> {
                Proposal p = w.proposal(m.subject());
                w.proposals.remove(p);
                Proposals.enact(w, p, "accepted by " + w.name(a));
            }
            case REJECT_PROPOSAL -> {
                Proposal p = w.proposal(m.subject());
                w.proposals.remove(p);
                Events.parties(w, EventKind.PROPOSAL_REJECTED, a, p.from(), actor.name + " rejects the " + p.kind().label()
                        + " offered by " + w.name(p.from()), "");
            }
            default -> throw new IllegalArgumentException(m.kind().name());
        }
    }

    /**
     * The join test applies to every joiner (§4.4): an AI state joins only if it feels threatened and its test is
     * positive. A person may join regardless: the test is shown to them, the choice is theirs.
     */
    private static String joinProblem(World w, Coalition c, int a) {
        if (w.nation(a).human) {
            return null;
        }
        double t = w.derived.threat(a, c.target);
        if (t < w.rules.threat.threatened) {
            return w.name(a) + " does not feel threatened by " + w.name(c.target) + " (" + Events.f2(t) + ").";
        }
        Coalitions.Candidate test = Coalitions.joining(w, w.derived, a, c);
        return test.joinValue() > 0 ? null : "Joining does not pay: " + test.why() + ".";
    }

    static List<Treaty> treatiesBetween(World w, int a, int t) {
        List<Treaty> list = new ArrayList<>();
        for (Treaty x : w.treaties) {
            if (x.type() != TreatyType.INSTITUTION && (x.between(a, t))) {
                list.add(x);
            }
        }
        return list;
    }

    private static void mediate(World w, Move m, int a) {
        War war = w.war(m.subject());
        Nation actor = w.nation(a);
        double chance = w.rules.diplomacy.mediationSuccess * (0.5 + actor.softPower / 100);
        if (w.random.chance("mediation", chance)) {
            actor.prestige += 5;
            actor.softPower = Math.min(100, actor.softPower + 3);
            Wars.conclude(w, war, PeaceTerms.whitePeace(), false, actor.name + " mediated (chance " + Events.pct(chance) + ")");
        } else {
            Events.all(w, EventKind.MEDIATION_FAILED, a, war.attackerLeader(), actor.name + "'s mediation of the " + war.name + " fails",
                    "chance " + Events.pct(chance));
        }
    }

    /**
     * Proposing only puts the question (§4.4): the coalition forms if the same rule that forms coalitions passes with
     * the proposer leading; otherwise the call fails with the reason.
     */
    private static void proposeCoalition(World w, int a, int t) {
        Coalitions.Plan plan = Coalitions.plan(w, w.derived, t, Perception.column(w.derived, t), false, a);
        if (plan.forms()) {
            Coalitions.form(w, plan, w.name(a));
        } else {
            Events.all(w, EventKind.COALITION_FAILED, a, t, w.name(a) + "'s call for a coalition against " + w.name(t) + " finds too little support",
                    Coalitions.whyNot(w, plan));
        }
    }

    private static void ultimatum(World w, Move m, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        int terr = w.territoryIndex(m.territory());
        Nation actor = w.nation(a);
        Nation target = w.nation(t);
        Hostility.record(w, a, t, w.rules.hostility.ultimatum);
        War hypothetical = new War();
        hypothetical.attackers.add(a);
        hypothetical.defenders.add(t);
        double p = Wars.winChance(Wars.strength(w, w.derived, hypothetical, true),
                Wars.strength(w, w.derived, hypothetical, false), w.rules.war.exponent);
        boolean yields = !target.human && p > 0.8;
        String why = "the demanding side's chance to win a round " + Events.f2(p);
        if (yields) {
            target.prestige -= r.ultimatumPrestige * (0.5 + target.nationalism);
            actor.prestige += r.ultimatumPrestige * 0.5;
            Events.all(w, EventKind.ACT_ULTIMATUM, a, t, target.name + " yields to " + actor.name + "'s ultimatum over "
                    + m.territory(), why);
            Wars.annex(w, a, terr);
        } else {
            actor.prestige -= r.ultimatumPrestige * (0.5 + actor.nationalism);
            Events.all(w, EventKind.ACT_ULTIMATUM, a, t, target.name + " rejects " + actor.name + "'s ultimatum over "
                    + m.territory() + "; " + actor.name + " loses face", why);
        }
    }

    private static void resolution(World w, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        Condemnation.Vote vote = Condemnation.vote(w, a, t);
        boolean passed = vote.passed(w);
        String why = vote.tally() + " (needs " + Events.pct(r.resolutionMajority) + " and no veto)";
        if (passed) {
            w.nation(a).legitimacyTurns = (int) r.resolutionTurns;
            w.nation(t).softPower = Math.max(0, w.nation(t).softPower - 5);
            Events.all(w, EventKind.RESOLUTION_PASSED, a, t, "A resolution against " + w.name(t) + " proposed by " + w.name(a) + " passes", why);
        } else {
            Events.all(w, EventKind.RESOLUTION_FAILED, a, t, "The resolution against " + w.name(t) + " proposed by " + w.name(a) + " fails", why);
        }
    }
}
