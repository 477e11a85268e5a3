package org.balancedrealism.model;

/**
 * A member of a coalition and why it joined.
 *
 * @param state      index of the member
 * @param threat     its threat from the target when it joined
 * @param projected  military power it projects into the target's theatre
 * @param troops     true if it commits forces; small distant members give sanctions and money instead
 * @param joinedTurn turn it joined
 * @param why        the figures behind its decision
 */
public record CoalitionMember(int state, double threat, double projected, boolean troops, int joinedTurn, String why) {
}
