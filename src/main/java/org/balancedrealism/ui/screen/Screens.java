package org.balancedrealism.ui.screen;

/**
 * Opens screens on top of whatever is showing (menu or game) and closes them again. The game runs them as FXGL
 * sub-scenes ({@link FxglScreens}); tests can use {@link StackScreens} on a plain JavaFX pane.
 */
public interface Screens {

    /** Shows a screen above everything else; Esc or its close button closes it. */
    void open(ScreenFrame screen);

    /** Closes the top screen, if any. */
    void close();

    /** The top screen, or null. */
    ScreenFrame top();
}
