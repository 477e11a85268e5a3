package org.balancedrealism.report;

import org.balancedrealism.model.ProposalKind;

import java.util.List;

/** The offers of one kind in an inbox, oldest first. */
public record OfferGroup(ProposalKind kind, String title, List<Offer> offers) {
    public OfferGroup {
        offers = List.copyOf(offers);
    }
}
