package org.balancedrealism.ui.console;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.session.TurnControls;
import org.balancedrealism.text.Texts;

import java.time.Duration;

import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;
import static org.balancedrealism.ui.console.ConsoleParts.tip;

/** The pace of a hosted game (TurnControls): pause, extend, force the end of the turn, who is connected and ready. */
final class PacePanel {
    private final TurnControls controls;
    private final VBox node = new VBox(10);
    private final Label clock = text("", "screen-title");
    private final Button pause = new Button();
    private final GridPane seats = new GridPane();

    PacePanel(TurnControls controls) {
        this.controls = controls;
        node.setPadding(new Insets(6));
        clock.setId("console-clock");
        pause.setId("console-pause");
        pause.setOnAction(e -> {
            if (controls.isPaused()) {
                controls.resume();
            } else {
                controls.pause();
            }
            refresh();
        });
        Button one = new Button(Texts.get("console.pace.extend1"));
        one.setId("console-extend-1");
        one.setOnAction(e -> {
            controls.extend(Duration.ofMinutes(1));
            refresh();
        });
        Button five = new Button(Texts.get("console.pace.extend5"));
        five.setId("console-extend-5");
        five.setOnAction(e -> {
            controls.extend(Duration.ofMinutes(5));
            refresh();
        });
        Button force = new Button(Texts.get("console.pace.force"));
        force.setId("console-force-end");
        tip(force, "console.pace.force.tip");
        force.setOnAction(e -> {
            controls.forceEndTurn();
            refresh();
        });
        seats.setHgap(18);
        seats.setVgap(4);
        seats.setId("console-presence");
        node.getChildren().addAll(section("console.pace.title"), clock, new HBox(10, pause, one, five, force),
                section("console.pace.seats"), seats);
        refresh();
    }

    Node node() {
        return node;
    }

    /** Reads the clock and the seats again (the console calls it every second). */
    void refresh() {
        long left = controls.secondsLeft();
        clock.setText(controls.isPaused() ? Texts.get("console.pace.paused")
                : left < 0 ? Texts.get("console.pace.nodeadline")
                : Texts.get("console.pace.left", left / 60, String.format("%02d", left % 60)));
        pause.setText(Texts.get(controls.isPaused() ? "console.pace.resume" : "console.pace.pause"));
        seats.getChildren().clear();
        seats.add(text(Texts.get("console.pace.col.state"), "muted"), 0, 0);
        seats.add(text(Texts.get("console.pace.col.connected"), "muted"), 1, 0);
        seats.add(text(Texts.get("console.pace.col.ready"), "muted"), 2, 0);
        int row = 1;
        for (TurnControls.SeatPresence p : controls.seats()) {
            seats.add(text(p.stateName()), 0, row);
            seats.add(text(Texts.get(p.playedByAi() ? "console.presence.ai"
                    : p.connected() ? "console.yes" : "console.no")), 1, row);
            seats.add(text(Texts.get(p.ready() ? "console.yes" : "console.no")), 2, row);
            row++;
        }
    }
}
