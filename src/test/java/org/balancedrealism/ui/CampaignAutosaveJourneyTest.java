package org.balancedrealism.ui;

import javafx.stage.Stage;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameWindows;
import org.balancedrealism.ui.game.ScenarioChooser;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.balancedrealism.ui.testkit.TestHome;
import org.balancedrealism.ui.testkit.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A single-player campaign autosaves after every turn, as the README promises. */
@ExtendWith(ApplicationExtension.class)
class CampaignAutosaveJourneyTest {
    @RegisterExtension
    static final TestHome HOME = new TestHome("br-autosave-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    @Test
    void aCampaignAutosavesAfterATurn(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN));
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.select("AAA"));
        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        assertTrue(FxglHarness.app().gameController().session().autosaves(), "a campaign autosaves");
        SaveGames folder = new SaveGames(HOME.saves(), TestScenarios.SMALL);
        assertFalse(Files.exists(folder.autosavePath(1)), "nothing saved before the first turn");

        FxglHarness.onFx(() -> {
            FxglHarness.app().gameController().endTurn();
            return null;
        });
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        FxglHarness.app().gameController().session().awaitAutosave(); // written in the background after End turn
        assertTrue(Files.exists(folder.autosavePath(1)), "the autosave is written after the turn");
        assertEquals(1, SaveGames.info(folder.autosavePath(1)).turn());
        FxglHarness.closeOverlays();
        FxglHarness.assertEngineRunning();
    }
}
