package org.balancedrealism.ui.tutorial;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.balancedrealism.ui.GameSceneFactory;
import org.balancedrealism.ui.game.BriefingWindow;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.game.GameWindows;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.balancedrealism.ui.testkit.TestHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guided first game from the main menu to its end: each step of the coach moves on only when the player has
 * done what it asks, and the steps the coach cannot see are passed with Next.
 */
@ExtendWith(ApplicationExtension.class)
class TutorialJourneyTest {

    @RegisterExtension
    static final TestHome HOME = new TestHome("br-tutorial-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static TutorialStep step() {
        return FxglHarness.onFx(() -> FxglHarness.app().tutorialCoach().step().get());
    }

    private static void waitForStep(TutorialStep expected) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> step() == expected);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the coach should reach " + expected + " but shows " + step(), e);
        }
    }

    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertFalse(b.isDisable(), query + " is enabled");
        robot.interact(b::fire);
    }

    @Test
    void eachStepMovesOnWhenThePlayerDoesItAndTheTutorialEnds(FxRobot robot) {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.TUTORIAL));
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        FxglHarness.waitFor(robot, "#" + TutorialCoach.ID);
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        FxglHarness.closeOverlays();
        GameScreen screen = robot.lookup("#" + GameScreen.ID).queryAs(GameScreen.class);
        assertTrue(robot.lookup("#scenario-title").queryAs(Label.class).getText().startsWith("Test world"),
                "the title bar names the scenario, not its id");
        assertEquals(TutorialStep.SELECT_STATE, step(), "the tutorial starts on its first step");
        assertEquals("Step 1 of 6", robot.lookup("#tutorial-counter").queryAs(Label.class).getText());

        // selecting one's own state does not count; another state does
        robot.interact(() -> screen.mapView().select("BBB"));
        waitForStep(TutorialStep.READ_THREAT);

        robot.clickOn("#map-mode-threat");
        waitForStep(TutorialStep.PREVIEW_MOVE);

        FxglHarness.waitFor(robot, "#panel-threat");
        press(robot, "#move-improve-relations");
        FxglHarness.waitFor(robot, "#move-preview");
        waitForStep(TutorialStep.END_TURN);

        press(robot, "#end-turn");
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        waitForStep(TutorialStep.READ_REPORT);
        assertEquals(TutorialStep.READ_REPORT, step(), "the open report holds the step until it is closed");
        FxglHarness.closeOverlays();
        waitForStep(TutorialStep.SEE_COALITION);

        // no coalition need form in the small test world: Next passes the step, Close hides the coach
        press(robot, "#tutorial-next");
        waitForStep(TutorialStep.DONE);
        assertEquals("Close", robot.lookup("#tutorial-next").queryAs(Button.class).getText());
        press(robot, "#tutorial-next");
        assertFalse(robot.lookup("#" + TutorialCoach.ID).query().isVisible(), "Close hides the coach");
        assertNotNull(FxglHarness.app().gameController(), "the game goes on after the tutorial");
        FxglHarness.assertEngineRunning();
    }

    @Test
    void aTutorialGameContinuedFromItsSaveBringsTheCoachBackWhereItWas(FxRobot robot) throws Exception {
        // a tutorial game whose first turn was played, saved (on the real map: saves are checked against it)
        org.balancedrealism.session.GameSession played = org.balancedrealism.session.GameSession.start(
                org.balancedrealism.io.Games.load(org.balancedrealism.ui.BalancedRealismApp.TUTORIAL_SCENARIO), 1,
                java.util.List.of(org.balancedrealism.session.Seat.human("Pat", "GBR")),
                org.balancedrealism.session.OrderSource.PASSIVE);
        played.endSeatTurn();
        played.save(new org.balancedrealism.io.SaveGames(HOME.saves()), "my first game");
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();

        robot.interact(() -> FxglHarness.app().shell().mainMenuShown());
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.CONTINUE));
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.CONTINUE));
        FxglHarness.waitFor(robot, "#" + GameScreen.ID);
        FxglHarness.waitFor(robot, "#" + TutorialCoach.ID);
        assertEquals(org.balancedrealism.ui.BalancedRealismApp.TUTORIAL_SCENARIO,
                FxglHarness.app().gameController().session().scenarioId());
        // the loaded game opens its last report: the coach waits for it to be read, then shows the coalitions
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        assertEquals(TutorialStep.READ_REPORT, step(), "the coach is back at the report the game opens");
        FxglHarness.closeOverlays();
        waitForStep(TutorialStep.SEE_COALITION);
        FxglHarness.assertEngineRunning();
    }
}
