package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.engine.Events;
import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.World;

/** Accept an offer waiting in one's inbox (the move's subject): it is carried out at once. */
public final class AcceptProposal implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return inboxProblem(w, m, a);
    }

    /** Why the move's subject is not an open offer to {@code a}; null if it is (shared with rejecting). */
    static Sentence inboxProblem(World w, Move m, int a) {
        Proposal p = w.proposal(m.subject());
        return p == null ? Sentence.of("reason.offerClosed") : p.to() != a ? Sentence.of("reason.offerNotYours") : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposal p = w.proposal(m.subject());
        w.proposals.remove(p);
        Proposals.enact(w, p, Sentence.of("why.acceptedBy", Events.nameLater(w, a)));
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
