package org.balancedrealism.ui.screen;

import javafx.geometry.Pos;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Screens shown as layers of a plain JavaFX {@link StackPane}, each over a dimmed backdrop. Used where FXGL is
 * not running (tests, tools) and as the layout of each FXGL overlay.
 */
public class StackScreens implements Screens {
    private final StackPane host;
    private final Deque<StackPane> layers = new ArrayDeque<>();
    private final Deque<ScreenFrame> frames = new ArrayDeque<>();

    public StackScreens(StackPane host) {
        this.host = host;
    }

    @Override
    public void open(ScreenFrame screen) {
        StackPane layer = layerFor(screen, this::close);
        layers.push(layer);
        frames.push(screen);
        host.getChildren().add(layer);
        layer.requestFocus();
    }

    @Override
    public void close() {
        if (!layers.isEmpty()) {
            host.getChildren().remove(layers.pop());
            frames.pop();
        }
    }

    @Override
    public ScreenFrame top() {
        return frames.peek();
    }

    /** The dimmed full-size layer that holds one screen; Esc and the Close button run {@code close}. */
    static StackPane layerFor(ScreenFrame screen, Runnable close) {
        StackPane layer = new StackPane(screen);
        layer.getStyleClass().add("screen-backdrop");
        StackPane.setAlignment(screen, Pos.CENTER);
        screen.setOnClose(close);
        // a filter, not a handler: lists and text fields inside the screen would swallow Esc
        layer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (screen.isClosable()) {
                    close.run();
                }
                e.consume();
            }
        });
        layer.setFocusTraversable(true);
        return layer;
    }
}
