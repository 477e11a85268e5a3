package org.balancedrealism.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;

import java.net.URL;
import java.util.Objects;

/** The one stylesheet of the game (assets/ui/style.css) and the root style every screen starts from. */
public final class Styles {
    /** Classpath location of the stylesheet (the assets folder is packed at /assets). */
    public static final String STYLESHEET = "/assets/ui/style.css";
    /** Style class that scopes the look (see the CSS); every screen root carries it. */
    public static final String ROOT_CLASS = "br-root";

    private Styles() {
    }

    public static String stylesheetUrl() {
        URL url = Objects.requireNonNull(Styles.class.getResource(STYLESHEET), "missing " + STYLESHEET);
        return url.toExternalForm();
    }

    /**
     * Gives a screen root the game's look; its font size follows the settings, and all sizes in the CSS are in
     * em, so the whole screen scales with it.
     */
    public static <T extends Parent> T apply(T root, UiSettings settings) {
        if (!root.getStyleClass().contains(ROOT_CLASS)) {
            root.getStyleClass().add(ROOT_CLASS);
        }
        String css = stylesheetUrl();
        if (!root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
        }
        if (settings != null) {
            root.styleProperty().bind(Bindings.createStringBinding(
                    () -> "-fx-font-size: " + settings.getTextSize().pixels() + "px;", settings.textSizeProperty()));
        }
        return root;
    }
}
