package org.balancedrealism.ui.testkit;

import org.balancedrealism.io.Settings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A journey's own home folder (settings file and saves folder), so what it saves is its own and nothing leaks into
 * the next journey. Register it once per journey class:
 * {@code @RegisterExtension static final TestHome HOME = new TestHome("br-my-journey");}. Before the class's first
 * test it switches to a fresh temporary home whose settings point at an empty saves folder ({@link #saves()}); after
 * the last it puts back the home that was in use before.
 */
public final class TestHome implements BeforeAllCallback, AfterAllCallback {
    private final String prefix;
    private String before;
    private Path saves;

    public TestHome(String prefix) {
        this.prefix = prefix;
    }

    /** The journey's saves folder (empty when the class starts). */
    public Path saves() {
        return saves;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        before = System.getProperty("balancedrealism.home");
        Path home = Files.createTempDirectory(prefix);
        saves = Files.createDirectories(home.resolve("saves"));
        System.setProperty("balancedrealism.home", home.toString());
        Settings s = new Settings();
        s.savesFolder = saves.toString();
        s.save();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (before == null) {
            System.clearProperty("balancedrealism.home");
        } else {
            System.setProperty("balancedrealism.home", before);
        }
    }
}
