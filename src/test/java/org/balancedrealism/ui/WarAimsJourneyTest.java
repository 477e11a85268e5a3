package org.balancedrealism.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.ui.game.BriefingWindow;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.game.GameWindows;
import org.balancedrealism.ui.game.ScenarioChooser;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A war with chosen aims: Betaland invades Alphaland aiming at its dependency Deltaland, chosen by a click on the
 * map, and then offers peace asking for Deltaland; the war and the offer carry that territory.
 */
@ExtendWith(ApplicationExtension.class)
class WarAimsJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static GameScreen startCampaignAs(FxRobot robot, String state) {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN));
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.select(state));
        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        FxglHarness.closeOverlays();
        return robot.lookup("#" + GameScreen.ID).queryAs(GameScreen.class);
    }

    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertFalse(b.isDisable(), query + " is enabled");
        robot.interact(b::fire);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Move planned(GameController c, MoveKind kind) {
        return c.view().planned().stream().filter(m -> m.kind() == kind).findFirst().orElse(null);
    }

    private static void endTurn(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        FxglHarness.closeOverlays();
        FxglHarness.waitForAbsence(robot, "#" + GameWindows.REPORT_ID);
    }

    @Test
    void anInvasionAimsAtTheTerritoryChosenOnTheMapAndPeaceAsksForTheTermsChosen(FxRobot robot) {
        GameScreen screen = startCampaignAs(robot, "BBB");
        GameController controller = FxglHarness.app().gameController();
        robot.interact(() -> screen.mapView().select("AAA"));
        FxglHarness.waitFor(robot, "#panel-threat");
        assertTrue(text(robot, "#panel-title").startsWith("Alphaland"));

        // invade: the list offers Alphaland's territories, its homeland first and aimed at by default
        press(robot, "#move-invade");
        FxglHarness.waitFor(robot, "#move-preview");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> aims = robot.lookup("#aim-choice").queryAs(ChoiceBox.class);
        assertEquals(List.of("AAA", "DEP"), aims.getItems());
        assertEquals("AAA", aims.getValue());
        assertTrue(text(robot, "#preview-aim").startsWith("Aiming to conquer Alphaland"), text(robot, "#preview-aim"));
        // a click on Deltaland on the map chooses it and shows it selected
        robot.interact(() -> screen.mapView().fitWorld());
        Point2D deltaland = FxglHarness.onFx(() -> screen.mapView().localToScreen(screen.mapView().toView(5, 25)));
        robot.clickOn(deltaland);
        assertEquals("DEP", screen.mapView().getSelected());
        FxglHarness.waitFor(robot, "#preview-aim");
        assertTrue(text(robot, "#preview-aim").startsWith("Aiming to take Deltaland"), text(robot, "#preview-aim"));
        assertEquals("DEP", robot.lookup("#aim-choice").queryAs(ChoiceBox.class).getValue());
        press(robot, "#plan-move");
        FxglHarness.waitForAbsence(robot, "#move-preview");
        assertEquals("DEP", planned(controller, MoveKind.INVADE).territory(), "the order carries the chosen aim");

        endTurn(robot);
        World w = controller.session().world();
        War war = w.warBetween(w.indexOf("BBB"), w.indexOf("AAA"));
        assertNotNull(war, "the invasion started a war");
        assertEquals(List.of("DEP"), war.aims, "the war's aim is the territory chosen");

        // peace: ask for Deltaland; the preview prices it and says how Alphaland would answer
        robot.interact(() -> screen.mapView().select("AAA"));
        FxglHarness.waitFor(robot, "#move-offer-peace");
        press(robot, "#move-offer-peace");
        FxglHarness.waitFor(robot, "#peace-terms-choice");
        assertTrue(text(robot, "#preview-terms").contains("white peace"), text(robot, "#preview-terms"));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> terms = robot.lookup("#peace-terms-choice").queryAs(ChoiceBox.class);
        robot.interact(() -> terms.setValue("DEP"));
        FxglHarness.waitFor(robot, "#preview-peace-odds");
        assertTrue(text(robot, "#preview-terms").contains("cede Deltaland"), text(robot, "#preview-terms"));
        String odds = text(robot, "#preview-peace-odds");
        assertTrue(odds.contains("war score") && odds.contains("likely"), odds);
        press(robot, "#plan-move");
        FxglHarness.waitForAbsence(robot, "#move-preview");
        Move offer = planned(controller, MoveKind.OFFER_PEACE);
        assertEquals("DEP", offer.territory(), "the peace offer carries the terms chosen");
        endTurn(robot);
        assertTrue(controller.session().orderHistory().stream().flatMap(List::stream)
                .anyMatch(m -> m.equals(offer)), "the offer was sent with its terms");
        FxglHarness.assertEngineRunning();
    }
}
