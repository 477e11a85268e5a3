package org.balancedrealism.engine.phase;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.EconomicSanctions;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * Coalitions (DESIGN §4.4): existing ones lose members whose fear has moved elsewhere and dissolve with
 * hysteresis (mean threat below the threshold for several turns) or lose a member that now fears a partner acutely; new ones form against whoever threatens enough
 * states that together pass the κ test.
 */
public final class CoalitionPhase implements Phase {
    @Override
    public String name() {
        return "coalitions";
    }

    @Override
    public void run(World w, List<Move> orders) {
        for (Coalition c : new ArrayList<>(w.coalitions)) {
            maintain(w, c);
        }
        Condemnation.review(w);
        Derived d = w.derived;
        if (w.rules.coalition.balancing < 0.5) {
            return; // balancing switched off: no new coalitions (claims compare worlds with and without it)
        }
        for (int j = 0; j < w.size(); j++) {
            if (!w.nation(j).alive || w.coalitionAgainst(j) != null || !mayForm(w, j)
                    || !Coalitions.actedRecently(w, j)) {
                continue; // a plan forms only against a recent actor (Coalitions.plan): most states are not, so test it first
            }
            Coalitions.Plan plan = Coalitions.plan(w, d, j, Perception.column(d, j), false);
            if (plan.forms()) {
                Coalitions.form(w, plan, null);
            }
        }
        // the new partners' alliance discount is derived at the end of the turn (TurnEngine)
    }

    /**
     * Membership is sticky (§4.4): a member leaves only when a partner's threat overtakes the target's by a clear
     * margin, or when its join test has stayed clearly negative for several turns; the coalition dissolves with
     * hysteresis. Every departure says why.
     */
    private void maintain(World w, Coalition c) {
        Derived d = w.derived;
        var r = w.rules.coalition;
        // first every member's doubt; when most members doubt, the coalition ends as a whole (one decision, not a
        // trickle of departures); otherwise doubters and those who fear a partner more leave one by one
        int doubters = 0;
        double targetSide = Coalitions.targetSidePower(w, d, c.target); // the same for every member: worked out once
        for (int k = 0; k < c.members.size(); k++) {
            CoalitionMember m = c.members.get(k);
            Coalitions.Candidate test = Coalitions.candidate(w, d, m.state(), c.target, d.threat(m.state(), c.target),
                    Math.max(0, c.memberPower - m.projected()), m.projected(), targetSide);
            int doubt = test.joinValue() < -r.leaveMargin ? m.doubtTurns() + 1 : 0;
            c.members.set(k, m.withDoubtTurns(doubt));
            doubters += doubt >= r.leaveTurns ? 1 : 0;
        }
        boolean purposeGone = 2 * doubters > c.members.size();
        for (int k = 0; k < c.members.size() && !purposeGone; k++) {
            CoalitionMember m = c.members.get(k);
            double towardTarget = d.threat(m.state(), c.target);
            int inside = -1;
            double worst = towardTarget + r.leaveMargin;
            for (CoalitionMember other : c.members) {
                if (other.state() == m.state()) {
                    continue;
                }
                double raw = rawThreat(w, d, m.state(), other.state());
                if (raw >= w.rules.threat.acute && raw > worst) {
                    inside = other.state();
                    worst = raw;
                }
            }
            Sentence why = null;
            if (inside >= 0) {
                why = Sentence.of("why.fearsInsider", Events.nameLater(w, inside), Events.f2Later(worst), Events.f2Later(towardTarget), Events.nameLater(w, c.target));
            } else if (m.doubtTurns() >= r.leaveTurns) {
                why = Sentence.of("why.noReasonToStay", String.valueOf(m.doubtTurns()), Events.nameLater(w, c.target), Events.f2Later(towardTarget));
            }
            if (why != null) {
                c.members.remove(k--);
                c.memberPower = Math.max(0, c.memberPower - m.projected());
                Events.all(w, EventKind.COALITION_LEFT, m.state(), c.target, Sentence.of("event.coalitionLeft", Events.nameLater(w, m.state()), Events.nameLater(w, c.target)), why);
            }
        }
        double mean = Coalitions.meanMemberThreat(w, c);
        c.lowThreatTurns = mean < r.dissolveThreat ? c.lowThreatTurns + 1 : 0;
        Sentence why = null;
        if (purposeGone) {
            why = Sentence.of("why.purposeGone", String.valueOf(doubters), String.valueOf(c.members.size()), Events.nameLater(w, c.target));
        } else if (c.members.size() < r.minMembers) {
            why = Sentence.of("why.tooFewMembers");
        } else if (c.lowThreatTurns >= r.dissolveTurns) {
            why = Sentence.of("why.lowThreat", Events.nameLater(w, c.target), Events.f2Later(r.dissolveThreat), String.valueOf(c.lowThreatTurns),
                    Events.f2Later(mean));
        }
        if (why != null) {
            w.coalitions.remove(c);
            w.nation(c.target).coalitionEndedTurn = w.turn + 1;
            Events.all(w, EventKind.COALITION_DISSOLVED, c.leader, c.target, Sentence.of("event.coalitionDissolved", Events.nameLater(w, c.target)), why);
        } else if (!c.hasMember(c.leader)) {
            c.leader = c.members.get(0).state();
        }
    }

    /** The threat i feels from j as it would be without their alliance's discount. */
    public static double rawThreat(World w, Derived d, int i, int j) {
        if (!d.allied(i, j)) {
            return d.threat(i, j);
        }
        double own = Perception.factors(w, d, i, j).threat() / Perception.allyDiscount(w, i, j);
        return Math.min(1, Math.max(own, d.threat(i, j)));
    }

    /** A new coalition against j needs new acts since the last one ended, or a pause (no flicker). */
    static boolean mayForm(World w, int j) {
        var s = w.nation(j);
        return s.lastAggressionTurn > s.coalitionEndedTurn
                || w.turn + 1 - s.coalitionEndedTurn >= w.rules.coalition.reformTurns;
    }
}
