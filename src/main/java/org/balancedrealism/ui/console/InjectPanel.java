package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.Injects;
import org.balancedrealism.model.Inject;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.session.Seat;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.names;
import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;
import static org.balancedrealism.ui.console.ConsoleParts.tip;

/**
 * Injects: the scenario's prepared library, one written on the spot (text, who reads it, changes to figures), and the
 * injects waiting for the end of the turn (they fire when it is resolved; until then they can be withdrawn).
 */
final class InjectPanel {
    private final GameSession session;
    private final Instructor instructor;
    private final Runnable changed;
    private final HBox node = new HBox(18);
    private final ListView<ScriptedEvent> pending = new ListView<>();
    private final Label status = text("", "error-text");
    private final List<ScriptedEvent.Effect> effects = new ArrayList<>();
    private final VBox effectList = new VBox(2);

    /**
     * @param library the scenario's prepared injects (may be empty)
     * @param changed run after an inject is queued or withdrawn (the console refreshes)
     */
    InjectPanel(GameSession session, Instructor instructor, List<Inject> library, Runnable changed) {
        this.session = session;
        this.instructor = instructor;
        this.changed = changed;
        node.setPadding(new Insets(6));
        VBox lib = library(library);
        VBox spot = onTheSpot();
        VBox wait = new VBox(8, section("console.inject.pending"), muted("console.inject.pending.hint"), pending,
                withdrawButton());
        pending.setId("console-pending");
        pending.setPrefHeight(220);
        pending.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ScriptedEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.text() + "  ·  " + audience(e));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        for (VBox v : List.of(lib, spot, wait)) {
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setPrefWidth(420);
        }
        node.getChildren().addAll(lib, spot, wait);
        refresh();
    }

    Node node() {
        return node;
    }

    void refresh() {
        pending.getItems().setAll(instructor.pending());
    }

    private String audience(ScriptedEvent e) {
        return e.visibility() == Visibility.ALL ? Texts.get("console.inject.everyone")
                : Texts.get("console.inject.only", names(session, e.audience()));
    }

    private VBox library(List<Inject> library) {
        ListView<Inject> list = new ListView<>();
        list.setId("console-library");
        list.getItems().setAll(library);
        list.setPrefHeight(300);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Inject in, boolean empty) {
                super.updateItem(in, empty);
                setText(empty || in == null ? null : in.title() + "  [" + Texts.get("console.inject.category." + in.category()) + "]");
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label detail = muted("console.inject.library.pick");
        detail.setId("console-library-detail");
        Button fire = new Button(Texts.get("console.inject.fire"));
        fire.setId("console-library-fire");
        tip(fire, "console.inject.fire.tip");
        fire.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, in) -> {
            if (in != null) {
                detail.setText(in.event().text() + "\n" + audience(in.event()) + describeEffects(in.event()));
            }
        });
        fire.setOnAction(e -> {
            Inject in = list.getSelectionModel().getSelectedItem();
            if (in != null) {
                report(instructor.inject(in.event()));
            }
        });
        VBox box = new VBox(8, section("console.inject.library"));
        if (library.isEmpty()) {
            box.getChildren().add(muted("console.inject.library.empty"));
        }
        box.getChildren().addAll(list, detail, fire);
        return box;
    }

    private String describeEffects(ScriptedEvent e) {
        StringBuilder s = new StringBuilder();
        for (ScriptedEvent.Effect fx : e.effects()) {
            s.append("\n• ").append(effectLine(fx));
        }
        if (e.act() != null) {
            s.append("\n• ").append(Texts.get("console.inject.act", names(session, List.of(e.act().actor())),
                    e.act().kind(), ConsoleParts.figure(e.act().severity())));
        }
        return s.toString();
    }

    private String effectLine(ScriptedEvent.Effect fx) {
        String change = (fx.multiply() != 1 && fx.multiply() != 0
                ? "×" + ConsoleParts.figure(fx.multiply()) + " " : "")
                + (fx.add() != 0 ? (fx.add() > 0 ? "+" : "") + ConsoleParts.figure(fx.add()) : "");
        return names(session, List.of(fx.nation())) + ": " + ConsoleParts.field(fx.field()) + " " + change;
    }

    private VBox onTheSpot() {
        TextArea text = new TextArea();
        text.setId("console-inject-text");
        text.setPromptText(Texts.get("console.inject.text.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);

        ToggleGroup who = new ToggleGroup();
        RadioButton all = new RadioButton(Texts.get("console.inject.everyone"));
        all.setId("console-inject-all");
        all.setToggleGroup(who);
        all.setSelected(true);
        RadioButton some = new RadioButton(Texts.get("console.inject.some"));
        some.setId("console-inject-some");
        some.setToggleGroup(who);
        FlowPane seats = new FlowPane(10, 4);
        List<CheckBox> boxes = new ArrayList<>();
        for (Seat s : session.seats()) {
            CheckBox c = new CheckBox(ConsoleParts.seatName(session, s));
            c.setId("console-inject-seat-" + s.stateId());
            c.setUserData(s.stateId());
            c.disableProperty().bind(some.selectedProperty().not());
            boxes.add(c);
            seats.getChildren().add(c);
        }

        ComboBox<String> state = states();
        state.setId("console-effect-state");
        ComboBox<String> field = new ComboBox<>();
        field.getItems().setAll(Injects.FIELDS);
        field.setConverter(converter(ConsoleParts::field));
        field.setValue("stability");
        TextField change = new TextField();
        change.setId("console-effect-change");
        change.setPromptText(Texts.get("console.inject.change.prompt"));
        change.setPrefColumnCount(6);
        tip(change, "console.inject.change.tip");
        Button add = new Button(Texts.get("console.inject.effect.add"));
        add.setId("console-effect-add");
        add.setOnAction(e -> {
            Double by = number(change.getText());
            if (state.getValue() == null || by == null) {
                status.setText(Texts.get("console.inject.effect.bad"));
                return;
            }
            effects.add(new ScriptedEvent.Effect(state.getValue(), field.getValue(), by, 1));
            change.clear();
            status.setText("");
            showEffects();
        });
        state.setPrefWidth(200);
        field.setPrefWidth(150);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox effectRow = new HBox(6, state, field);
        HBox changeRow = new HBox(6, change, add);
        effectRow.setAlignment(Pos.CENTER_LEFT);
        changeRow.setAlignment(Pos.CENTER_LEFT);

        Button inject = new Button(Texts.get("console.inject.send"));
        inject.setId("console-inject-send");
        inject.getStyleClass().add("primary");
        tip(inject, "console.inject.fire.tip");
        inject.setOnAction(e -> {
            List<String> audience = new ArrayList<>();
            for (CheckBox c : boxes) {
                if (c.isSelected()) {
                    audience.add((String) c.getUserData());
                }
            }
            Visibility v = all.isSelected() ? Visibility.ALL : Visibility.PARTIES;
            Instructor.Outcome out = instructor.inject(text.getText(), v, audience, effects);
            report(out);
            if (out.done()) {
                text.clear();
                effects.clear();
                showEffects();
            }
        });
        status.setId("console-inject-status");
        showEffects();
        return new VBox(8, section("console.inject.spot"), text, text(Texts.get("console.inject.who"), "muted"),
                new HBox(12, all, some), seats, text(Texts.get("console.inject.effects"), "muted"), effectList,
                effectRow, changeRow, inject, status);
    }

    private void showEffects() {
        effectList.getChildren().clear();
        if (effects.isEmpty()) {
            effectList.getChildren().add(muted("console.inject.effects.none"));
        }
        for (int k = 0; k < effects.size(); k++) {
            int at = k;
            Button remove = new Button("×");
            remove.setOnAction(e -> {
                effects.remove(at);
                showEffects();
            });
            HBox row = new HBox(6, text("• " + effectLine(effects.get(k))), remove);
            row.setAlignment(Pos.CENTER_LEFT);
            effectList.getChildren().add(row);
        }
    }

    private Button withdrawButton() {
        Button b = new Button(Texts.get("console.inject.withdraw"));
        b.setId("console-withdraw");
        b.disableProperty().bind(pending.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> {
            ScriptedEvent sel = pending.getSelectionModel().getSelectedItem();
            if (sel != null && instructor.withdraw(sel.id())) {
                changed.run();
            }
        });
        return b;
    }

    private void report(Instructor.Outcome out) {
        if (out.done()) {
            status.getStyleClass().remove("error-text");
            status.setText(Texts.get("console.inject.queued"));
            changed.run();
        } else {
            if (!status.getStyleClass().contains("error-text")) {
                status.getStyleClass().add("error-text");
            }
            status.setText(String.join("\n", out.reasons()));
        }
    }

    /** Every living state, seats first then by name (ids as values, names shown). */
    ComboBox<String> states() {
        ComboBox<String> box = new ComboBox<>();
        List<String> ids = new ArrayList<>();
        session.seats().forEach(s -> ids.add(s.stateId()));
        var w = session.world();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive && !ids.contains(w.id(i))) {
                others.add(w.id(i));
            }
        }
        others.sort(java.util.Comparator.comparing(id -> session.stateName(id).toLowerCase(Locale.ROOT)));
        ids.addAll(others);
        box.getItems().setAll(ids);
        box.setConverter(converter(id -> names(session, List.of(id))));
        box.setVisibleRowCount(14);
        if (!ids.isEmpty()) {
            box.setValue(ids.get(0));
        }
        return box;
    }

    static javafx.util.StringConverter<String> converter(java.util.function.Function<String, String> show) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : show.apply(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.parseDouble(s.trim().replace(',', '.').replace('−', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
