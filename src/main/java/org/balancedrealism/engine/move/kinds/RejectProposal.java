package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.World;

/** Turn down an offer waiting in one's inbox (the move's subject). */
public final class RejectProposal implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return AcceptProposal.inboxProblem(w, m, a);
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposal p = w.proposal(m.subject());
        w.proposals.remove(p);
        Events.parties(w, EventKind.PROPOSAL_REJECTED, a, p.from(), Sentence.of("event.proposalRejected", Events.nameLater(w, a), Sentence.of("proposal." + p.kind().name()),
                Events.nameLater(w, p.from())), null);
    }

    /** Answered from the inbox, not the move list. */
    @Override
    public boolean listed() {
        return false;
    }
}
