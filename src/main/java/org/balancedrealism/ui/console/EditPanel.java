package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.Injects;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.text.Texts;

import java.util.List;

import static org.balancedrealism.ui.console.ConsoleParts.figure;
import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;

/**
 * Edit a state's figures: each figure with its value now and the range the rules keep it in, and a new value. An
 * edit is an inject with a single effect (engine.Injects#edit): it takes effect when the turn is resolved, is told to
 * the state (or everyone), and a replay or branch reproduces it.
 */
final class EditPanel {
    private final Instructor instructor;
    private final Runnable changed;
    private final VBox node = new VBox(10);
    private final ComboBox<String> state;
    private final GridPane grid = new GridPane();
    private final RadioButton tellState = new RadioButton(Texts.get("console.edit.tell.state"));
    private final RadioButton tellAll = new RadioButton(Texts.get("console.edit.tell.all"));
    private final Label status = text("", "error-text");

    EditPanel(Instructor instructor, ComboBox<String> states, Runnable changed) {
        this.instructor = instructor;
        this.changed = changed;
        this.state = states;
        state.setId("console-edit-state");
        state.setPrefWidth(260);
        node.setPadding(new Insets(6));
        ToggleGroup tell = new ToggleGroup();
        tellState.setToggleGroup(tell);
        tellAll.setToggleGroup(tell);
        tellState.setSelected(true);
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("console-edit-grid");
        status.setId("console-edit-status");
        state.valueProperty().addListener((o, a, b) -> refresh());
        HBox pick = new HBox(10, text(Texts.get("console.edit.state"), "muted"), state);
        pick.setAlignment(Pos.CENTER_LEFT);
        node.getChildren().addAll(section("console.edit.title"), muted("console.edit.hint"), pick, grid,
                new HBox(12, text(Texts.get("console.edit.tell"), "muted"), tellState, tellAll), status);
        refresh();
    }

    Node node() {
        return node;
    }

    void refresh() {
        grid.getChildren().clear();
        String id = state.getValue();
        World w = instructor.session().world();
        int i = id == null ? -1 : w.indexOf(id);
        if (i < 0) {
            return;
        }
        grid.add(text(Texts.get("console.edit.figure"), "muted"), 0, 0);
        grid.add(text(Texts.get("console.edit.now"), "muted"), 1, 0);
        grid.add(text(Texts.get("console.edit.range"), "muted"), 2, 0);
        grid.add(text(Texts.get("console.edit.new"), "muted"), 3, 0);
        int row = 1;
        for (String f : Injects.FIELDS) {
            double[] r = Injects.range(w, i, f);
            TextField value = new TextField();
            value.setId("console-edit-" + f);
            value.setPrefColumnCount(8);
            Button set = new Button(Texts.get("console.edit.set"));
            set.setId("console-edit-set-" + f);
            ConsoleParts.tip(set, "console.edit.set.tip");
            set.setOnAction(e -> apply(id, f, value.getText()));
            value.setOnAction(e -> apply(id, f, value.getText()));
            grid.add(text(ConsoleParts.field(f)), 0, row);
            grid.add(text(figure(Injects.figure(w, i, f)), "figure-name"), 1, row);
            grid.add(text(figure(r[0]) + " … " + figure(r[1]), "muted"), 2, row);
            grid.add(value, 3, row);
            grid.add(set, 4, row);
            row++;
        }
    }

    private void apply(String id, String field, String text) {
        Double v = InjectPanel.number(text);
        if (v == null) {
            status.setText(Texts.get("console.edit.number"));
            return;
        }
        Instructor.Outcome out = instructor.edit(id, field, v, null,
                tellAll.isSelected() ? Visibility.ALL : Visibility.PARTIES, List.of());
        if (out.done()) {
            status.getStyleClass().remove("error-text");
            status.setText(Texts.get("console.edit.queued", out.event().text()));
            changed.run();
        } else {
            if (!status.getStyleClass().contains("error-text")) {
                status.getStyleClass().add("error-text");
            }
            status.setText(String.join("\n", out.reasons()));
        }
    }
}
