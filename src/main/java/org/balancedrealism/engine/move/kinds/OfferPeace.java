package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.List;

/** Offer peace to the enemy's leader: a territory (the move's), reparations (its amount), or a white peace. */
public final class OfferPeace implements MoveRule {
    @Override
    public String check(World w, Move m, int a, int t) {
        return w.warBetween(a, t) == null ? "You are not at war with " + w.name(t) + "." : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        War war = w.warBetween(a, t);
        PeaceTerms terms;
        if (m.territory() != null) {
            terms = new PeaceTerms(List.of(m.territory()), 0, false, false);
        } else if (m.amount() > 0) {
            terms = new PeaceTerms(List.of(), m.amount(), false, false);
        } else {
            terms = PeaceTerms.whitePeace();
        }
        int other = war.isAttacker(a) ? war.defenderLeader() : war.attackerLeader();
        Proposals.offer(w, ProposalKind.PEACE, a, other, war.id, terms);
    }

    @Override
    public String verb(World w, Move m) {
        return "offers peace to " + MoveRule.targetName(w, m);
    }
}
