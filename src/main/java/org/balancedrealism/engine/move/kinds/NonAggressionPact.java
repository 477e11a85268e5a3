package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;

/** Propose a non-aggression pact: the other side answers by its rules (engine.Reactions). */
public final class NonAggressionPact extends TreatyOffer {
    public NonAggressionPact() {
        super(TreatyType.NON_AGGRESSION, ProposalKind.NON_AGGRESSION, "reason.alreadyPact", "reason.atWar.peaceFirst", "verb.nonAggression");
    }
}
