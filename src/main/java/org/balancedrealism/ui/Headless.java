package org.balancedrealism.ui;

import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Headless test runs (surefire sets {@code br.headless=true}; Monocle draws without a screen).
 *
 * <p>FXGL gives scenes an image cursor, and Monocle cannot create image cursors: the first mouse move over such
 * a scene throws inside JavaFX and FXGL stops. FXGL 17.3 even gives one to the hidden scene under its main menu,
 * so every root of ours sets the system cursor, which its children inherit.
 */
public final class Headless {
    private Headless() {
    }

    public static boolean isOn() {
        return Boolean.getBoolean("br.headless");
    }

    /**
     * In headless runs, makes {@code root}, its children, and every ancestor it is put under use the system
     * cursor (an FXGL scene's root is the parent of the menus and overlays pushed onto it).
     */
    public static void guardCursor(Node root) {
        if (!isOn()) {
            return;
        }
        if (root.getCursor() == null) {
            root.setCursor(Cursor.DEFAULT);
        }
        replaceImageCursors(root.getParent());
        root.parentProperty().addListener((obs, old, now) -> replaceImageCursors(now));
    }

    private static void replaceImageCursors(Parent from) {
        for (Parent p = from; p != null; p = p.getParent()) {
            if (p.getCursor() instanceof ImageCursor) {
                p.setCursor(Cursor.DEFAULT);
            }
        }
    }
}
