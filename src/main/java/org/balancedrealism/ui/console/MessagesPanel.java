package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.text.Texts;

import java.util.ArrayList;
import java.util.List;

import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.party;
import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;

/** Every message between the seats and to the instructor, newest first, and the instructor's own to one seat or all. */
final class MessagesPanel {
    /** The "every seat" choice of the recipient box. */
    private static final String ALL = "";

    private final GameSession session;
    private final Instructor instructor;
    private final VBox node = new VBox(8);
    private final ListView<Message> list = new ListView<>();

    MessagesPanel(GameSession session, Instructor instructor) {
        this.session = session;
        this.instructor = instructor;
        node.setPadding(new Insets(6));
        list.setId("console-messages");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Message m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Texts.get("console.message.line", m.turn(), party(session, m.from()),
                        party(session, m.to()), m.text()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(380);

        ComboBox<String> to = new ComboBox<>();
        to.setId("console-message-to");
        List<String> targets = new ArrayList<>();
        targets.add(ALL);
        targets.addAll(instructor.seatStates());
        to.getItems().setAll(targets);
        to.setConverter(InjectPanel.converter(id -> id.isEmpty() ? Texts.get("console.message.all") : party(session, id)));
        to.setValue(ALL);
        TextArea text = new TextArea();
        text.setId("console-message-text");
        text.setPromptText(Texts.get("console.message.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label status = text("", "error-text");
        status.setId("console-message-status");
        Button send = new Button(Texts.get("console.message.send"));
        send.setId("console-message-send");
        send.getStyleClass().add("primary");
        send.setOnAction(e -> {
            List<String> reasons = instructor.message(to.getValue() == null || to.getValue().isEmpty() ? null : to.getValue(),
                    text.getText());
            if (reasons.isEmpty()) {
                text.clear();
                status.setText("");
                refresh();
            } else {
                status.setText(String.join("\n", reasons));
            }
        });
        HBox compose = new HBox(8, to, text, send);
        compose.setAlignment(Pos.CENTER_LEFT);
        node.getChildren().addAll(section("console.messages.title"), muted("console.messages.hint"), list,
                section("console.message.write"), compose, status);
        refresh();
    }

    Node node() {
        return node;
    }

    void refresh() {
        List<Message> all = new ArrayList<>(session.messages().all());
        java.util.Collections.reverse(all);
        list.getItems().setAll(all);
        if (all.isEmpty()) {
            list.setPlaceholder(muted("console.messages.none"));
        }
    }
}
