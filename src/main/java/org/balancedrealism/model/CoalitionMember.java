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
 * @param doubtTurns consecutive turns its join test has been clearly negative (it leaves only after several)
 */
public record CoalitionMember(int state, double threat, double projected, boolean troops, int joinedTurn, String why,
                              int doubtTurns) {
    public CoalitionMember withDoubtTurns(int turns) {
        return new CoalitionMember(state, threat, projected, troops, joinedTurn, why, turns);
    }
}
