package org.balancedrealism.ui.classroom;

import org.balancedrealism.model.Message;

import java.util.List;

/**
 * One seat's side of the private messages, wherever the game runs: a seat joined to a host reads what the host sent
 * it ({@link RemoteSeatMessages}); the seat on turn in a hot-seat game reads the game's box, only its own messages
 * ({@link LocalSeatMessages}). The Messages window shows either the same way.
 */
interface SeatMessages {
    /** The state id of the seat reading. */
    String seat();

    /** Whose messages these are, for the window's title (a hot-seat seat: its player and state). */
    default String owner() {
        return name(seat());
    }

    /** The messages it sent or received, oldest first: never another seat's. */
    List<Message> messages();

    /** Whom it may write to: the instructor first, then the other seats. */
    List<String> recipients();

    /** A seat's or the instructor's name as players read it. */
    String name(String id);

    /**
     * Sends {@code text} to {@code to}; returns why it was refused in words, or null once sent. May wait on the
     * network: call it off the UI thread.
     */
    String send(String to, String text);

    /**
     * Who to tell when a message for this seat arrives (called on any thread); returns what stops telling it (the
     * window calls it when it closes).
     */
    Runnable onArrival(Runnable arrived);
}
