package org.balancedrealism.net;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatSession;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The game screen's session on a student's computer: every question goes to the host, which answers with its rules
 * ({@link ClassroomClient}); the view is the one the host pushed for this seat. End turn means "ready" and returns at
 * once: the student keeps reading the map while the others plan, and a new order (or withdrawing one) takes the
 * readiness back. The turn ends when every seat is ready, at the deadline, or when the instructor forces it; the
 * host's push then brings the new view ({@link #setOnChange}). A lost connection is tried again once per question;
 * what cannot reach the host says so in words.
 */
public final class RemoteSeatSession implements SeatSession {
    private final ClassroomClient client;
    /** The turn (turns resolved) during which this seat said it was ready, or -1. */
    private volatile int readyDuring = -1;

    public RemoteSeatSession(ClassroomClient client) {
        this.client = client;
    }

    public ClassroomClient client() {
        return client;
    }

    @Override
    public SeatView view() {
        return client.view();
    }

    @Override
    public List<String> check(Move move) {
        try {
            return online().check(move);
        } catch (ClassroomException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public MovePreview preview(Move move) {
        try {
            return online().preview(move);
        } catch (ClassroomException e) {
            return new MovePreview(move, List.of(e.getMessage()), 0, 0, List.of(), 0, 0, 0, 0, List.of(), "");
        }
    }

    @Override
    public GameSession.PeaceOutlook peaceOutlook(Move move) {
        try {
            return online().peaceOutlook(move);
        } catch (ClassroomException e) {
            return null;
        }
    }

    @Override
    public List<String> plan(Move move) {
        try {
            notReadyAfterAll();
            return online().plan(move);
        } catch (ClassroomException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public void unplan(int index) {
        try {
            notReadyAfterAll();
            online().unplan(index);
        } catch (ClassroomException e) {
            // the order stays planned on the host; the view still shows it
        }
    }

    /** Says the seat is ready; the host's push brings the resolved turn later. */
    @Override
    public GameSession.SeatTurnEnd endSeatTurn() {
        List<String> notices = new ArrayList<>();
        try {
            // marked first: the host's presence push may come back before its answer
            readyDuring = client.turn();
            online().ready(true);
        } catch (ClassroomException e) {
            readyDuring = -1;
            notices.add(e.getMessage());
        }
        return new GameSession.SeatTurnEnd(null, currentSeat(), notices);
    }

    /** True when this seat said it was ready during the turn being planned. */
    public boolean isReady() {
        return readyDuring >= 0 && readyDuring == client.turn();
    }

    /** A new order after End turn: the seat is planning again. */
    private void notReadyAfterAll() throws ClassroomException {
        if (isReady()) {
            online().ready(false);
            readyDuring = -1;
        }
    }

    private ClassroomClient online() throws ClassroomException {
        if (!client.isConnected()) {
            client.reconnect();
        }
        return client;
    }

    @Override
    public Seat currentSeat() {
        SeatView v = client.view();
        return v == null ? null : v.seat();
    }

    /** One seat plays at this screen: always seat 0 of it. */
    @Override
    public int currentSeatIndex() {
        return 0;
    }

    /** Only this screen's seat: no hot-seat hand-over on a student's own computer. */
    @Override
    public List<Seat> liveHumanSeats() {
        Seat s = currentSeat();
        return s == null || isOver() ? List.of() : List.of(s);
    }

    @Override
    public boolean isOver() {
        SeatView v = client.view();
        return v != null && v.game().over();
    }

    @Override
    public boolean isResolving() {
        JsonObject p = client.presence();
        return p != null && p.has("resolving") && p.get("resolving").getAsBoolean();
    }

    /** Who is ready, who the seat waits for, the time left; or that the connection is lost. */
    @Override
    public List<String> statusLines() {
        List<String> out = new ArrayList<>();
        if (!client.isConnected()) {
            out.add(Texts.get("classroom.status.disconnected"));
        }
        if (isReady()) {
            out.add(Texts.get("classroom.status.youAreReady"));
        }
        JsonObject p = client.presence();
        if (p == null) {
            return out;
        }
        List<String> ready = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (JsonElement e : p.getAsJsonArray("seats")) {
            JsonObject s = e.getAsJsonObject();
            String who = HostedGame.string(s, "state");
            if (s.get("ready").getAsBoolean()) {
                ready.add(who);
            } else if (s.get("connected").getAsBoolean()) {
                waiting.add(who);
            }
        }
        if (!ready.isEmpty()) {
            out.add(Texts.get("classroom.status.ready", String.join(", ", ready)));
        }
        if (!waiting.isEmpty()) {
            out.add(Texts.get("classroom.status.waiting", String.join(", ", waiting)));
        }
        List<org.balancedrealism.model.Message> mine = client.messages();
        for (int i = mine.size() - 1; i >= 0; i--) {
            org.balancedrealism.model.Message m = mine.get(i);
            if (m.to().equals(client.seat())) {
                String from = org.balancedrealism.model.Message.INSTRUCTOR.equals(m.from())
                        ? Texts.get("classroom.messages.instructor") : client.view().name(m.from());
                out.add(Texts.get("classroom.status.lastMessage", from, m.turn()));
                break;
            }
        }
        if (p.get("paused").getAsBoolean()) {
            out.add(Texts.get("classroom.status.paused"));
        } else {
            long left = p.get("secondsLeft").getAsLong();
            if (left >= 0) {
                out.add(Texts.get("classroom.status.timeLeft", left / 60, String.format("%02d", left % 60)));
            }
        }
        return out;
    }

    @Override
    public void setOnChange(Runnable onChange) {
        client.addListener(type -> onChange.run());
    }

    /** The host saves and autosaves the game; a student's computer keeps no copy. */
    @Override
    public boolean savesHere() {
        return false;
    }
}
