package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.report.Inbox;
import org.balancedrealism.report.Offer;
import org.balancedrealism.report.OfferGroup;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inbox in its own window: offers to my state grouped by kind, each with its terms in words and the turns left
 * to answer, with accept or reject all of a kind. The rows are laid out once when the window opens and never move:
 * answering an offer only changes its own row (an answer is an order, carried out when the turn ends, and can be
 * taken back), so the next click lands on the offer the player is looking at.
 */
public final class InboxWindow {
    public static final String ID = "inbox-window";

    private final GameViewState state;
    private final String me;
    private final Map<Integer, Row> rows = new LinkedHashMap<>();

    private InboxWindow(GameViewState state) {
        this.state = state;
        this.me = state.me();
    }

    /** The inbox of the seat playing now; answers go through {@code state} to the session. */
    static ScreenFrame create(GameViewState state) {
        return new InboxWindow(state).build();
    }

    public static String kindId(org.balancedrealism.model.ProposalKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private ScreenFrame build() {
        List<Offer> offers = state.get().situation().offers();
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.setId("inbox-content");
        if (offers.isEmpty()) {
            box.getChildren().add(GameWindows.text(Texts.get("inbox.none"), "muted"));
        } else {
            box.getChildren().add(GameWindows.text(Texts.get("inbox.hint"), "muted"));
        }
        for (OfferGroup g : Inbox.group(offers)) {
            VBox list = new VBox(10);
            for (Offer o : g.offers()) {
                Row r = new Row(o);
                rows.put(o.id(), r);
                list.getChildren().add(r.node);
            }
            Button acceptAll = new Button(Texts.get("inbox.acceptAll"));
            acceptAll.setId("accept-all-" + kindId(g.kind()));
            acceptAll.setOnAction(e -> answerAll(g, true));
            Button rejectAll = new Button(Texts.get("inbox.rejectAll"));
            rejectAll.setId("reject-all-" + kindId(g.kind()));
            rejectAll.setOnAction(e -> answerAll(g, false));
            HBox all = new HBox(8, acceptAll, rejectAll);
            VBox content = new VBox(8, all, list);
            TitledPane pane = new TitledPane(g.title(), content);
            pane.setId("inbox-group-" + kindId(g.kind()));
            pane.setAnimated(false);
            box.getChildren().add(pane);
        }
        refresh();
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(620);
        sp.setPrefViewportWidth(900);
        return new ScreenFrame(ID, Texts.get("inbox.title", offers.size()), sp);
    }

    private Move accept(Offer o) {
        return Move.of(MoveKind.ACCEPT_PROPOSAL, me, o.fromId()).withSubject(o.id());
    }

    private Move reject(Offer o) {
        return Move.of(MoveKind.REJECT_PROPOSAL, me, o.fromId()).withSubject(o.id());
    }

    /** The planned answer to an offer: its index in the orders and whether it accepts; null if unanswered. */
    private record Answer(int index, boolean accept) {
    }

    private Answer answerTo(int offerId) {
        List<Move> orders = state.get().planned();
        for (int k = 0; k < orders.size(); k++) {
            Move m = orders.get(k);
            if ((m.kind() == MoveKind.ACCEPT_PROPOSAL || m.kind() == MoveKind.REJECT_PROPOSAL) && m.subject() == offerId) {
                return new Answer(k, m.kind() == MoveKind.ACCEPT_PROPOSAL);
            }
        }
        return null;
    }

    private void answer(Offer o, boolean yes) {
        if (answerTo(o.id()) != null) {
            return;
        }
        List<String> reasons = state.plan(yes ? accept(o) : reject(o));
        if (!reasons.isEmpty()) {
            state.notices().set(List.of(String.join(" ", reasons)));
        }
        refresh();
    }

    private void answerAll(OfferGroup g, boolean yes) {
        List<String> problems = new ArrayList<>();
        for (Offer o : g.offers()) {
            if (answerTo(o.id()) == null) {
                problems.addAll(state.plan(yes ? accept(o) : reject(o)));
            }
        }
        if (!problems.isEmpty()) {
            state.notices().set(List.of(String.join(" ", problems.stream().distinct().toList())));
        }
        refresh();
    }

    private void undo(Offer o) {
        Answer a = answerTo(o.id());
        if (a != null) {
            state.unplan(a.index());
        }
        refresh();
    }

    private void refresh() {
        for (Row r : rows.values()) {
            r.show(answerTo(r.offer.id()));
        }
    }

    /** One offer: who offers what, its terms, turns left, and its buttons or the answer given. */
    private final class Row {
        final Offer offer;
        final VBox node;
        final Label state = new Label();
        final Button accept = new Button(Texts.get("inbox.accept"));
        final Button reject = new Button(Texts.get("inbox.reject"));
        final Button undo = new Button(Texts.get("inbox.takeBack"));

        Row(Offer o) {
            this.offer = o;
            Label head = GameWindows.text(o.headline(), "section-title");
            Label terms = GameWindows.text(o.terms());
            Label expiry = GameWindows.text(GameWindows.cap(o.expiry()), o.turnsLeft() <= 1 ? "alert-line" : "muted");
            expiry.setId("offer-expiry-" + o.id());
            accept.setId("accept-" + o.id());
            reject.setId("reject-" + o.id());
            undo.setId("undo-" + o.id());
            state.setId("offer-state-" + o.id());
            for (Button b : List.of(accept, reject, undo)) {
                b.setFocusTraversable(false);
            }
            accept.setOnAction(e -> answer(o, true));
            reject.setOnAction(e -> answer(o, false));
            undo.setOnAction(e -> undo(o));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox buttons = new HBox(8, accept, reject, state, undo, spacer, expiry);
            buttons.setAlignment(Pos.CENTER_LEFT);
            node = new VBox(3, head, terms, buttons);
            node.setId("offer-" + o.id());
        }

        void show(Answer a) {
            boolean answered = a != null;
            accept.setVisible(!answered);
            accept.setManaged(!answered);
            reject.setVisible(!answered);
            reject.setManaged(!answered);
            undo.setVisible(answered);
            undo.setManaged(answered);
            state.setText(!answered ? "" : Texts.get(a.accept() ? "inbox.accepted" : "inbox.rejected"));
        }
    }
}
