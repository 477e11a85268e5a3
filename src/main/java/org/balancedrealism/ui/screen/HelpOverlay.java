package org.balancedrealism.ui.screen;

import org.balancedrealism.text.Texts;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** F1: the keys and mouse controls, and a way into the theory primer. */
public final class HelpOverlay {
    public static final String ID = "help-overlay";

    private HelpOverlay() {
    }

    /**
     * @param openPrimer opens the theory primer (null leaves the link out)
     */
    public static ScreenFrame create(Runnable openPrimer) {
        GridPane keys = new GridPane();
        keys.setHgap(18);
        keys.setVgap(8);
        ColumnConstraints keyColumn = new ColumnConstraints();
        keyColumn.setHalignment(HPos.RIGHT);
        keyColumn.setMinWidth(170);
        keys.getColumnConstraints().addAll(keyColumn, new ColumnConstraints());
        int row = 0;
        for (KeyHelp.Shortcut s : KeyHelp.SHORTCUTS) {
            HBox caps = new HBox(4);
            caps.setAlignment(Pos.CENTER_RIGHT);
            for (String k : s.caps()) {
                Label cap = new Label(k);
                cap.getStyleClass().add("key-cap");
                caps.getChildren().add(cap);
            }
            Label action = new Label(s.action());
            action.getStyleClass().add("help-action");
            keys.add(caps, 0, row);
            keys.add(action, 1, row);
            row++;
        }
        Label mouseTitle = new Label(Texts.get("help.mouse"));
        mouseTitle.getStyleClass().add("section-title");
        VBox mouse = new VBox(4);
        for (String line : KeyHelp.MOUSE) {
            Label l = new Label("•  " + Texts.get(line));
            l.setWrapText(true);
            mouse.getChildren().add(l);
        }
        Label keysTitle = new Label(Texts.get("help.keys"));
        keysTitle.getStyleClass().add("section-title");
        VBox body = new VBox(10, keysTitle, keys, mouseTitle, mouse);
        if (openPrimer != null) {
            Hyperlink primer = new Hyperlink(Texts.get("help.openPrimer"));
            primer.setId("help-open-primer");
            primer.setOnAction(e -> openPrimer.run());
            primer.setStyle("-fx-text-fill: #ecd192;");
            Label why = new Label(Texts.get("help.newToTheory"));
            why.getStyleClass().add("muted");
            body.getChildren().add(new FlowPane(6, 0, why, primer));
        }
        body.setPrefWidth(620);
        return new ScreenFrame(ID, Texts.get("help.title"), body);
    }
}
