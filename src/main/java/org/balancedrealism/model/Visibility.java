package org.balancedrealism.model;

/** Who may see an event: hot-seat privacy and turn reports read this. */
public enum Visibility {
    /** Everyone. */
    ALL,
    /** Only the states named in the event's audience. */
    PARTIES
}
