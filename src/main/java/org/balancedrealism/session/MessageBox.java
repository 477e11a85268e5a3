package org.balancedrealism.session;

import org.balancedrealism.model.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The private messages of a game (DESIGN §12): seats write to each other and to the instructor; each seat reads only
 * what it sent or received, the instructor reads everything. Kept in the save ({@code SaveGame.messages}) for the
 * debrief. Sending is validated like a move: refused with reasons in words, never half done.
 */
public final class MessageBox {
    /** Longest message accepted (a paragraph of negotiation). */
    public static final int MAX_TEXT = 2000;

    private final List<Message> messages = new ArrayList<>();
    /** Who hears of each message sent (a hosted game pushes it to the two seats); never saved. */
    private final List<Consumer<Message>> listeners = new CopyOnWriteArrayList<>();

    public MessageBox() {
    }

    /** A box holding {@code saved} (from a save), oldest first. */
    public MessageBox(List<Message> saved) {
        if (saved != null) {
            messages.addAll(saved);
        }
    }

    /**
     * Why {@code from} cannot send {@code text} to {@code to}, in words; empty if it can. {@code seats} are the state
     * ids of the seats (only seats and the instructor take part in messages).
     */
    public static List<String> check(String from, String to, String text, List<String> seats) {
        List<String> reasons = new ArrayList<>();
        if (!Message.INSTRUCTOR.equals(from) && !seats.contains(from)) {
            reasons.add("Only a seat or the instructor can send a message ('" + from + "' is neither).");
        }
        if (!Message.INSTRUCTOR.equals(to) && !seats.contains(to)) {
            reasons.add("A message goes to another seat or to the instructor ('" + to + "' is neither).");
        }
        if (from != null && from.equals(to)) {
            reasons.add("A message to yourself is a note: write it down instead.");
        }
        if (text == null || text.isBlank()) {
            reasons.add("The message is empty.");
        } else if (text.length() > MAX_TEXT) {
            reasons.add("The message is too long (" + text.length() + " characters; at most " + MAX_TEXT + ").");
        }
        return reasons;
    }

    /**
     * Whom to tell of every message sent from now on, whoever sent it (a seat, the console, the host): one place, so a
     * hosted game delivers the instructor's messages as it delivers the seats'. Called outside the box's lock.
     */
    public void addListener(Consumer<Message> listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener} (a window that closed). */
    public void removeListener(Consumer<Message> listener) {
        listeners.remove(listener);
    }

    /** Sends a message written during {@code turn}; returns the reasons it was refused, empty if it was sent. */
    public List<String> send(int turn, String from, String to, String text, List<String> seats) {
        List<String> reasons = check(from, to, text, seats);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        Message sent = new Message(turn, from, to, text.strip());
        synchronized (this) {
            messages.add(sent);
        }
        listeners.forEach(l -> l.accept(sent));
        return reasons;
    }

    /** Puts back the messages of a save (checked when they were sent), after any already here. */
    public synchronized void restore(List<Message> saved) {
        if (saved != null) {
            messages.addAll(saved);
        }
    }

    /** Every message, oldest first (the instructor's view and the save). */
    public synchronized List<Message> all() {
        return List.copyOf(messages);
    }

    /** What one seat may read: the messages it sent or received, oldest first. */
    public synchronized List<Message> of(String seat) {
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (m.from().equals(seat) || m.to().equals(seat)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Back to the end of turn {@code turn} (a rollback or branch): messages written while later turns were played
     * belong to the abandoned future and go.
     */
    public synchronized void truncateAfter(int turn) {
        messages.removeIf(m -> m.turn() > turn);
    }
}
