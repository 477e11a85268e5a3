package org.balancedrealism.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.balancedrealism.io.Settings;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.game.ScenarioChooser;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.screen.SettingsScreen;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real (headless) game in another language: French chosen on the Settings screen relabels the main menu and the
 * settings screen at once, a campaign started afterwards shows its game screen in French, and the choice is in the
 * settings file the next start reads. The game is put back into English at the end, whatever happened.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        // English first, so that a failure below cannot leave the tests after this one in French
        robot.interact(() -> FxglHarness.app().shell().settings().languageProperty().set(Locale.ENGLISH));
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.interact(() -> FxglHarness.app().shell().settings().languageProperty().set(Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, Texts.locale());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @Test
    void frenchChosenInSettingsChangesTheMenuAtOnceAndTheGameScreen(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        String newCampaign = "#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN);
        assertEquals("New campaign", text(robot, newCampaign));

        robot.clickOn("#" + MenuView.buttonId(MenuSlot.SETTINGS));
        FxglHarness.waitFor(robot, "#" + SettingsScreen.ID);
        robot.clickOn("#language-fr");

        // the menu behind and the settings screen on top say it in French at once
        assertEquals("Nouvelle campagne", text(robot, newCampaign));
        assertEquals("Réglages", text(robot, "#" + MenuView.buttonId(MenuSlot.SETTINGS)));
        assertEquals("La puissance, recherchée avec prudence",
                text(robot, "#" + GameSceneFactory.MAIN_MENU_ID + " .subtitle"));
        FxglHarness.waitFor(robot, "#" + SettingsScreen.ID);
        assertEquals("Réglages", text(robot, "#" + SettingsScreen.ID + " .screen-title"));
        assertEquals("Taille du texte", robot.lookup("#" + SettingsScreen.ID + " .section-title").queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Taille")).findFirst().orElse("none"));
        assertTrue(robot.lookup("#language-fr").queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        // kept in the settings file, and read again at the next start
        assertEquals("fr", Settings.load(Settings.defaultFile()).language);
        UiSettings nextStart = new UiSettings();
        SettingsStore.attach(Settings.defaultFile(), nextStart);
        assertEquals("fr", nextStart.languageProperty().get().getLanguage());

        // a campaign started now is in French
        FxglHarness.closeOverlays();
        robot.clickOn(newCampaign);
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        assertEquals("Nouvelle campagne", text(robot, "#" + ScenarioChooser.ID + " .screen-title"));
        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.centreOn("DEP"));
        robot.clickOn(FxglHarness.onFx(() -> chooserMap.localToScreen(chooserMap.toView(5, 25))));
        assertEquals("Commencer", text(robot, "#begin-campaign"));
        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameScreen.ID);
        assertEquals("Vous jouez Alphaland", text(robot, "#playing-as"));
        assertEquals("Fin du tour (Entrée)", robot.lookup("#end-turn").queryAs(Button.class).getText());
        assertTrue(text(robot, "#status-ap").startsWith("Actions "), text(robot, "#status-ap"));
        assertTrue(text(robot, "#status-date").contains("tour 1 sur"), text(robot, "#status-date"));
        FxglHarness.assertEngineRunning();
    }

    @Test
    void frenchChosenDuringAGameRelabelsTheOpenGameScreenAtOnce(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.NEW_CAMPAIGN));
        FxglHarness.waitFor(robot, "#" + ScenarioChooser.ID);
        MapView chooserMap = robot.lookup("#chooser-map").queryAs(MapView.class);
        robot.interact(() -> chooserMap.centreOn("DEP"));
        robot.clickOn(FxglHarness.onFx(() -> chooserMap.localToScreen(chooserMap.toView(5, 25))));
        robot.clickOn("#begin-campaign");
        FxglHarness.waitFor(robot, "#" + GameScreen.ID);
        FxglHarness.closeOverlays();
        assertEquals("End turn (Enter)", robot.lookup("#end-turn").queryAs(Button.class).getText());
        String selected = FxglHarness.onFx(() -> FxglHarness.app().gameScreen().mapView().getSelected());
        double scale = FxglHarness.onFx(() -> FxglHarness.app().gameScreen().mapView().getScale());

        robot.interact(() -> FxglHarness.app().shell().settings().languageProperty().set(Locale.FRENCH));

        // the same game, the same place on the map, in French: top bar, status figures, side panel
        assertEquals("Fin du tour (Entrée)", robot.lookup("#end-turn").queryAs(Button.class).getText());
        assertEquals("Vous jouez Alphaland", text(robot, "#playing-as"));
        assertTrue(text(robot, "#status-ap").startsWith("Actions "), text(robot, "#status-ap"));
        assertTrue(text(robot, "#status-date").contains("tour 1 sur"), text(robot, "#status-date"));
        assertEquals(1, robot.lookup("#" + GameScreen.ID).queryAll().size(), "one game screen, not two");
        assertEquals(selected, FxglHarness.onFx(() -> FxglHarness.app().gameScreen().mapView().getSelected()));
        assertEquals(scale, FxglHarness.onFx(() -> FxglHarness.app().gameScreen().mapView().getScale()));
        FxglHarness.assertEngineRunning();
    }
}
