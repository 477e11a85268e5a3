package org.balancedrealism.report;

import org.balancedrealism.model.ProposalKind;

/**
 * An offer in the seat's inbox, told in words.
 *
 * @param id        the proposal's id (the subject of the accept or reject order)
 * @param kind      what is offered
 * @param fromId    the proposer's state id
 * @param headline  "Russia offers an alliance"
 * @param terms     what accepting commits the seat to
 * @param turnsLeft turns left to answer, counting the one being played (1: this turn or never)
 */
public record Offer(int id, ProposalKind kind, String fromId, String headline, String terms, int turnsLeft) {
    /** "2 turns left to answer", "last turn to answer". */
    public String expiry() {
        return turnsLeft <= 1 ? "last turn to answer" : turnsLeft + " turns left to answer";
    }
}
