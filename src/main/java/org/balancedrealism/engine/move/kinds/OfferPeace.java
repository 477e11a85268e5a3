package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
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
    public Sentence check(World w, Move m, int a, int t) {
        return w.warBetween(a, t) == null ? Sentence.of("reason.notAtWar", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        War war = w.warBetween(a, t);
        Proposals.offer(w, ProposalKind.PEACE, a, recipient(war, a), war.id, terms(m));
    }

    /** The terms a peace offer asks for: its territory, else its amount as reparations, else a white peace. */
    public static PeaceTerms terms(Move m) {
        if (m.territory() != null) {
            return new PeaceTerms(List.of(m.territory()), 0, false, false);
        }
        if (m.amount() > 0) {
            return new PeaceTerms(List.of(), m.amount(), false, false);
        }
        return PeaceTerms.whitePeace();
    }

    /** Who receives the offer: the enemy side's leader. */
    public static int recipient(War war, int actor) {
        return war.isAttacker(actor) ? war.defenderLeader() : war.attackerLeader();
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.offerPeace", MoveRule.targetName(w, m));
    }
}
