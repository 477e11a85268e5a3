package org.balancedrealism.ui.screen;

import com.almasb.fxgl.dsl.FXGL;
import com.almasb.fxgl.scene.SubScene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.balancedrealism.ui.Headless;
import org.balancedrealism.ui.Styles;
import org.balancedrealism.ui.UiSettings;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Screens as FXGL sub-scenes: each opens above the current scene (main menu, game or another screen), takes the
 * input while it is open, and Esc closes it.
 */
public class FxglScreens implements Screens {
    private final UiSettings settings;
    private final Deque<Overlay> open = new ArrayDeque<>();

    public FxglScreens(UiSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(ScreenFrame screen) {
        Overlay overlay = new Overlay(screen);
        javafx.scene.Scene window = FXGL.getPrimaryStage().getScene();
        overlay.focusBefore = window == null ? null : window.getFocusOwner();
        open.push(overlay);
        FXGL.getSceneService().pushSubScene(overlay);
        overlay.layer.requestFocus();
    }

    @Override
    public void close() {
        Overlay top = open.peek();
        if (top != null && FXGL.getSceneService().getCurrentScene() == top) {
            open.pop();
            FXGL.getSceneService().popSubScene();
            // A key pressed below (Enter ending the turn) and released while this screen was on top never reached the
            // scene below as released, so FXGL still held its action and ignored the next press: Enter stopped ending
            // turns after the report was closed. Release everything the scene below thinks is held.
            FXGL.getSceneService().getCurrentScene().getInput().clearAll();
            // and give the keys back to the control that had them (the map): the game screen's own Enter and Ctrl+S
            // handlers only hear keys while something inside it has the focus
            javafx.scene.Node before = top.focusBefore;
            if (before != null) {
                javafx.application.Platform.runLater(() -> {
                    if (before.getScene() != null) {
                        before.requestFocus();
                    }
                });
            }
        }
    }

    @Override
    public ScreenFrame top() {
        Overlay top = open.peek();
        return top == null ? null : top.frame;
    }

    private final class Overlay extends SubScene {
        private final ScreenFrame frame;
        private final StackPane layer;
        private javafx.scene.Node focusBefore;

        Overlay(ScreenFrame frame) {
            this.frame = frame;
            this.layer = StackScreens.layerFor(frame, FxglScreens.this::close);
            Styles.apply(layer, settings);
            layer.setPrefSize(FXGL.getAppWidth(), FXGL.getAppHeight());
            getContentRoot().getChildren().add(layer);
            Headless.guardCursor(getRoot());
            // Esc also reaches FXGL's own input of this scene when no JavaFX node has the focus
            getInput().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed() && frame.isClosable()) {
                    FxglScreens.this.close();
                }
            });
        }
    }
}
