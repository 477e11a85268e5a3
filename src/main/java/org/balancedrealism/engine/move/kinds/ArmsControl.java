package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;

/** Propose arms control: the other side answers by its rules (engine.Reactions); building up under it is cheating. */
public final class ArmsControl extends TreatyOffer {
    public ArmsControl() {
        super(TreatyType.ARMS_CONTROL, ProposalKind.ARMS_CONTROL, "reason.alreadyArmsControl", "reason.atWar", null);
    }
}
