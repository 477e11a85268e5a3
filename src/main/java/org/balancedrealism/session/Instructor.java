package org.balancedrealism.session;

import org.balancedrealism.engine.Injects;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.Message;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the instructor does to a running game (DESIGN §9, §12), for the console of a hot-seat or a hosted game: fire
 * injects, edit a state's figures (an inject with one effect), write to the seats, branch from an earlier turn. Every
 * change goes through the engine ({@link Injects}) on a copy of the world that the session then publishes, so it is
 * recorded in the world with its turn and a save, a replay and a branch all reproduce it.
 *
 * <p>Injects and edits take effect when the turn being planned is resolved (see {@link Injects} for why); until then
 * they are listed as {@link #pending()} and can be withdrawn.
 */
public final class Instructor {
    private final GameSession session;

    public Instructor(GameSession session) {
        this.session = session;
    }

    public GameSession session() {
        return session;
    }

    /** The outcome of an instructor's action: empty reasons when it was done. */
    public record Outcome(ScriptedEvent event, List<String> reasons) {
        public boolean done() {
            return reasons.isEmpty();
        }

        static Outcome refused(String reason) {
            return new Outcome(null, List.of(reason));
        }
    }

    /** Queues {@code e} (a prepared inject's event or one written on the spot) for the end of the turn being planned. */
    public Outcome inject(ScriptedEvent e) {
        List<String> reasons = Injects.check(session.world(), e);
        if (!reasons.isEmpty()) {
            return new Outcome(null, reasons);
        }
        try {
            Injects.Queued q = session.amend(w -> Injects.queue(w, e));
            return new Outcome(q.event(), q.reasons());
        } catch (IllegalStateException busy) {
            return Outcome.refused("The turn is being resolved: try again in a moment.");
        }
    }

    /**
     * An inject written on the spot.
     *
     * @param audience who reads it with {@link Visibility#PARTIES} (one seat, some seats); ignored for ALL
     * @param effects  changes to figures (may be empty: news only)
     */
    public Outcome inject(String text, Visibility visibility, List<String> audience, List<ScriptedEvent.Effect> effects) {
        return inject(new ScriptedEvent("inject", 0, text == null ? "" : text.strip(), visibility,
                visibility == Visibility.ALL ? List.of() : audience, effects));
    }

    /**
     * Sets state {@code state}'s {@code field} to {@code value} (within the rules' bounds) when the turn is resolved,
     * told to {@code visibility}/{@code audience} (PARTIES with no audience: the state alone) with {@code text} or a
     * plain line. See {@link Injects#edit}.
     */
    public Outcome edit(String state, String field, double value, String text, Visibility visibility,
                        List<String> audience) {
        World w = session.world();
        List<String> reasons = Injects.checkEdit(w, state, field, value);
        if (!reasons.isEmpty()) {
            return new Outcome(null, reasons);
        }
        return inject(Injects.edit(w, state, field, value, text, visibility, audience));
    }

    /** Injects and edits queued for the end of the turn being planned, in the order given. */
    public List<ScriptedEvent> pending() {
        World w = session.world();
        return Injects.on(w, w.turn + 1);
    }

    /** Every inject fired so far and pending, oldest first. */
    public List<ScriptedEvent> all() {
        return List.copyOf(session.world().injects);
    }

    /** Withdraws a pending inject or edit; false if it has fired already (or the turn is being resolved). */
    public boolean withdraw(String injectId) {
        if (pending().stream().noneMatch(e -> e.id().equals(injectId))) {
            return false;
        }
        try {
            return session.amend(w -> Injects.withdraw(w, injectId));
        } catch (IllegalStateException busy) {
            return false;
        }
    }

    /** Every seat's state id, in seat order (who messages reach). */
    public List<String> seatStates() {
        return session.seats().stream().map(Seat::stateId).toList();
    }

    /**
     * Writes to one seat ({@code toState}) or, with null, to every seat; returns the reasons it was refused (nothing
     * is sent then), empty if it went.
     */
    public List<String> message(String toState, String text) {
        List<String> seats = seatStates();
        int turn = session.world().turn + 1;
        List<String> to = toState == null ? seats : List.of(toState);
        for (String s : to) {
            List<String> reasons = MessageBox.check(Message.INSTRUCTOR, s, text, seats);
            if (!reasons.isEmpty()) {
                return reasons;
            }
        }
        if (to.isEmpty()) {
            return List.of("This game has no seats to write to.");
        }
        List<String> out = new ArrayList<>();
        for (String s : to) {
            out.addAll(session.messages().send(turn, Message.INSTRUCTOR, s, text, seats));
        }
        return out;
    }

    /** The turns the game can go back to: 0 (the start) to the turns played. */
    public int turnsPlayed() {
        return session.world().turn;
    }

    /**
     * A new game branched from this one at the end of turn {@code turn}, saved as {@code name} in {@code saves} (never
     * over an existing save): made again from the seed, the orders and the injects ({@link Branching}). Returns the
     * file; load it to play on. This game is not changed.
     */
    public Path branch(SaveGames saves, Branching.Start start, int turn, String name) throws IOException, DataFileException {
        session.awaitAutosave(); // the branch joins a folder that holds every autosave of the game so far
        SaveGame save = session.toSave();
        List<String> problems = Branching.check(save, turn);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return Branching.branch(saves, save, start, turn, name);
    }
}
