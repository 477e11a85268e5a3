package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;

/** Propose a trade agreement: the other side answers by its rules (engine.Reactions). */
public final class TradeAgreement extends TreatyOffer {
    public TradeAgreement() {
        super(TreatyType.TRADE, ProposalKind.TRADE, "reason.alreadyTrade", "reason.atWar", null);
    }
}
