package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The bottom of the game screen: the seat's event log (newest first, filtered by kind or to my own events) and the
 * warning strip: the passing notices and what the seat must not miss from the last turn ({@link SeatView#attention()}).
 */
final class EventLogPane {
    private final String all = Texts.get("log.allKinds");
    private final GameViewState state;
    private final ObservableList<GameEvent> items = FXCollections.observableArrayList();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final CheckBox mine = new CheckBox(Texts.get("log.mineOnly"));
    private final WarningStrip strip = new WarningStrip();
    private final VBox node;

    /** @param above what stands over the log (the seat's goal, score, wars and alarms) */
    EventLogPane(GameViewState state, Node above) {
        this.state = state;
        ListView<GameEvent> list = new ListView<>();
        list.setId("event-log");
        list.setPrefHeight(96);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GameEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    // the why carries figures ("hostility written: 2.0"): it goes in the tooltip, the line stays words
                    setText(Texts.get("log.line", e.turn(), e.text()));
                    setTooltip(e.why().isBlank() ? null : new Tooltip(e.why()));
                }
            }
        });
        list.setItems(items);
        kind.setId("log-kind");
        kind.setFocusTraversable(false);
        kind.setOnAction(e -> refreshLog());
        mine.setId("log-mine");
        mine.setFocusTraversable(false);
        mine.setOnAction(e -> refreshLog());
        strip.setId("notifications");
        HBox.setHgrow(strip, Priority.ALWAYS);
        Label title = new Label(Texts.get("log.title"));
        // the warnings give way (they have their tooltip), never the log's own controls ("Jo…", "Tous les gen…")
        for (javafx.scene.layout.Region r : java.util.List.of(title, kind, mine)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox filters = new HBox(8, title, kind, mine, strip);
        filters.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(4, above, filters, list);
        node.setPadding(new Insets(4, 8, 4, 8));
        node.getStyleClass().add("side-panel");
        state.view().addListener((obs, old, now) -> {
            // planning an order republishes the same events: the log stays as it is
            if (old == null || now == null || old.events() != now.events() || !old.me().equals(now.me())) {
                refreshLog();
            }
            refreshStrip();
        });
        state.notices().addListener((obs, old, now) -> refreshStrip());
        refreshLog();
        refreshStrip();
    }

    Node node() {
        return node;
    }

    /** The strip's lines: passing notices, then the seat's own warnings. */
    List<String> lines() {
        List<String> out = new ArrayList<>(state.notices().get());
        SeatView v = state.get();
        if (v != null) {
            out.addAll(v.attention());
        }
        return out;
    }

    private void refreshStrip() {
        strip.show(lines());
    }

    private void refreshLog() {
        SeatView v = state.get();
        if (v == null) {
            items.clear();
            return;
        }
        List<GameEvent> events = v.events();
        TreeSet<String> kinds = new TreeSet<>();
        for (GameEvent e : events) {
            kinds.add(e.kind());
        }
        String chosen = kind.getValue() == null ? all : kind.getValue();
        List<String> options = new ArrayList<>();
        options.add(all);
        options.addAll(kinds);
        if (!options.equals(kind.getItems())) {
            kind.getItems().setAll(options);
        }
        kind.setValue(options.contains(chosen) ? chosen : all);
        String k = kind.getValue();
        String me = v.me();
        List<GameEvent> shown = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            GameEvent e = events.get(i);
            if ((all.equals(k) || e.kind().equals(k)) && (!mine.isSelected() || e.concerns(me))) {
                shown.add(e);
            }
        }
        items.setAll(shown);
    }
}
