package org.balancedrealism.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.balancedrealism.ui.menu.MenuEntries;
import org.balancedrealism.ui.menu.MenuView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged settings file is explained to the player at the top of the main menu: defaults used, which file,
 * where the damaged one was kept. The menu here gets the start problem the way GameSceneFactory gives it
 * ({@code shell.startNotice()} → {@link MenuView#setNotice}); FXGL's own menu starts once per test JVM, with a good file.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedSettingsNoticeTest {
    @TempDir
    static Path dir;
    private static Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"textSize\": ");
        SettingsStore store = SettingsStore.attach(file, new UiSettings());

        MenuView menu = new MenuView("main-menu-test", "Balanced Realism", "Power, pursued with prudence", null,
                new MenuEntries(), null);
        store.startProblem().ifPresent(menu::setNotice);
        stage.setScene(new Scene(menu, 1200, 700));
        stage.show();
    }

    @Test
    void aDamagedSettingsFileIsExplainedAboveTheMainMenu(FxRobot robot) {
        Label notice = robot.lookup("#" + MenuView.NOTICE_ID).queryAs(Label.class);
        String text = notice.getText();

        assertTrue(notice.isVisible());
        assertTrue(text.startsWith("Your settings could not be read, so the defaults are used."), text);
        assertTrue(text.contains(file.toString()), "names the file: " + text);
        assertTrue(text.contains(file + ".damaged"), "says where the damaged file was kept: " + text);
        assertTrue(Files.exists(file.resolveSibling("settings.json.damaged")));
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace: " + text);
    }
}
