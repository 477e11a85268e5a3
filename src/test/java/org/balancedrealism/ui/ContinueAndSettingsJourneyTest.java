package org.balancedrealism.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.Settings;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.screen.AboutScreen;
import org.balancedrealism.ui.screen.SettingsScreen;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real (headless) game: settings changed on the Settings screen are in the settings file the next start reads;
 * Continue in the main menu names the newest save and opens it; the About box shows the version.
 */
@ExtendWith(ApplicationExtension.class)
class ContinueAndSettingsJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static void toMainMenu(FxRobot robot) {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void settingsChangedOnTheSettingsScreenAreReadAgainAtTheNextStart(FxRobot robot) throws Exception {
        toMainMenu(robot);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.SETTINGS));
        FxglHarness.waitFor(robot, "#" + SettingsScreen.ID);
        robot.clickOn("#text-size-large");
        CheckBox seaLanes = robot.lookup("#setting-sea-lanes").queryAs(CheckBox.class);
        assertTrue(seaLanes.isSelected());
        robot.clickOn("#setting-sea-lanes");
        try {
            Settings file = Settings.load(Settings.defaultFile());
            assertEquals("LARGE", file.textSize, "the text size is in the settings file");
            assertFalse(file.seaLanesShown, "the map option is in the settings file");

            // the next start: FXGL runs once per JVM, so read the file the way the app does at start
            UiSettings nextStart = new UiSettings();
            SettingsStore.attach(Settings.defaultFile(), nextStart);
            assertEquals(UiSettings.TextSize.LARGE, nextStart.getTextSize());
            assertFalse(nextStart.seaLanesShownProperty().get());
        } finally {
            robot.clickOn("#text-size-normal");
            robot.clickOn("#setting-sea-lanes");
        }
        assertEquals("NORMAL", Settings.load(Settings.defaultFile()).textSize);
        assertTrue(Settings.load(Settings.defaultFile()).seaLanesShown);
        FxglHarness.assertEngineRunning();
    }

    @Test
    void continueNamesTheNewestSaveAndOpensThatGame(FxRobot robot) throws Exception {
        Path folder = Settings.loadOrDefaults().savesPath();
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        SaveGames saves = new SaveGames(folder);
        GameSession older = GameSession.start(Games.load("modern-world"), 3,
                List.of(Seat.human("Ann", "USA")), OrderSource.PASSIVE);
        older.save(saves, "an older game");
        GameSession last = GameSession.start(Games.load("ukraine-2022"), 5,
                List.of(Seat.human("Bo", "UKR")), OrderSource.PASSIVE);
        last.endSeatTurn();
        int turn = last.world().turn;
        Thread.sleep(1100); // savedAt has whole seconds: the newer save must be a second younger
        last.save(saves, "the last game");
        String title = SaveGames.info(folder.resolve("the last game.json")).scenarioTitle();

        toMainMenu(robot);
        robot.interact(() -> FxglHarness.app().shell().mainMenuShown());
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.CONTINUE));
        String detail = robot.lookup("#" + MenuView.buttonId(MenuSlot.CONTINUE) + "-detail").queryAs(Label.class)
                .getText();
        // the test map has no Ukraine, so the state is named by its id; turns count from 1, as on the game screen
        assertEquals(title + " · UKR · turn " + (turn + 1), detail);
        List<String> labels = robot.lookup("#" + GameSceneFactory.MAIN_MENU_ID + " .menu-button-entry")
                .queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertEquals("Continue", labels.get(0), "Continue comes first");

        GameSession before = FxglHarness.app().shell().runningGame();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.CONTINUE));
        waitUntil(() -> FxglHarness.app().shell().runningGame() != before);
        FxglHarness.waitFor(robot, "#" + GameScreen.ID);
        GameSession opened = FxglHarness.app().shell().runningGame();
        assertEquals("ukraine-2022", opened.scenarioId());
        assertEquals(turn, opened.world().turn);
        assertEquals("Bo", opened.currentSeat().name());
        FxglHarness.assertEngineRunning();
    }

    @Test
    void withoutSavesThereIsNoContinue(FxRobot robot) throws Exception {
        Path folder = Settings.loadOrDefaults().savesPath();
        Files.createDirectories(folder);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        toMainMenu(robot);
        robot.interact(() -> FxglHarness.app().shell().mainMenuShown());
        FxglHarness.waitForAbsence(robot, "#" + MenuView.buttonId(MenuSlot.CONTINUE));
        FxglHarness.assertEngineRunning();
    }

    @Test
    void theAboutBoxShowsTheVersionFromThePom(FxRobot robot) {
        toMainMenu(robot);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.ABOUT));
        FxglHarness.waitFor(robot, "#" + AboutScreen.ID);
        String version = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertTrue(version.matches("Version \\d+\\.\\d+\\.\\d+.*"), version);
        FxglHarness.closeOverlays();
        FxglHarness.assertEngineRunning();
    }
}
