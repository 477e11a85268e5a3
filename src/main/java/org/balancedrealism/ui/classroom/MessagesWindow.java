package org.balancedrealism.ui.classroom;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.MessageBox;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * A seat's private messages (DESIGN §12: the heart of a seminar): what it sent and received, oldest first, and a box
 * to write to another seat or to the instructor. The same window for a seat joined to a host and for the seat on turn
 * in a hot-seat game ({@link SeatMessages}); either way it shows only that seat's messages.
 */
final class MessagesWindow {
    static final String ID = "classroom-messages";

    private final SeatMessages seat;
    private final ListView<String> list = new ListView<>();
    private final ComboBox<String> to = new ComboBox<>();
    private final TextArea text = new TextArea();
    private final Label errors = Widgets.errors("classroom-messages-errors");

    MessagesWindow(SeatMessages seat) {
        this.seat = seat;
    }

    ScreenFrame build() {
        list.setId("classroom-messages-list");
        list.setPrefHeight(320);
        list.setPlaceholder(Widgets.muted(Texts.get("classroom.messages.none")));
        // a paragraph of negotiation wraps to the window's width instead of running off its edge
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        to.setId("classroom-messages-to");
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : seat.name(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        List<String> recipients = seat.recipients();
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
        Runnable stopListening = seat.onArrival(() -> Platform.runLater(this::refresh));
        refresh();
        ScreenFrame frame = new ScreenFrame(ID, Texts.get("classroom.messages.titleOf", seat.owner()), body);
        frame.setOnClose(stopListening);
        return frame;
    }

    private void refresh() {
        List<String> lines = new ArrayList<>();
        for (Message m : seat.messages()) {
            lines.add(Texts.get("classroom.messages.line", m.turn(), seat.name(m.from()), seat.name(m.to()), m.text()));
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
            String refused = seat.send(recipient, body);
            Platform.runLater(() -> {
                if (refused == null) {
                    text.clear();
                    errors.setText("");
                    refresh();
                } else {
                    errors.setText(refused);
                }
            });
        }, "classroom-message");
        t.setDaemon(true);
        t.start();
    }
}
