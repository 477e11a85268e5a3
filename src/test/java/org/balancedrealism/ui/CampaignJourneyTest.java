package org.balancedrealism.ui;

import com.almasb.fxgl.dsl.FXGL;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.balancedrealism.ui.game.BriefingWindow;
import org.balancedrealism.ui.game.GameScreen;
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
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From the main menu through the new-campaign screen into the game and back, in the real (headless) game. */
@ExtendWith(ApplicationExtension.class)
class CampaignJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    private static Point2D onScreen(MapView view, double lon, double lat) {
        return FxglHarness.onFx(() -> view.localToScreen(view.toView(lon, lat)));
    }

    @Test
    void aCampaignStartsOnTheChosenStateAndEscLeadsBackToTheMainMenu(FxRobot robot) throws Exception {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN));
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        assertTrue(robot.lookup("#scenario-modern-world").tryQuery().isPresent(), "the shipped scenarios are offered");

        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.centreOn("DEP"));
        robot.clickOn(onScreen(chooserMap, 5, 25));
        assertEquals("AAA", chooserMap.getSelected());
        assertEquals("Alphaland", robot.lookup("#chosen-state").queryAs(Label.class).getText());

        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameScreen.ID);
        assertEquals("Playing as Alphaland", robot.lookup("#playing-as").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#end-turn").query().isVisible(), "the session wires the End turn button");
        // a campaign opens on the scenario's briefing (the game's clock stands still under it)
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        FxglHarness.closeOverlays();
        double start = FxglHarness.onFx(() -> FXGL.getGameTimer().getNow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> FxglHarness.onFx(() -> FXGL.getGameTimer().getNow()) > start);

        robot.clickOn("#map-mode-economy");
        MapView gameMap = robot.lookup("#" + GameScreen.ID).queryAs(GameScreen.class).mapView();
        assertEquals("economy", gameMap.getMode().id());
        assertEquals("Economy (GDP) · log scale", gameMap.legendBox().title());

        robot.type(KeyCode.ESCAPE);
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.GAME_MENU_ID);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.EXIT_TO_MAIN_MENU));
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.assertEngineRunning();
    }
}
