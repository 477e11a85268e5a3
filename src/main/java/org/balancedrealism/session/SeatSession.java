package org.balancedrealism.session;

import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;

import java.util.List;

/**
 * What the game screen asks of a running game, seen from the seat playing at this screen: a local game
 * ({@link GameSession}, campaign or hot-seat) and a seat joined to a classroom host over the network
 * ({@code net.RemoteSeatSession}) both answer it, so a student's computer shows the normal game screen. Every answer
 * is about the seat playing now; nothing here reaches another seat's view or orders.
 */
public interface SeatSession {
    /** What the seat playing now may see. */
    SeatView view();

    /** Why the seat cannot add {@code move} to its orders (empty if it can). */
    List<String> check(Move move);

    /** What {@code move} would do (for the side panel). */
    org.balancedrealism.engine.MovePreview preview(Move move);

    /** How the enemy would judge a peace offer now, or null without a war between the two. */
    GameSession.PeaceOutlook peaceOutlook(Move move);

    /** Adds {@code move} to the seat's orders if it can be given; returns the reasons it cannot. */
    List<String> plan(Move move);

    /** Withdraws the seat's planned order at {@code index}. */
    void unplan(int index);

    /**
     * Ends the seat's turn. Locally: passes to the next seat or resolves the turn. In a classroom game: declares the
     * seat ready and returns once the host has resolved the turn. May take a while; call it off the UI thread.
     */
    GameSession.SeatTurnEnd endSeatTurn();

    /** The seat whose turn it is, or null when no human seat is left. */
    Seat currentSeat();

    /** Index of {@link #currentSeat()} among the game's seats, or -1. */
    int currentSeatIndex();

    /** The human seats still in the game (more than one at one screen means hot-seat hand-overs). */
    List<Seat> liveHumanSeats();

    boolean isOver();

    /** True while a turn is being resolved. */
    boolean isResolving();

    /**
     * Lines the screen shows beside the seat's own notices while it plans (a classroom game: who is ready, the time
     * left); empty for a local game.
     */
    default List<String> statusLines() {
        return List.of();
    }

    /**
     * Who to tell when the game changed by itself, not by this screen (a classroom host resolved a turn at its
     * deadline, another seat became ready). Called on any thread. A local game never changes by itself.
     */
    default void setOnChange(Runnable onChange) {
    }

    /** True when this screen may save the game itself (a classroom seat cannot: the host saves). */
    default boolean savesHere() {
        return true;
    }
}
