package org.balancedrealism;

/**
 * Entry point of the desktop game. It must not extend javafx.application.Application, or a plain
 * {@code java -jar} reports "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(ClassArchive.MAKE_ARGUMENT)) {
            // the Linux package's install script: make the class-data archive for the installed folder, no window
            boolean made = ClassArchive.ofThisGame().map(ClassArchive::make).orElse(false);
            System.out.println(made ? "class-data archive made: the game starts faster"
                    : "no class-data archive made: the game starts without it");
            return;
        }
        org.balancedrealism.ui.BalancedRealismApp.main(args);
    }
}
