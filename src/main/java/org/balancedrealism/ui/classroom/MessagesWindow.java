package org.balancedrealism.ui.classroom;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balancedrealism.model.Message;
import org.balancedrealism.net.ClassroomClient;
import org.balancedrealism.net.ClassroomException;
import org.balancedrealism.session.MessageBox;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * A classroom seat's private messages (DESIGN §12: the heart of a seminar): what it sent and received, oldest first,
 * and a box to write to another seat or to the instructor. Only this seat's messages ever reach this computer.
 */
final class MessagesWindow {
    static final String ID = "classroom-messages";

    private final ClassroomClient client;
    private final ListView<String> list = new ListView<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final Label errors = Widgets.errors("classroom-messages-errors");

    MessagesWindow(ClassroomClient client) {
        this.client = client;
    }

    ScreenFrame build() {
        list.setId("classroom-messages-list");
        list.setPrefHeight(320);
        to.setId("classroom-messages-to");
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : name(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        List<String> recipients = new ArrayList<>();
        recipients.add(Message.INSTRUCTOR);
        JsonObject presence = client.presence();
        if (presence != null) {
            for (JsonElement e : presence.getAsJsonArray("seats")) {
                String id = e.getAsJsonObject().get("seat").getAsString();
                if (!id.equals(client.seat())) {
                    recipients.add(id);
                }
            }
        }
        to.getItems().setAll(recipients);
        to.setValue(recipients.get(0));
        text.setId("classroom-messages-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(Texts.get("classroom.messages.prompt", MessageBox.MAX_TEXT));
        Button send = new Button(Texts.get("classroom.messages.send"));
        send.setId("classroom-messages-send");
        send.getStyleClass().add("primary");
        send.setOnAction(e -> send());
        HBox target = new HBox(8, new Label(Texts.get("classroom.messages.to")), to);
        VBox body = new VBox(10, list, target, text, errors, send);
        body.setPrefSize(720, 560);
        client.addListener(type -> {
            if ("message".equals(type)) {
                Platform.runLater(this::refresh);
            }
        });
        refresh();
        return new ScreenFrame(ID, Texts.get("classroom.messages.title"), body);
    }

    private String name(String id) {
        if (Message.INSTRUCTOR.equals(id)) {
            return Texts.get("classroom.messages.instructor");
        }
        return client.view() == null ? id : client.view().name(id);
    }

    private void refresh() {
        List<String> lines = new ArrayList<>();
        for (Message m : client.messages()) {
            lines.add(Texts.get("classroom.messages.line", m.turn(), name(m.from()), name(m.to()), m.text()));
        }
        list.getItems().setAll(lines);
        if (!lines.isEmpty()) {
            list.scrollTo(lines.size() - 1);
        }
    }

    private void send() {
        String recipient = to.getValue();
        String body = text.getText();
        Thread t = new Thread(() -> {
            try {
                client.send(recipient, body);
                Platform.runLater(() -> {
                    text.clear();
                    errors.setText("");
                });
            } catch (ClassroomException e) {
                Platform.runLater(() -> errors.setText(e.getMessage()));
            }
        }, "classroom-message");
        t.setDaemon(true);
        t.start();
    }
}
