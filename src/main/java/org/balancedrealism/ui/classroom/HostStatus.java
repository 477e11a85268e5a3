package org.balancedrealism.ui.classroom;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.balancedrealism.net.ClassroomHost;
import org.balancedrealism.net.HostedGame;
import org.balancedrealism.session.TurnControls;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The running host: where students join (the address, said with who can reach it), each world's join code, its seats
 * (connected, ready, or played by the AI), the turn and the time left; pause, one more minute, end the turn now, the
 * instructor's console, and stop hosting (each game saved first).
 */
final class HostStatus {
    static final String ID = "classroom-host-status";

    private final ClassroomHost host;
    private final BiConsumer<HostedGame, String> console;
    private final Runnable stop;
    private final List<Runnable> refreshers = new ArrayList<>();

    /**
     * @param console opens the instructor's console on one world, with its title; null while there is none (the
     *                buttons are off)
     * @param stop    stops hosting (saves each game and closes the host)
     */
    HostStatus(ClassroomHost host, BiConsumer<HostedGame, String> console, Runnable stop) {
        this.host = host;
        this.console = console;
        this.stop = stop;
    }

    ScreenFrame build() {
        Label notice = Widgets.muted(host.bindNotice());
        notice.setId("classroom-host-notice");
        TextField where = new TextField(String.join("   ", host.joinAddresses()));
        where.setEditable(false);
        where.setId("classroom-host-join-address");
        where.setPrefColumnCount(30);
        VBox body = new VBox(10, Widgets.section(Texts.get("classroom.status.joinAt")), where, notice);
        for (int i = 0; i < host.games().size(); i++) {
            body.getChildren().add(gameBox(host.games().get(i), i));
        }
        Button stopButton = new Button(Texts.get("classroom.status.stop"));
        stopButton.setId("classroom-host-stop");
        stopButton.setOnAction(e -> stop.run());
        HBox actions = new HBox(10, stopButton);
        body.getChildren().addAll(actions, Widgets.muted(Texts.get("classroom.status.hint")));
        body.setPrefSize(900, 560);

        for (HostedGame g : host.games()) {
            g.addListener(() -> Platform.runLater(this::refresh));
        }
        javafx.animation.Timeline clock = new javafx.animation.Timeline(new KeyFrame(Duration.seconds(1),
                e -> refresh()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        refresh();
        ScreenFrame frame = new ScreenFrame(ID, Texts.get("classroom.status.title"), new javafx.scene.control.ScrollPane(body));
        frame.setOnClose(clock::stop);
        return frame;
    }

    private VBox gameBox(HostedGame g, int index) {
        Label code = new Label(g.code());
        code.setId("classroom-host-code-" + index);
        code.setStyle("-fx-font-size: 2em; -fx-font-weight: bold;");
        Label title = Widgets.section(host.games().size() > 1 ? Texts.get("classroom.status.world", index + 1)
                : Texts.get("classroom.status.code"));
        Label turn = new Label();
        GridPane seats = new GridPane();
        seats.setHgap(16);
        seats.setVgap(4);
        Button pause = new Button();
        pause.setOnAction(e -> {
            if (g.isPaused()) {
                g.resume();
            } else {
                g.pause();
            }
        });
        Button extend = new Button(Texts.get("classroom.status.extend"));
        extend.setOnAction(e -> g.extend(java.time.Duration.ofMinutes(1)));
        Button force = new Button(Texts.get("classroom.status.force"));
        force.setId("classroom-host-force-" + index);
        force.setOnAction(e -> g.forceEndTurn());
        // each world has its own console: the instructor of a class in groups picks the group to look into
        Button consoleButton = new Button(Texts.get("classroom.status.console"));
        consoleButton.setId("classroom-host-console-" + index);
        consoleButton.getStyleClass().add("primary");
        consoleButton.setDisable(console == null);
        if (console == null) {
            consoleButton.setTooltip(new Tooltip(Texts.get("classroom.status.noConsole")));
        }
        consoleButton.setOnAction(e -> console.accept(g, consoleTitle(g, index)));
        HBox controls = new HBox(8, pause, extend, force, consoleButton);
        controls.setAlignment(Pos.CENTER_LEFT);
        refreshers.add(() -> {
            pause.setText(g.isPaused() ? Texts.get("classroom.status.resume") : Texts.get("classroom.status.pause"));
            long left = g.secondsLeft();
            String clock = g.isEnding() ? Texts.get("classroom.status.resolving")
                    : g.session().isOver() ? Texts.get("classroom.status.over")
                    : g.isPaused() ? Texts.get("classroom.status.paused")
                    : left < 0 ? Texts.get("classroom.status.noDeadline")
                    : Texts.get("classroom.status.left", left / 60, String.format("%02d", left % 60));
            turn.setText(Texts.get("classroom.status.turn", g.session().world().turn + 1) + " · " + clock);
            seats.getChildren().clear();
            int row = 0;
            List<TurnControls.SeatPresence> all = g.seats();
            for (int i = 0; i < all.size(); i++) {
                TurnControls.SeatPresence p = all.get(i);
                if (!g.session().seats().get(i).human()) {
                    continue;
                }
                Label state = new Label(p.stateName());
                Label presence = new Label(p.connected()
                        ? (p.ready() ? Texts.get("classroom.status.seatReady") : Texts.get("classroom.status.seatPlanning"))
                        : Texts.get("classroom.status.seatAi"));
                presence.setId("classroom-seat-" + index + "-" + p.stateId());
                seats.addRow(row++, state, presence);
            }
        });
        VBox box = new VBox(6, title, code, turn, seats, controls);
        box.setId("classroom-host-game-" + index);
        return box;
    }

    /** The console's title: whose world it is, by the join code its students typed (and its number, if several). */
    private String consoleTitle(HostedGame g, int index) {
        return host.games().size() > 1 ? Texts.get("console.title.world", index + 1, g.code())
                : Texts.get("console.title.code", g.code());
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
    }
}
