package org.balancedrealism.ui.game;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.SeatSession;
import org.balancedrealism.session.SeatView;

import java.util.List;

/**
 * The one observable state of the game screen: the seat's {@link SeatView} (published on the FX thread), the state
 * shown in the side panel, whether a turn is resolving, and the passing notices of the strip under the map. Panes
 * listen to it and never read the world; the seat's orders go through here to the session, which publishes the
 * view again.
 */
final class GameViewState {
    private final SeatSession session;
    private final ObjectProperty<SeatView> view = new SimpleObjectProperty<>(this, "view");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty resolving = new SimpleBooleanProperty(this, "resolving");
    private final ObjectProperty<List<String>> notices = new SimpleObjectProperty<>(this, "notices", List.of());
    /** How many moves the seat has previewed (the tutorial's coach watches it). */
    private final javafx.beans.property.IntegerProperty previews =
            new javafx.beans.property.SimpleIntegerProperty(this, "previews");
    /** How many turn reports the seat has closed (the tutorial's coach watches it). */
    private final javafx.beans.property.IntegerProperty reportsRead =
            new javafx.beans.property.SimpleIntegerProperty(this, "reportsRead");

    GameViewState(SeatSession session) {
        this.session = session;
    }

    /** What the seat playing now sees; panes listen to it. */
    ObjectProperty<SeatView> view() {
        return view;
    }

    SeatView get() {
        return view.get();
    }

    /** The state id the side panel shows (null: my own). */
    ObjectProperty<String> selected() {
        return selected;
    }

    /** True while a turn resolves: nothing that orders or re-reads may be used. */
    BooleanProperty resolving() {
        return resolving;
    }

    /** How many moves the seat has previewed so far. */
    javafx.beans.property.ReadOnlyIntegerProperty previews() {
        return previews;
    }

    /** How many turn reports the seat has closed so far (counted as each closes). */
    javafx.beans.property.IntegerProperty reportsRead() {
        return reportsRead;
    }

    /** Lines of the warning strip that are not in the view (failures, defeated seats); the view adds its own. */
    ObjectProperty<List<String>> notices() {
        return notices;
    }

    /** The state of the seat playing now. */
    String me() {
        return view.get().me();
    }

    /**
     * Asks the session for the current seat's view and publishes it. Called on the FX thread — or, once, while the
     * game screen is being built and not yet shown (FXGL builds it on its loading thread).
     */
    void publish() {
        view.set(session.view());
    }

    // ---- the seat's orders, through the session ----

    /** Why the seat cannot order {@code move} now (empty: it can). */
    List<String> check(Move move) {
        return session.check(move);
    }

    /** What {@code move} would do (the session works it out on a private copy). */
    MovePreview preview(Move move) {
        previews.set(previews.get() + 1);
        return session.preview(move);
    }

    /** How the enemy would judge a peace offer now (the engine's own rule), or null without a war. */
    org.balancedrealism.session.GameSession.PeaceOutlook peaceOutlook(Move move) {
        return session.peaceOutlook(move);
    }

    /** Orders {@code move}; returns why not. */
    List<String> plan(Move move) {
        List<String> reasons = session.plan(move);
        publish();
        return reasons;
    }

    /** Withdraws the seat's order at {@code index}. */
    void unplan(int index) {
        session.unplan(index);
        publish();
    }
}
