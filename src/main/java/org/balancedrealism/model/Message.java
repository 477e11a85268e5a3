package org.balancedrealism.model;

/**
 * A private message between seats, or between a seat and the instructor (the heart of a seminar): kept in the
 * save so the debrief can show the negotiation. Never read by the rules.
 *
 * @param turn the turn being played when it was sent (turns resolved so far + 1)
 * @param from sender: a seat's state id, or {@link #INSTRUCTOR}
 * @param to   recipient: a seat's state id, or {@link #INSTRUCTOR}
 * @param text what was written
 */
public record Message(int turn, String from, String to, String text) {
    /** The instructor's address in messages. */
    public static final String INSTRUCTOR = "instructor";
}
