package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The warnings under the map after a turn ("a coalition formed against you", "3 proposals waiting"). It never grows
 * past {@link #SHOWN} one-line warnings and an "and N more" line, so a busy turn cannot squeeze the map; every warning
 * stays readable in its tooltip and in the turn report.
 */
public final class WarningStrip extends VBox {
    /** Warnings shown in full; the rest are counted. */
    static final int SHOWN = 2;

    private List<String> lines = List.of();

    public WarningStrip() {
        getStyleClass().add("warning-strip");
        setSpacing(1);
        setMinWidth(0);
    }

    /** Shows these warnings (an empty list clears the strip). */
    public void show(List<String> warnings) {
        lines = List.copyOf(warnings);
        getChildren().clear();
        for (int k = 0; k < Math.min(SHOWN, lines.size()); k++) {
            getChildren().add(line("⚠ " + lines.get(k)));
        }
        if (lines.size() > SHOWN) {
            Label more = line(Texts.get("warnings.more", lines.size() - SHOWN));
            more.setId("notifications-more");
            more.getStyleClass().add("muted");
            getChildren().add(more);
        }
        if (lines.isEmpty()) {
            Tooltip.uninstall(this, null);
            setAccessibleText(null);
        } else {
            Tooltip all = new Tooltip(String.join("\n", lines.stream().map(s -> "⚠ " + s).toList()));
            all.setWrapText(true);
            all.setMaxWidth(560);
            Tooltip.install(this, all);
            setAccessibleText(String.join(". ", lines));
        }
    }

    /** Every warning, shown or counted. */
    public List<String> warnings() {
        return lines;
    }

    /** The texts of the lines on screen, top to bottom. */
    public List<String> shownLines() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(false);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
