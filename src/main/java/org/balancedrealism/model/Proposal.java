package org.balancedrealism.model;

/**
 * An offer waiting in the receiver's inbox (hot-seat: answered on the receiver's turn).
 *
 * @param id       unique in the game
 * @param kind     what is offered
 * @param from     index of the proposer
 * @param to       index of the receiver
 * @param turn     turn it was made
 * @param subject  war id for a peace offer, coalition id for an invitation, else -1
 * @param terms    peace terms for a peace offer, else null
 */
public record Proposal(int id, ProposalKind kind, int from, int to, int turn, int subject, PeaceTerms terms) {
}
