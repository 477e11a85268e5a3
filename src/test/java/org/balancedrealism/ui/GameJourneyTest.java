package org.balancedrealism.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.balancedrealism.ui.game.BriefingWindow;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.game.GameWindows;
import org.balancedrealism.ui.game.ScenarioChooser;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playing the game: a campaign on the small test world, a move previewed and ordered, a turn, its report. */
@ExtendWith(ApplicationExtension.class)
class GameJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    private static Point2D onScreen(MapView view, double lon, double lat) {
        return FxglHarness.onFx(() -> view.localToScreen(view.toView(lon, lat)));
    }

    /** Main menu → new campaign as Alphaland → the game screen bound to a session. */
    private static GameScreen startCampaign(FxRobot robot) {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN));
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.select("AAA"));
        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        // a campaign opens on the scenario's briefing
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        FxglHarness.closeOverlays();
        return robot.lookup("#" + GameScreen.ID).queryAs(GameScreen.class);
    }

    private static void backToMainMenu(FxRobot robot) {
        FxglHarness.closeOverlays();
        robot.type(KeyCode.ESCAPE);
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.GAME_MENU_ID);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.EXIT_TO_MAIN_MENU));
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
    }

    /** Presses a button of the side panel (it may be scrolled out of view, where a robot cannot click). */
    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertFalse(b.isDisable(), query + " is enabled");
        robot.interact(b::fire);
    }

    @org.junit.jupiter.api.AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void pickAStatePreviewAMoveOrderItEndTheTurnAndReadTheReport(FxRobot robot) {
        GameScreen screen = startCampaign(robot);
        assertTrue(text(robot, "#status-date").startsWith("January 2030"), text(robot, "#status-date"));
        assertTrue(text(robot, "#status-ap").startsWith("Action points"));
        String apBefore = text(robot, "#status-ap");

        // pick Betaland on the map
        robot.clickOn(onScreen(screen.mapView(), 11, 1));
        FxglHarness.waitFor(robot, "#panel-threat");
        assertTrue(text(robot, "#panel-title").startsWith("Betaland"));

        // preview a summit, then order it
        press(robot, "#move-improve-relations");
        FxglHarness.waitFor(robot, "#move-preview");
        assertTrue(text(robot, "#preview-coalition-risk").startsWith("Coalition risk against you"));
        press(robot, "#plan-move");
        FxglHarness.waitForAbsence(robot, "#move-preview");
        VBox planned = robot.lookup("#planned-orders").queryAs(VBox.class);
        assertEquals(1, planned.getChildren().size());
        assertFalse(apBefore.equals(text(robot, "#status-ap")), "ordering spends action points");

        // end the turn with Enter: the report opens and names the summit
        robot.type(KeyCode.ENTER);
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        VBox mine = robot.lookup("#report-mine").queryAs(VBox.class);
        assertFalse(mine.getChildren().isEmpty());
        FxglHarness.closeOverlays();
        FxglHarness.waitForAbsence(robot, "#" + GameWindows.REPORT_ID);
        assertTrue(text(robot, "#status-date").contains("turn 2"), text(robot, "#status-date"));
        assertFalse(robot.lookup("#event-log").queryAs(ListView.class).getItems().isEmpty(), "the log fills");
        // Betaland is played by the AI: its panel now tells what it decided and why
        FxglHarness.waitFor(robot, "#panel-ai-decisions");
        FxglHarness.assertEngineRunning();
        backToMainMenu(robot);
    }

    @Test
    void aDisabledMoveExplainsItselfAndMapModesSwitch(FxRobot robot) {
        GameScreen screen = startCampaign(robot);
        robot.interact(() -> screen.mapView().select("BBB"));
        FxglHarness.waitFor(robot, "#panel-threat");
        // there is no coalition against Betaland to join
        Button join = robot.lookup("#move-join-coalition").queryAs(Button.class);
        assertTrue(join.isDisable());
        String why = text(robot, "#move-join-coalition-why");
        assertTrue(why.length() > 3, why);

        for (String mode : new String[] {"alliances", "power", "threat", "opinion", "overreach", "economy", "political"}) {
            robot.clickOn("#map-mode-" + mode);
            assertEquals(mode, screen.mapView().getMode().id());
        }
        backToMainMenu(robot);
    }

    @Test
    void theChartsAndDiplomacyWindowsOpenWithData(FxRobot robot) {
        startCampaign(robot);
        robot.type(KeyCode.ENTER);
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#open-charts");
        FxglHarness.waitFor(robot, "#" + GameWindows.CHARTS_ID);
        LineChart<?, ?> power = robot.lookup("#chart-power").queryAs(LineChart.class);
        assertTrue(power.getData().size() >= 2, "me and at least one rival");
        assertFalse(power.getData().get(0).getData().isEmpty(), "the history has points");
        FxglHarness.closeOverlays();
        robot.clickOn("#open-diplomacy");
        Node d = FxglHarness.waitFor(robot, "#" + GameWindows.DIPLOMACY_ID);
        assertTrue(d.isVisible());
        FxglHarness.closeOverlays();
        backToMainMenu(robot);
    }
}
