package org.balancedrealism.ui.classroom;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.net.ClassroomClient;
import org.balancedrealism.net.ClassroomException;
import org.balancedrealism.net.RemoteSeatSession;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.function.Consumer;

/**
 * "Join a classroom game": the host's address, the join code, the seat (a state's id or its player's name) and its
 * password. Joining runs off the FX thread; a refusal (wrong code, wrong password, no host there) shows in words.
 */
final class JoinForm {
    static final String ID = "classroom-join";

    private final Consumer<RemoteSeatSession> onJoined;
    private final TextField address = new TextField();
    private final TextField code = new TextField();
    private final TextField seat = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label errors = Widgets.errors("classroom-join-errors");
    private final Button join = new Button(Texts.get("classroom.join.button"));

    JoinForm(Consumer<RemoteSeatSession> onJoined) {
        this.onJoined = onJoined;
    }

    ScreenFrame build() {
        address.setId("classroom-join-address");
        address.setPromptText("192.168.1.20:7777");
        address.setPrefColumnCount(24);
        code.setId("classroom-join-code");
        code.setPromptText("ABC123");
        seat.setId("classroom-join-seat");
        seat.setPromptText(Texts.get("classroom.join.seatPrompt"));
        password.setId("classroom-join-password");
        join.setId("classroom-join-button");
        join.getStyleClass().add("primary");
        join.setDefaultButton(true);
        join.setOnAction(e -> join());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Texts.get("classroom.join.address")), address);
        form.addRow(1, new Label(Texts.get("classroom.join.code")), code);
        form.addRow(2, new Label(Texts.get("classroom.join.seat")), seat);
        form.addRow(3, new Label(Texts.get("classroom.join.password")), password);
        VBox body = new VBox(12, Widgets.muted(Texts.get("classroom.join.hint")), form, errors, join);
        body.setPrefSize(620, 360);
        return new ScreenFrame(ID, Texts.get("classroom.join.title"), body);
    }

    private void join() {
        if (address.getText().isBlank() || code.getText().isBlank() || seat.getText().isBlank()) {
            errors.setText(Texts.get("classroom.join.missing"));
            return;
        }
        errors.setText(Texts.get("classroom.join.joining"));
        join.setDisable(true);
        String a = address.getText();
        String c = code.getText();
        String s = seat.getText();
        String p = password.getText();
        Thread t = new Thread(() -> {
            try {
                ClassroomClient client = ClassroomClient.join(a, c, s, p);
                Platform.runLater(() -> {
                    join.setDisable(false);
                    errors.setText("");
                    onJoined.accept(new RemoteSeatSession(client));
                });
            } catch (ClassroomException e) {
                Platform.runLater(() -> {
                    join.setDisable(false);
                    errors.setText(Texts.get("classroom.join.refused", e.getMessage()));
                });
            }
        }, "classroom-join");
        t.setDaemon(true);
        t.start();
    }
}
