package org.balancedrealism.ui.classroom;

import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The messages of one seat of a game played at this computer (hot-seat): read from the game's box through
 * {@code MessageBox.of(seat)}, so the seat on turn reads only what it sent or received, never the others'.
 */
final class LocalSeatMessages implements SeatMessages {
    private final GameSession session;
    private final String seat;

    LocalSeatMessages(GameSession session, String seat) {
        this.session = session;
        this.seat = seat;
    }

    @Override
    public String seat() {
        return seat;
    }

    @Override
    public List<Message> messages() {
        return session.messages().of(seat);
    }

    private List<String> humanSeats() {
        return session.seats().stream().filter(Seat::human).map(Seat::stateId).toList();
    }

    @Override
    public List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        recipients.add(Message.INSTRUCTOR);
        for (String id : humanSeats()) {
            if (!id.equals(seat)) {
                recipients.add(id);
            }
        }
        return recipients;
    }

    @Override
    public String owner() {
        String state = name(seat);
        return session.seats().stream().filter(s -> s.stateId().equals(seat) && !s.name().equals(seat))
                .map(s -> Texts.get("classroom.messages.owner", s.name(), state)).findFirst().orElse(state);
    }

    @Override
    public String name(String id) {
        if (Message.INSTRUCTOR.equals(id)) {
            return Texts.get("classroom.messages.instructor");
        }
        String name = session.stateName(id);
        return name == null ? id : name;
    }

    @Override
    public String send(String to, String text) {
        List<String> reasons = session.messages().send(session.world().turn + 1, seat, to, text, humanSeats());
        return reasons.isEmpty() ? null : String.join(" ", reasons);
    }

    @Override
    public Runnable onArrival(Runnable arrived) {
        Consumer<Message> listener = m -> {
            if (m.to().equals(seat) || m.from().equals(seat)) {
                arrived.run();
            }
        };
        session.messages().addListener(listener);
        return () -> session.messages().removeListener(listener);
    }
}
