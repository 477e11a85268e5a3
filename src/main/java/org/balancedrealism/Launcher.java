package org.balancedrealism;

/**
 * Entry point of the desktop game. It must not extend javafx.application.Application, or a plain
 * {@code java -jar} reports "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        org.balancedrealism.ui.BalancedRealismApp.main(args);
    }
}
