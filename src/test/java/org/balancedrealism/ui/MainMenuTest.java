package org.balancedrealism.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.primer.PrimerScreen;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real game, started headless: its main menu and the screens it opens. */
@ExtendWith(ApplicationExtension.class)
class MainMenuTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    private void showMenu(FxRobot robot) {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
    }

    @AfterEach
    void closeOverlays() {
        FxglHarness.closeOverlays();
    }

    @Test
    void theMainMenuShowsItsEntriesInOrder(FxRobot robot) {
        showMenu(robot);
        List<String> labels = robot.lookup("#" + GameSceneFactory.MAIN_MENU_ID + " .menu-button-entry")
                .queryAllAs(Button.class).stream().map(Button::getText)
                .filter(label -> !label.equals("Continue")).toList(); // there only when a save exists
        assertEquals(List.of("New campaign", "Tutorial", "Hot-seat game", "Host a classroom game", "Join a classroom game", "Load game", "Settings", "Theory primer", "About", "Quit"),
                labels);
        FxglHarness.assertEngineRunning();
    }

    @Test
    void theTheoryPrimerOpensFromTheMenuAndEscClosesIt(FxRobot robot) {
        showMenu(robot);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.PRIMER));
        FxglHarness.waitFor(robot, "#" + PrimerScreen.ID);
        assertTrue(robot.lookup("#primer-concepts").tryQuery().isPresent(), "the list of concepts shows");

        robot.clickOn("The security dilemma");
        Label title = robot.lookup("#primer-concept-title").queryAs(Label.class);
        assertEquals("The security dilemma", title.getText());

        robot.clickOn("#primer-link-threat");
        assertEquals("Threat", robot.lookup("#primer-concept-title").queryAs(Label.class).getText());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        FxglHarness.waitForAbsence(robot, "#" + PrimerScreen.ID);
        FxglHarness.assertEngineRunning();
    }

    @Test
    void otherScreensOpenThePrimerAtAConcept(FxRobot robot) {
        showMenu(robot);
        robot.interact(() -> FxglHarness.app().shell().openPrimer("bandwagoning"));
        FxglHarness.waitFor(robot, "#primer-concept-title");
        assertEquals("Balance, bandwagon, pass the buck",
                robot.lookup("#primer-concept-title").queryAs(Label.class).getText());
        FxglHarness.assertEngineRunning();
    }

    @Test
    void f1ShowsTheKeysAndSettingsOpenFromTheMenu(FxRobot robot) {
        showMenu(robot);
        robot.type(javafx.scene.input.KeyCode.F1);
        FxglHarness.waitFor(robot, "#help-overlay");
        assertTrue(robot.lookup("End the turn").tryQuery().isPresent());
        robot.clickOn("#help-overlay-close");
        FxglHarness.waitForAbsence(robot, "#help-overlay");

        robot.clickOn("#" + MenuView.buttonId(MenuSlot.SETTINGS));
        FxglHarness.waitFor(robot, "#settings-screen");
        robot.clickOn("#text-size-large");
        assertEquals(UiSettings.TextSize.LARGE, FxglHarness.app().shell().settings().getTextSize());
        robot.clickOn("#text-size-normal");
        FxglHarness.assertEngineRunning();
    }
}
