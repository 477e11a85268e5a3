package org.balancedrealism.ui.screen;

import org.balancedrealism.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The frame of every overlay screen: a title bar with a Close button, and the screen's content. The frame knows
 * nothing about how it is shown; {@link Screens} puts it on top and sets what Close does.
 */
public class ScreenFrame extends BorderPane {
    private final Button close = new Button(Texts.get("screen.close"));
    private Runnable onClose = () -> {
    };
    private boolean closable = true;
    private final Label hint = new Label(Texts.get("key.esc"));

    public ScreenFrame(String id, String title, Node content) {
        setId(id);
        getStyleClass().add("screen-frame");
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        hint.getStyleClass().add("key-cap");
        close.setId(id + "-close");
        close.setOnAction(e -> onClose.run());
        HBox header = new HBox(10, titleLabel, spacer, hint, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        setTop(header);
        setCenter(content);
        BorderPane.setMargin(content, new javafx.geometry.Insets(12, 0, 0, 0));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** Called by {@link Screens} when the frame is shown. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose == null ? () -> {
        } : onClose;
    }

    /**
     * A screen that is not closable (the hot-seat curtain) has no Close button and ignores Esc: only its own
     * buttons take it away.
     */
    public ScreenFrame setClosable(boolean closable) {
        this.closable = closable;
        close.setVisible(closable);
        close.setManaged(closable);
        hint.setVisible(closable);
        hint.setManaged(closable);
        return this;
    }

    public boolean isClosable() {
        return closable;
    }

    public Button closeButton() {
        return close;
    }
}
