package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.Coalitions;
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
        Derived d = w.derived;
        if (w.rules.coalition.balancing < 0.5) {
            return; // balancing switched off: no new coalitions (claims compare worlds with and without it)
        }
        for (int j = 0; j < w.size(); j++) {
            if (!w.nation(j).alive || w.coalitionAgainst(j) != null) {
                continue;
            }
            Coalitions.Plan plan = Coalitions.plan(w, d, j, Perception.column(d, j), false);
            if (plan.forms()) {
                form(w, plan);
            }
        }
        // the new partners' alliance discount is derived at the end of the turn (TurnEngine)
    }

    private void maintain(World w, Coalition c) {
        Derived d = w.derived;
        for (CoalitionMember m : new ArrayList<>(c.members)) {
            int inside = -1;
            double worst = d.threat(m.state(), c.target);
            for (CoalitionMember other : c.members) {
                // the partner's threat as it would be without the coalition's discount
                double raw = d.threat(m.state(), other.state()) / w.rules.threat.allyFactor;
                if (other.state() != m.state() && raw >= w.rules.threat.acute && raw > worst) {
                    inside = other.state();
                    worst = raw;
                }
            }
            if (inside >= 0) {
                c.members.remove(m);
                Events.all(w, "coalition-left", m.state(), c.target, w.name(m.state()) + " leaves the coalition against "
                        + w.name(c.target) + ": it now fears " + w.name(inside) + " more", "threat from " + w.name(inside)
                        + " (before alliance discount) " + Events.f2(worst) + " vs from " + w.name(c.target) + " "
                        + Events.f2(d.threat(m.state(), c.target)));
            }
        }
        double mean = Coalitions.meanMemberThreat(w, c);
        c.lowThreatTurns = mean < w.rules.coalition.dissolveThreat ? c.lowThreatTurns + 1 : 0;
        String why = null;
        if (c.members.size() < w.rules.coalition.minMembers) {
            why = "too few members left";
        } else if (c.lowThreatTurns >= w.rules.coalition.dissolveTurns) {
            why = "members' mean threat from " + w.name(c.target) + " stayed below " + Events.f2(w.rules.coalition.dissolveThreat)
                    + " for " + c.lowThreatTurns + " turns (now " + Events.f2(mean) + ")";
        }
        if (why != null) {
            w.coalitions.remove(c);
            Events.all(w, "coalition-dissolved", c.leader, c.target, "The coalition against " + w.name(c.target) + " dissolves", why);
        }
    }

    private void form(World w, Coalitions.Plan plan) {
        Coalition c = new Coalition();
        c.id = w.nextId();
        c.target = plan.target();
        c.leader = plan.members().get(0).state();
        c.formedTurn = w.turn + 1;
        c.targetPower = plan.targetPower();
        for (Coalitions.Candidate m : plan.members()) {
            Coalitions.enrol(w, c, m);
        }
        c.why = Coalitions.narrative(w, plan);
        w.coalitions.add(c);
        List<String> names = new ArrayList<>();
        for (CoalitionMember m : c.members) {
            names.add(w.name(m.state()));
            EconomicSanctions.impose(w, m.state(), c.target, "coalition against " + w.name(c.target));
        }
        Events.all(w, "coalition-formed", c.leader, c.target, "A coalition forms against " + w.name(c.target) + ": "
                + String.join(", ", names), c.why);
        // human seats who fear the target are invited; they answer on their turn
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).human && w.nation(i).alive && i != c.target && !c.hasMember(i)
                    && w.derived.threat(i, c.target) >= w.rules.threat.threatened) {
                Proposals.offer(w, ProposalKind.COALITION_INVITE, c.leader, i, c.id, null);
            }
        }
    }
}
