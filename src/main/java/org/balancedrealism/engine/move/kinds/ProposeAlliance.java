package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;

/** Propose an alliance: the other side answers by its rules (engine.Reactions). */
public final class ProposeAlliance extends TreatyOffer {
    public ProposeAlliance() {
        super(TreatyType.ALLIANCE, ProposalKind.ALLIANCE, "reason.alreadyAllied", "reason.atWar", "verb.proposeAlliance");
    }
}
