package org.balancedrealism.ui.saves;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.balancedrealism.io.AtomicFiles;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.screen.StackScreens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The save dialog writes the game on a thread of its own: it says where the game went, and a save that cannot be
 * written opens an error naming the file and the problem, leaving the dialog open to try again.
 */
@ExtendWith(ApplicationExtension.class)
class SaveDialogTest {
    @TempDir
    Path home;
    private StackScreens screens;

    @Start
    void start(Stage stage) {
        StackPane root = new StackPane();
        screens = new StackScreens(root);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private void open(FxRobot robot, SaveGames saves, String name) throws Exception {
        GameSession game = GameSession.start(Games.load("ukraine-2022"), 5, List.of(Seat.human("Ann", "UKR")),
                OrderSource.PASSIVE);
        robot.interact(() -> screens.open(new SaveDialog(saves, game, screens).build()));
        robot.interact(() -> robot.lookup("#save-name").queryAs(TextField.class).setText(name));
        robot.clickOn("#save-confirm");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSaveIsWrittenInTheBackgroundAndSaysWhereTheGameWent(FxRobot robot) throws Exception {
        SaveGames saves = new SaveGames(home.resolve("saves"));
        open(robot, saves, "Kyiv holds");
        Label message = robot.lookup("#save-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Saved as"));
        assertEquals("Saved as Kyiv holds.json.", message.getText());
        assertNotNull(SaveGames.read(saves.folder().resolve("Kyiv holds.json"), "check"));
        Button done = robot.lookup("#save-confirm").queryAs(Button.class);
        assertEquals("Done", done.getText());
        assertFalse(done.isDisabled(), "the dialog takes input again once the game is written");
        assertFalse(robot.lookup("#save-progress").query().isVisible(), "no progress shown after the save");
    }

    @Test
    void aSaveThatCannotBeWrittenOpensAnErrorNamingTheFileAndTheProblem(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("a file"), "not a folder");
        SaveGames saves = new SaveGames(notAFolder.resolve("saves"));
        open(robot, saves, "Kyiv holds");
        waitUntil(() -> robot.lookup("#" + SaveDialog.ERROR_ID).tryQuery().isPresent());
        String text = robot.lookup("#save-error-text").queryAs(Label.class).getText();
        assertTrue(text.contains(notAFolder.resolve("saves").resolve("Kyiv holds.json").toString()), text);
        assertTrue(text.contains("the saves folder cannot be made there"), text);
        assertFalse(text.contains("Exception"), text);

        robot.clickOn("#save-error-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + SaveDialog.ERROR_ID).tryQuery().isEmpty(), "OK closes the error");
        assertEquals(SaveDialog.ID, screens.top().getId(), "the save dialog stays open to try again");
        Button save = robot.lookup("#save-confirm").queryAs(Button.class);
        assertEquals("Save", save.getText());
        assertFalse(save.isDisabled());
    }

    @Test
    void aFullDiskIsNamedAsSuchWithTheFile() {
        Path file = home.resolve("saves").resolve("Kyiv holds.json");
        String text = SaveDialog.problem(file, new AtomicFiles.DiskFullException(file,
                new IOException("No space left on device")));
        assertTrue(text.startsWith("The disk is full: " + file.toAbsolutePath().normalize()), text);
        assertFalse(text.contains("permission"), text);
    }
}
