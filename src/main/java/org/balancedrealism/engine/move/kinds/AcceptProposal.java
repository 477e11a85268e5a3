package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.World;

/** Accept an offer waiting in one's inbox (the move's subject): it is carried out at once. */
public final class AcceptProposal implements MoveRule {
    @Override
    public String check(World w, Move m, int a, int t) {
        return inboxProblem(w, m, a);
    }

    /** Why the move's subject is not an open offer to {@code a}; null if it is (shared with rejecting). */
    static String inboxProblem(World w, Move m, int a) {
        Proposal p = w.proposal(m.subject());
        return p == null ? Texts.get("reason.offerClosed") : p.to() != a ? Texts.get("reason.offerNotYours") : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposal p = w.proposal(m.subject());
        w.proposals.remove(p);
        Proposals.enact(w, p, Texts.get("why.acceptedBy", w.name(a)));
    }

    /** Answered from the inbox, not the move list. */
    @Override
    public boolean listed() {
        return false;
    }

    @Override
    public boolean changesGeometry() {
        return true;
    }
}
