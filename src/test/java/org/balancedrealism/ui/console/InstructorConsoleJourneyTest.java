package org.balancedrealism.ui.console;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.TurnControls;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.hotseat.CurtainScreen;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.saves.SaveScreens;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instructor's console in the real (headless) game: opened from the hot-seat curtain behind the instructor's
 * password, an inject written on the spot for one seat that then shows in that seat's event log (and not the other's),
 * and the debrief written from the console.
 */
@ExtendWith(ApplicationExtension.class)
class InstructorConsoleJourneyTest {
    private static final String SECRET = "Your spies report that Betaland's army is hollow.";

    @RegisterExtension
    static final TestHome HOME = new TestHome("br-console-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static GameController controller() {
        return FxglHarness.app().gameController();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static void passTheCurtain(FxRobot robot, String to) {
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        assertTrue(robot.lookup("#curtain-pass-to").queryAs(Label.class).getText().startsWith("Pass to " + to));
        robot.clickOn("#curtain-ready");
        FxglHarness.waitForAbsence(robot, "#" + CurtainScreen.ID);
    }

    private static void endTurn() {
        FxglHarness.onFx(() -> {
            controller().endTurn();
            return null;
        });
    }

    private static void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#console-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertFalse(b.isDisable(), query + " is enabled");
        robot.interact(b::fire);
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventLog(FxRobot robot) {
        ListView<GameEvent> log = robot.lookup("#event-log").queryAs(ListView.class);
        return log.getItems().stream().map(GameEvent::text).toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anInjectWrittenInTheConsoleReachesTheSeatsLogAndTheDebriefIsWritten(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.closeOverlays();
        GameSession session = FxglHarness.onFx(() -> {
            GameSession s = FxglHarness.app().shell().sessions().hotSeat(TestScenarios.small("console"), 7,
                    List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB")));
            s.setInstructor("chalk");
            SaveScreens.present(FxglHarness.app().shell(), s);
            return s;
        });

        // the curtain offers the console; a student without the instructor's password cannot open it
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        robot.clickOn("#curtain-console");
        FxglHarness.waitFor(robot, "#" + InstructorConsole.PASSWORD_ID);
        robot.interact(() -> robot.lookup("#console-password").queryAs(PasswordField.class).setText("guess"));
        press(robot, "#console-password-ok");
        assertTrue(robot.lookup("#console-password-message").queryAs(Label.class).getText().contains("not the instructor"));
        assertTrue(robot.lookup("#" + InstructorConsole.ID).tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#console-password").queryAs(PasswordField.class).setText("chalk"));
        press(robot, "#console-password-ok");
        FxglHarness.waitFor(robot, "#" + InstructorConsole.ID);

        // every seat's own view: Bob's
        robot.interact(() -> robot.lookup("#console-seat-BBB").queryAs(ToggleButton.class).fire());
        assertTrue(robot.lookup("#console-seat-title").queryAs(Label.class).getText().startsWith("Bob (Betaland)"));

        // an inject written on the spot, for Alice's seat only
        tab(robot, "console-tab-injects");
        robot.interact(() -> {
            robot.lookup("#console-inject-text").queryAs(TextArea.class).setText(SECRET);
            robot.lookup("#console-inject-some").queryAs(RadioButton.class).setSelected(true);
            robot.lookup("#console-inject-seat-AAA").queryAs(CheckBox.class).setSelected(true);
        });
        press(robot, "#console-inject-send");
        ListView<Object> pending = robot.lookup("#console-pending").queryAs(ListView.class);
        assertEquals(1, pending.getItems().size(), robot.lookup("#console-inject-status").queryAs(Label.class).getText());

        // back behind the curtain; the round is played and the inject fires when the turn is resolved
        robot.clickOn("#" + InstructorConsole.ID + "-close");
        FxglHarness.waitForAbsence(robot, "#" + InstructorConsole.ID);
        passTheCurtain(robot, "Alice");
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        assertFalse(eventLog(robot).contains(SECRET), "nothing fires before the turn is resolved");
        endTurn();
        passTheCurtain(robot, "Bob");
        endTurn();
        passTheCurtain(robot, "Alice");
        waitUntil(() -> session.world().turn == 1);
        FxglHarness.closeOverlays();
        assertTrue(eventLog(robot).contains(SECRET), "Alice reads the inject in her log: " + eventLog(robot));
        endTurn();
        passTheCurtain(robot, "Bob");
        FxglHarness.closeOverlays();
        assertFalse(eventLog(robot).contains(SECRET), "Bob never reads an inject meant for Alice");
        endTurn();

        // the debrief from the console, at the next curtain
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        robot.clickOn("#curtain-console");
        robot.interact(() -> robot.lookup("#console-password").queryAs(PasswordField.class).setText("chalk"));
        press(robot, "#console-password-ok");
        FxglHarness.waitFor(robot, "#" + InstructorConsole.ID);
        tab(robot, "console-tab-branch");
        press(robot, "#console-debrief");
        Label path = robot.lookup("#console-debrief-path").queryAs(Label.class);
        waitUntil(() -> !path.getText().isEmpty()
                || robot.lookup("#console-debrief-status").queryAs(Label.class).getText().contains("could not"));
        Path report = Path.of(path.getText());
        assertEquals("index.html", report.getFileName().toString(),
                robot.lookup("#console-debrief-status").queryAs(Label.class).getText());
        assertTrue(Files.isRegularFile(report));
        assertTrue(Files.readString(report).contains("hollow"), "the debrief tells the inject");
        FxglHarness.assertEngineRunning();
    }

    @Test
    void theConsoleDrivesThePaceOfAHostedGameWritesToEverySeatAndBranches(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.closeOverlays();
        GameSession session = FxglHarness.onFx(() -> FxglHarness.app().shell().sessions().hotSeat(
                TestScenarios.small("pace"), 3, List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"))));
        FakeClock clock = new FakeClock();
        FxglHarness.onFx(() -> InstructorConsole.open(session, clock, FxglHarness.app().shell()));
        FxglHarness.waitFor(robot, "#" + InstructorConsole.ID);
        tab(robot, "console-tab-pace");
        assertEquals("9:05 left", robot.lookup("#console-clock").queryAs(Label.class).getText());
        press(robot, "#console-pause");
        assertTrue(clock.paused);
        assertEquals("Paused", robot.lookup("#console-clock").queryAs(Label.class).getText());
        press(robot, "#console-extend-5");
        assertEquals(Duration.ofMinutes(5), clock.extended);
        press(robot, "#console-force-end");
        assertTrue(clock.forced);

        // and the instructor writes to every seat
        tab(robot, "console-tab-messages");
        robot.interact(() -> robot.lookup("#console-message-text").queryAs(TextArea.class).setText("Five minutes more."));
        press(robot, "#console-message-send");
        assertEquals(2, session.messages().all().size());
        assertEquals("Five minutes more.", session.messages().of("BBB").get(0).text());

        // a branch from the start, saved under a new name and opened behind its own curtain
        tab(robot, "console-tab-branch");
        robot.interact(() -> robot.lookup("#console-branch-name").queryAs(TextField.class).setText("group B"));
        Label status = robot.lookup("#console-branch-status").queryAs(Label.class);
        press(robot, "#console-branch");
        waitUntil(() -> (FxglHarness.app().shell().curtainGame() != null
                && FxglHarness.app().shell().curtainGame() != session) || status.getText().contains("could not"));
        assertFalse(status.getText().contains("could not"), status.getText());
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        assertTrue(robot.lookup("#" + InstructorConsole.ID).tryQuery().isEmpty(), "the console closes for the branch");
        assertEquals(0, FxglHarness.app().shell().curtainGame().world().turn);
        assertTrue(Files.isRegularFile(org.balancedrealism.io.SaveGames.fromSettings().fileFor("group B")));
    }

    /** A hosted game's clock as the console sees it. */
    private static final class FakeClock implements TurnControls {
        boolean paused;
        boolean forced;
        Duration extended = Duration.ZERO;

        @Override
        public boolean isPaused() {
            return paused;
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }

        @Override
        public long secondsLeft() {
            return paused ? -1 : 545;
        }

        @Override
        public void extend(Duration more) {
            extended = extended.plus(more);
        }

        @Override
        public void forceEndTurn() {
            forced = true;
        }

        @Override
        public List<SeatPresence> seats() {
            return List.of(new SeatPresence("AAA", "Alphaland", true, true, false),
                    new SeatPresence("BBB", "Betaland", false, false, false));
        }
    }
}
