package org.balancedrealism.model;

/** Offers that wait for the other side's answer. */
public enum ProposalKind {
    ALLIANCE, NON_AGGRESSION, TRADE, ARMS_CONTROL, PEACE, COALITION_INVITE;

    public String label() {
        return switch (this) {
            case ALLIANCE -> "alliance";
            case NON_AGGRESSION -> "non-aggression pact";
            case TRADE -> "trade agreement";
            case ARMS_CONTROL -> "arms-control treaty";
            case PEACE -> "peace";
            case COALITION_INVITE -> "coalition membership";
        };
    }
}
