package org.balancedrealism.ui.testkit;

import com.almasb.fxgl.app.FXGLPane;
import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.dsl.FXGL;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.balancedrealism.io.Settings;
import org.balancedrealism.ui.BalancedRealismApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the real game inside TestFX. FXGL is a process-wide singleton, so it is launched once per JVM (surefire
 * reuses one fork) with {@link GameApplication#embeddedLaunch} and kept here; each test's stage wraps the same
 * {@link FXGLPane} in a fresh {@link StackPane}, since a pane can be the root of only one scene.
 *
 * <p>FXGL catches every exception on its threads, logs it as fatal and stops its loop while the test goes on,
 * so tests call {@link #assertEngineRunning()} to make sure nothing broke behind their back.
 */
public final class FxglHarness {
    /** Generous: the first start loads FXGL's services and fonts. */
    public static final long START_TIMEOUT_S = 60;
    private static BalancedRealismApp app;
    private static FXGLPane pane;

    private FxglHarness() {
    }

    /** The running app (launched on first use, on the small test map). */
    public static synchronized BalancedRealismApp app() {
        launch();
        return app;
    }

    /**
     * Shows the game in a test's stage: call it from the test's {@code @Start} method (on the FX thread), then
     * wait for a node of the screen you expect with {@link #waitFor}.
     */
    public static void install(Stage stage) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call install from @Start, on the FX thread");
        }
        launch();
        StackPane root = new StackPane(pane);
        stage.setScene(new Scene(root, BalancedRealismApp.WIDTH, BalancedRealismApp.HEIGHT));
        stage.show();
    }

    /** Waits until a node matching {@code query} is showing. */
    public static Node waitFor(FxRobot robot, String query) {
        waitUntil("'" + query + "' to show", () -> robot.lookup(query).tryQuery()
                .filter(Node::isVisible).filter(n -> n.getScene() != null).isPresent());
        return robot.lookup(query).query();
    }

    /** Waits until a node matching {@code query} is gone. */
    public static void waitForAbsence(FxRobot robot, String query) {
        waitUntil("'" + query + "' to close", () -> robot.lookup(query).tryQuery().isEmpty());
    }

    /** Fails unless FXGL's always-on engine timer still advances (FXGL stops it after any uncaught error). */
    public static void assertEngineRunning() {
        double start = onFx(() -> FXGL.getEngineTimer().getNow());
        waitUntil("FXGL's engine timer to advance (a stopped timer means FXGL hit an error: see the log)",
                () -> onFx(() -> FXGL.getEngineTimer().getNow()) > start);
    }

    /** Leaves whatever the previous test left on screen: overlays closed, back from a game to the main menu. */
    public static void leaveGame() {
        closeOverlays();
        onFx(() -> {
            if (FXGL.getSceneService().getCurrentScene() == FXGL.getGameScene()) {
                FXGL.getGameController().gotoMainMenu();
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every overlay screen the previous test left open. */
    public static void closeOverlays() {
        onFx(() -> {
            while (app.shell().screens().top() != null) {
                app.shell().screens().close();
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("FX call failed", e);
        }
    }

    private static synchronized void launch() {
        if (pane == null) {
            keepSavesOutOfTheProject();
            freshSettings();
            app = new BalancedRealismApp(TestMaps::small, TestScenarios.SMALL);
            pane = Platform.isFxApplicationThread()
                    ? GameApplication.embeddedLaunch(app)
                    : onFx(() -> GameApplication.embeddedLaunch(app));
        }
    }

    /**
     * Every game the app starts autosaves after each turn into the saves folder of the player's settings: unless a
     * test chose a home of its own, the tests get a temporary one, so they neither read the developer's settings
     * nor write into the project's saves folder.
     */
    private static void keepSavesOutOfTheProject() {
        if (System.getProperty("balancedrealism.home") != null) {
            return;
        }
        try {
            java.nio.file.Path home = java.nio.file.Files.createTempDirectory("br-test-home");
            System.setProperty("balancedrealism.home", home.toString());
            org.balancedrealism.io.Settings settings = new org.balancedrealism.io.Settings();
            settings.savesFolder = home.resolve("saves").toString();
            settings.save();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot make a temporary home for the tests", e);
        }
    }

    /**
     * The game reads the player's settings file at start: give it a fresh one whose saves folder is under the
     * tests' home (surefire sets {@code balancedrealism.home} to target/test-home), so no run leaves a text size or
     * a save behind for the next, and no test writes into the project's saves folder.
     */
    private static void freshSettings() {
        if (System.getProperty("balancedrealism.home") == null) {
            return;
        }
        try {
            Path saves = Settings.home().resolve("saves");
            if (Files.isDirectory(saves)) {
                try (var files = Files.list(saves)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            Settings s = new Settings();
            s.savesFolder = saves.toString();
            s.save();
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the tests' settings in " + Settings.home(), e);
        }
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(START_TIMEOUT_S, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.get();
            });
        } catch (TimeoutException e) {
            fail("timed out waiting for " + what + " (FXGL shows " + onFx(() -> {
                var scene = FXGL.getSceneService().getCurrentScene();
                return scene == null ? "no scene" : scene.getClass().getName();
            }) + ")");
        }
    }
}
