package org.balancedrealism.model;

/** Which answer a state gives to its main threat (DESIGN §4.3). */
public enum Alignment {
    /** Nothing threatens it enough to act. */
    SECURE,
    /** Arm to reach parity: affordable within the horizon. */
    BALANCE_ARM,
    /** Parity is out of reach alone: seek allies or a coalition. */
    BALANCE_ALLY,
    /** Weak, next to the giant, no help in reach: align with the threat. */
    BANDWAGON,
    /** A nearer capable state already balances: let it carry the cost. */
    PASS_THE_BUCK;

    public String label() {
        return switch (this) {
            case SECURE -> "secure";
            case BALANCE_ARM -> "balancing by arming";
            case BALANCE_ALLY -> "balancing with allies";
            case BANDWAGON -> "bandwagoning";
            case PASS_THE_BUCK -> "passing the buck";
        };
    }
}
