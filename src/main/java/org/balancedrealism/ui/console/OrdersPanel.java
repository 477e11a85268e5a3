package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.section;

/**
 * Every order once submitted, newest turn first (the seats' orders, and the AI's at a tick), and the AI's reasons for
 * its latest decisions, state by state.
 */
final class OrdersPanel {
    private final GameSession session;
    private final HBox node = new HBox(18);
    private final ListView<String> orders = new ListView<>();
    private final ListView<String> reasons = new ListView<>();
    private final CheckBox withAi = new CheckBox(Texts.get("console.orders.ai"));
    private final TextField filter = new TextField();

    OrdersPanel(GameSession session) {
        this.session = session;
        node.setPadding(new Insets(6));
        orders.setId("console-orders");
        reasons.setId("console-ai-reasons");
        for (ListView<String> l : List.of(orders, reasons)) {
            l.setPrefHeight(460);
            l.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty ? null : s);
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
        }
        withAi.setOnAction(e -> refresh());
        filter.setPromptText(Texts.get("console.reasons.filter"));
        filter.textProperty().addListener((o, a, b) -> refresh());
        VBox left = new VBox(8, section("console.orders.title"), muted("console.orders.hint"), withAi, orders);
        VBox right = new VBox(8, section("console.reasons.title"), muted("console.reasons.hint"), filter, reasons);
        for (VBox v : List.of(left, right)) {
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setPrefWidth(600);
        }
        node.getChildren().addAll(left, right);
        refresh();
    }

    Node node() {
        return node;
    }

    void refresh() {
        Set<String> seats = new HashSet<>();
        for (Seat s : session.seats()) {
            if (s.human()) {
                seats.add(s.stateId());
            }
        }
        List<String> lines = new ArrayList<>();
        List<List<Move>> history = session.orderHistory();
        for (int t = history.size() - 1; t >= 0; t--) {
            List<String> turn = new ArrayList<>();
            for (Move m : history.get(t)) {
                if (withAi.isSelected() || seats.contains(m.actor())) {
                    turn.add("   " + describe(m));
                }
            }
            lines.add(Texts.get("console.orders.turn", t + 1, turn.size()));
            lines.addAll(turn);
        }
        if (lines.isEmpty()) {
            orders.setPlaceholder(muted("console.orders.none"));
        }
        orders.getItems().setAll(lines);

        List<String> notes = new ArrayList<>();
        String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        if (!session.seats().isEmpty()) {
            SeatView v = session.view(0);
            List<String> byName = new ArrayList<>(v.aiNotes().states());
            byName.sort(java.util.Comparator.comparing(v::name));
            for (String state : byName) {
                String name = v.name(state);
                if (!f.isEmpty() && !name.toLowerCase(Locale.ROOT).contains(f)) {
                    continue; // filtered out before its notes are written
                }
                List<AiNote> stateNotes = v.aiNotes().of(state);
                if (stateNotes.isEmpty()) {
                    continue;
                }
                AiNote n = stateNotes.get(0);
                notes.add(Texts.get("console.reasons.line", name, n.turn(),
                        n.narrative() == null || n.narrative().isBlank() ? String.join("; ", n.chosen()) : n.narrative()));
            }
        }
        if (notes.isEmpty()) {
            reasons.setPlaceholder(muted("console.reasons.none"));
        }
        reasons.getItems().setAll(notes);
    }

    private String describe(Move m) {
        String actor = session.stateName(m.actor());
        String target = m.target() == null ? null : session.stateName(m.target());
        return (actor == null ? m.actor() : actor) + ": " + m.kind().label()
                + (m.target() == null ? "" : " → " + (target == null ? m.target() : target));
    }
}
