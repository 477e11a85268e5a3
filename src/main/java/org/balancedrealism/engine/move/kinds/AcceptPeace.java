package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.engine.Events;
import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.World;

/** Accept the peace the target has offered: its terms are carried out at once. */
public final class AcceptPeace implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return peaceOffer(w, t, a) == null ? Sentence.of("reason.noPeaceOffer", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposal p = peaceOffer(w, t, a);
        w.proposals.remove(p);
        Proposals.enact(w, p, Sentence.of("why.acceptedBy", Events.nameLater(w, a)));
    }

    @Override
    public boolean changesGeometry() {
        return true;
    }

    private static Proposal peaceOffer(World w, int from, int to) {
        for (Proposal p : w.proposals) {
            if (p.kind() == ProposalKind.PEACE && p.from() == from && p.to() == to) {
                return p;
            }
        }
        return null;
    }
}
