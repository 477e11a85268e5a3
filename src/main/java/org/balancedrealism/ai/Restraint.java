package org.balancedrealism.ai;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.Set;

/**
 * Candidate moves that manage a security dilemma rather than win it (DESIGN §4.1, §5): arms control with a state
 * both fear each other, mediation of others' wars, deterrence at a threatening neighbour's border, and cancelling
 * the treaties of a partner that has become a threat.
 */
final class Restraint {
    static final int ARMS_CONTROL_PARTNERS = 2;
    static final int WARS_MEDIATED = 2;

    private Restraint() {
    }

    static void add(AiPlayer.Context c, Set<Move> out) {
        armsControl(c, out);
        mediation(c, out);
        deterrence(c, out);
        cancelTreaties(c, out);
    }

    /**
     * Mutual security dilemma: it feels threatened by k and k by it, and k's rule would accept the offer. A peacetime
     * bargain: neither side may be at war (a state at war arms, and would be caught cheating at once).
     */
    private static void armsControl(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        if (c.atWar()) {
            return;
        }
        double bar = w.rules.threat.threatened;
        TopStates best = new TopStates(ARMS_CONTROL_PARTNERS);
        for (int k = 0; k < w.size(); k++) {
            // the cheap test first (this runs for every state every turn): mutual threat, then ties and wars
            if (k != c.i && c.d.threat(c.i, k) < bar) {
                continue; // the row first: the mutual threat is below the bar already (the column read costs more)
            }
            double m = k == c.i ? 0 : Math.min(c.d.threat(c.i, k), c.d.threat(k, c.i));
            if (m < bar || !w.nation(k).alive || c.d.tied(TreatyType.ARMS_CONTROL, c.i, k) || c.indexes().atWar(k)) {
                continue;
            }
            best.offer(k, m);
        }
        for (int k : best.states()) {
            if (k >= 0 && Candidates.wouldAccept(w, ProposalKind.ARMS_CONTROL, c.i, k)) {
                out.add(Move.of(MoveKind.ARMS_CONTROL, c.me.id, w.id(k)));
            }
        }
    }

    /**
     * States with soft power enough to be heard (or a collective-security doctrine) offer to mediate wars in which
     * they are not a party and are allied to neither side (an honest broker), once the war is ripe: a stalemate of
     * {@code mediationRipeTurns} that both sides' rule would end in a white peace (a mutually hurting stalemate).
     * States decide at once, so only the eligible state with the most soft power mediates a given war.
     */
    private static void mediation(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        if (!mediator(c, c.i) || c.atWar()) {
            return;
        }
        int n = 0;
        for (War war : w.wars) {
            if (n >= WARS_MEDIATED || !eligible(w, c.i, war) || !ripe(w, war) || !firstMediator(c, war)) {
                continue;
            }
            out.add(Move.of(MoveKind.MEDIATE, c.me.id).withSubject(war.id));
            n++;
        }
    }

    private static boolean mediator(AiPlayer.Context c, int k) {
        var n = c.w.nation(k);
        return !n.human && n.alive && (n.softPower >= c.w.rules.aiModifiers.mediatorSoftPower
                || "collective-security".equals(c.w.rules.doctrine(n.doctrine).alignmentStyle));
    }

    private static boolean eligible(World w, int k, War war) {
        return !war.involves(k) && !w.atWar(k) && !alliedToASide(w, k, war);
    }

    private static boolean ripe(World w, War war) {
        if (war.turns < w.rules.aiModifiers.mediationRipeTurns) {
            return false;
        }
        int a = war.attackerLeader(), d = war.defenderLeader();
        var white = org.balancedrealism.model.PeaceTerms.whitePeace();
        return org.balancedrealism.engine.Reactions.answer(w, new org.balancedrealism.model.Proposal(-1, ProposalKind.PEACE, a, d, w.turn + 1, war.id, white)).accept()
                && org.balancedrealism.engine.Reactions.answer(w, new org.balancedrealism.model.Proposal(-1, ProposalKind.PEACE, d, a, w.turn + 1, war.id, white)).accept();
    }

    private static boolean firstMediator(AiPlayer.Context c, War war) {
        World w = c.w;
        double mine = c.me.softPower;
        for (int k = 0; k < w.size(); k++) {
            if (k == c.i || !mediator(c, k) || !eligible(w, k, war)) {
                continue;
            }
            double theirs = w.nation(k).softPower;
            if (theirs > mine || theirs == mine && k < c.i) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code i} is allied to or guarantees a party to the war (read from the war's own few parties). */
    private static boolean alliedToASide(World w, int i, War war) {
        return alliedToOne(w, i, war.attackers) || alliedToOne(w, i, war.defenders);
    }

    private static boolean alliedToOne(World w, int i, java.util.List<Integer> side) {
        for (int k : side) {
            if (k >= 0 && k < w.size() && (w.hasTreaty(TreatyType.ALLIANCE, i, k) || w.guarantees(i, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deterrence: forces to the border of a neighbour that threatens it and is a recent aggressor, by states that
     * balance (those that bandwagon or pass the buck do not provoke); deployed forces stay for {@code answerTurns}, so
     * no second deployment against the same neighbour within them (no deployment spiral).
     */
    private static void deterrence(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        Alignment al = c.me.alignment;
        if (al == Alignment.BANDWAGON || al == Alignment.PASS_THE_BUCK) {
            return;
        }
        for (int k : c.indexes().aggressors.list()) {
            // the turn's recent aggressors only; the figures first, the scan of the wars last
            if (k != c.i && c.d.distance(c.i, k) <= org.balancedrealism.model.Geography.SEA_HOP
                    && c.d.threat(c.i, k) >= w.rules.threat.threatened && !c.atWarWith(k)
                    && !c.recent().since(c.i, k, w.rules.hostility.answerTurns, EventKind.ACT_DEPLOYMENT)) {
                out.add(Move.of(MoveKind.DEPLOY_TO_BORDER, c.me.id, w.id(k)));
            }
        }
    }

    /**
     * An ally or protector that has become its greatest threat: it makes this state feel threatened even with the
     * alliance's discount removed, more than any other state does, and has acted against it. Its treaties end
     * (lawfully, at a cost in trust). Only then: a treaty with a partner that protects it against a greater threat is
     * kept, and only security treaties count (trade and pacts are what one keeps with a threat).
     */
    private static void cancelTreaties(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        for (Treaty t : c.myTreaties()) {
            if (t.type() != TreatyType.ALLIANCE && t.type() != TreatyType.GUARANTEE || !(t.a() == c.i || t.b() == c.i)) {
                continue;
            }
            int k = t.a() == c.i ? t.b() : t.a();
            if (w.memory.get(k, c.i) < w.rules.ai.grievanceHostility) {
                continue; // the grievance first: a partner rarely has acted against it
            }
            double raw = rawThreat(c, k);
            if (w.nation(k).alive && raw >= w.rules.threat.threatened && greatestThreat(c, k, raw)) {
                out.add(Move.of(MoveKind.CANCEL_TREATY, c.me.id, w.id(k)));
            }
        }
    }

    /** The threat k makes it feel without the discount an alliance gives. */
    private static double rawThreat(AiPlayer.Context c, int k) {
        return c.d.threat(c.i, k) / (c.d.allied(c.i, k) ? c.w.rules.threat.allyFactor : 1);
    }

    private static boolean greatestThreat(AiPlayer.Context c, int k, double raw) {
        for (int m = 0; m < c.w.size(); m++) {
            if (m != k && m != c.i && c.w.nation(m).alive && rawThreat(c, m) > raw) {
                return false;
            }
        }
        return true;
    }
}
