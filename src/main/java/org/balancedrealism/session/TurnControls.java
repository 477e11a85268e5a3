package org.balancedrealism.session;

import java.time.Duration;
import java.util.List;

/**
 * The pace of a game whose seats play at their own computers, as the instructor's console drives it: pause, extend,
 * force the end of a turn, and see who is connected and ready. A hosted classroom game implements it; a hot-seat
 * game has no clock and no remote seats, so its console simply has none of these controls.
 */
public interface TurnControls {
    /** Whether the turn clock is stopped (no seat may be hurried, no turn ends by itself). */
    boolean isPaused();

    void pause();

    void resume();

    /** Whole seconds left before the turn ends by itself; -1 when there is no deadline or the game is paused. */
    long secondsLeft();

    /** Moves this turn's deadline later by {@code more}. */
    void extend(Duration more);

    /** Ends the turn now, as if every seat were ready; seats with no orders simply do nothing this turn. */
    void forceEndTurn();

    /** Every seat of the game, in seat order. */
    List<SeatPresence> seats();

    /** One seat as the console lists it. */
    record SeatPresence(String stateId, String stateName, boolean connected, boolean ready, boolean playedByAi) {
    }
}
