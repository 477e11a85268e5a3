package org.balancedrealism.ui.testkit;

import org.balancedrealism.io.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A journey's own home folder (settings file and saves folder), so what it saves is its own and nothing leaks into
 * the next journey; {@link #restore()} puts back the home that was in use before.
 */
public final class TestHome {
    private static String before;

    private TestHome() {
    }

    /** Switches to a fresh temporary home whose settings point at an empty saves folder, and returns that folder. */
    public static Path use(String prefix) throws IOException {
        before = System.getProperty("balancedrealism.home");
        Path home = Files.createTempDirectory(prefix);
        Path saves = Files.createDirectories(home.resolve("saves"));
        System.setProperty("balancedrealism.home", home.toString());
        Settings s = new Settings();
        s.savesFolder = saves.toString();
        s.save();
        return saves;
    }

    /** The home in use before {@link #use}. */
    public static void restore() {
        if (before == null) {
            System.clearProperty("balancedrealism.home");
        } else {
            System.setProperty("balancedrealism.home", before);
        }
    }
}
