package org.balancedrealism.ui.classroom;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.balancedrealism.net.ClassroomClient;
import org.balancedrealism.net.ClassroomHost;
import org.balancedrealism.net.RemoteSeatSession;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.balancedrealism.ui.testkit.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classroom in the real (headless) game: host a game from the main menu and see its join code; a student's
 * headless client joins a seat and the status screen shows it connected; the join form opens the normal game screen
 * for another seat, played through the host.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomJourneyTest {
    @RegisterExtension
    static final TestHome HOME = new TestHome("br-classroom-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static boolean seatReady(ClassroomClient c, String seat) {
        if (c.presence() == null) {
            return false;
        }
        for (var e : c.presence().getAsJsonArray("seats")) {
            var s = e.getAsJsonObject();
            if (s.get("seat").getAsString().equals(seat)) {
                return s.get("ready").getAsBoolean();
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    @Test
    void anInstructorHostsAStudentJoinsAndAnotherPlaysTheNormalGameScreen(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOST_CLASSROOM));
        FxglHarness.closeOverlays();
        ClassroomScreens classroom = FxglHarness.app().classroom();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.HOST_CLASSROOM));
        FxglHarness.waitFor(robot, "#" + HostSetup.ID);

        // nothing chosen: the reasons show, nothing starts
        robot.clickOn("#classroom-host-start");
        Label errors = robot.lookup("#classroom-host-errors").queryAs(Label.class);
        assertTrue(errors.getText().contains("Seat 1 has no state."), errors.getText());

        ComboBox<Object> s0 = robot.lookup("#classroom-host-state-0").queryAs(ComboBox.class);
        ComboBox<Object> s1 = robot.lookup("#classroom-host-state-1").queryAs(ComboBox.class);
        ComboBox<String> address = robot.lookup("#classroom-host-address").queryAs(ComboBox.class);
        assertFalse("0.0.0.0".equals(address.getValue()), "never every network unless asked for");
        robot.interact(() -> {
            s0.setValue(s0.getItems().get(0));
            s1.setValue(s1.getItems().get(1));
            address.setValue("127.0.0.1");
            robot.lookup("#classroom-host-port").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#classroom-host-start");
        FxglHarness.waitFor(robot, "#" + HostStatus.ID);
        ClassroomHost host = classroom.runningHost();
        assertNotNull(host);
        try {
            String code = robot.lookup("#classroom-host-code-0").queryAs(Label.class).getText();
            assertEquals(host.primary().code(), code, "the join code shows");
            assertTrue(robot.lookup("#classroom-host-notice").queryAs(Label.class).getText()
                    .contains("this computer only"), "the host says where it listens");
            String first = host.session().seats().get(0).stateId();
            String second = host.session().seats().get(1).stateId();

            // a student's headless client joins the first seat: the status screen shows it
            try (ClassroomClient student = ClassroomClient.join(host.joinAddress(), code, first, "")) {
                waitUntil(() -> robot.lookup("#classroom-seat-0-" + first).queryAs(Label.class).getText()
                        .contains("connected"));

                // the join form opens the normal game screen for the second seat, played through the host
                FxglHarness.closeOverlays();
                robot.clickOn("#" + MenuView.buttonId(MenuSlot.JOIN_CLASSROOM));
                FxglHarness.waitFor(robot, "#" + JoinForm.ID);
                robot.interact(() -> {
                    robot.lookup("#classroom-join-address").queryAs(TextField.class).setText(host.joinAddress());
                    robot.lookup("#classroom-join-code").queryAs(TextField.class).setText("nope");
                    robot.lookup("#classroom-join-seat").queryAs(TextField.class).setText(second);
                });
                robot.clickOn("#classroom-join-button");
                Label joinErrors = robot.lookup("#classroom-join-errors").queryAs(Label.class);
                waitUntil(() -> joinErrors.getText().contains("join code"));
                robot.interact(() -> robot.lookup("#classroom-join-code").queryAs(TextField.class)
                        .setText(code.toLowerCase()));
                robot.clickOn("#classroom-join-button");
                waitUntil(() -> FxglHarness.app().gameController() != null
                        && FxglHarness.app().gameController().seatSession() instanceof RemoteSeatSession);
                assertEquals(second, FxglHarness.app().gameController().view().me(), "the game screen is the seat's");
                assertTrue(student.await(c -> c.presence() != null && c.presence().toString().contains("\"seat\":\""
                        + second + "\",\"name\"") && c.presence().toString().contains("\"connected\":true"),
                        Duration.ofSeconds(20)));

                // private messages: the seat's own, in the Messages window its in-game menu offers
                assertTrue(FxglHarness.app().shell().gameMenu().has(MenuSlot.CLASSROOM_MESSAGES));
                ClassroomClient mine = ((RemoteSeatSession) FxglHarness.app().gameController().seatSession()).client();
                student.send(second, "Shall we talk before the summit?");
                FxglHarness.onFx(() -> {
                    classroom.openMessages(mine);
                    return null;
                });
                FxglHarness.waitFor(robot, "#" + MessagesWindow.ID);
                javafx.scene.control.ListView<String> list = robot.lookup("#classroom-messages-list")
                        .queryAs(javafx.scene.control.ListView.class);
                waitUntil(() -> list.getItems().stream().anyMatch(l -> l.contains("Shall we talk")));
                ComboBox<String> to = robot.lookup("#classroom-messages-to").queryAs(ComboBox.class);
                robot.interact(() -> {
                    to.setValue(first);
                    robot.lookup("#classroom-messages-text").queryAs(javafx.scene.control.TextArea.class)
                            .setText("Yes, at noon.");
                });
                robot.clickOn("#classroom-messages-send");
                assertTrue(student.await(c -> c.messages().stream().anyMatch(m -> m.text().equals("Yes, at noon.")),
                        Duration.ofSeconds(20)), "the answer reaches the other seat");
                FxglHarness.closeOverlays();

                // End turn says the seat is ready; a new order takes it back
                RemoteSeatSession remote = (RemoteSeatSession) FxglHarness.app().gameController().seatSession();
                FxglHarness.onFx(() -> {
                    FxglHarness.app().gameController().endTurn();
                    return null;
                });
                assertTrue(student.await(c -> seatReady(c, second), Duration.ofSeconds(20)), "the others see it ready");
                waitUntil(() -> !FxglHarness.app().gameController().isBusy());
                assertTrue(remote.plan(org.balancedrealism.engine.move.Move.of(
                        org.balancedrealism.engine.move.MoveKind.INVEST_HOME, second)).isEmpty());
                assertTrue(student.await(c -> !seatReady(c, second), Duration.ofSeconds(20)), "planning again");

                // both ready: the host resolves the turn and the game screen shows turn 1
                student.ready(true);
                FxglHarness.onFx(() -> {
                    FxglHarness.app().gameController().endTurn();
                    return null;
                });
                waitUntil(() -> FxglHarness.app().gameController().view().game().turn() == 1);
                assertEquals(1, host.session().world().turn);
                assertTrue(host.session().orderHistory().get(0).contains(org.balancedrealism.engine.move.Move.of(
                        org.balancedrealism.engine.move.MoveKind.INVEST_HOME, second)), "the joined seat's order played");
            }
        } finally {
            FxglHarness.leaveGame();
            FxglHarness.onFx(() -> {
                classroom.stopHosting();
                return null;
            });
        }
        assertTrue(Files.list(HOME.saves()).anyMatch(p -> p.getFileName().toString().startsWith("classroom-")),
                "stopping the host saved the game");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theInstructorOpensTheConsoleOfTheWorldHePicksAndItsTitleSaysWhichJoinCode(FxRobot robot) throws Exception {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOST_CLASSROOM));
        FxglHarness.closeOverlays();
        ClassroomScreens classroom = FxglHarness.app().classroom();
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.HOST_CLASSROOM));
        FxglHarness.waitFor(robot, "#" + HostSetup.ID);
        ComboBox<Object> s0 = robot.lookup("#classroom-host-state-0").queryAs(ComboBox.class);
        ComboBox<Object> s1 = robot.lookup("#classroom-host-state-1").queryAs(ComboBox.class);
        robot.interact(() -> {
            s0.setValue(s0.getItems().get(0));
            s1.setValue(s1.getItems().get(1));
            robot.lookup("#classroom-host-address").queryAs(ComboBox.class).setValue("127.0.0.1");
            robot.lookup("#classroom-host-port").queryAs(TextField.class).setText("0");
            robot.lookup("#classroom-host-worlds").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#classroom-host-start");
        FxglHarness.waitFor(robot, "#" + HostStatus.ID);
        ClassroomHost host = classroom.runningHost();
        try {
            assertEquals(2, host.games().size());
            String second = host.games().get(1).code();
            assertEquals(second, robot.lookup("#classroom-host-code-1").queryAs(Label.class).getText());

            // the second world's button opens the console on the second world, titled with its join code
            robot.interact(() -> robot.lookup("#classroom-host-console-1").queryAs(javafx.scene.control.Button.class)
                    .fire());
            FxglHarness.waitFor(robot, "#" + org.balancedrealism.ui.console.InstructorConsole.ID);
            String title = robot.lookup("#" + org.balancedrealism.ui.console.InstructorConsole.ID + " .screen-title")
                    .queryAs(Label.class).getText();
            assertTrue(title.contains("world 2") && title.contains(second), title);
            assertFalse(title.contains(host.games().get(0).code()), title);

            // its pace drives the second world's clock, not the first's
            javafx.scene.control.TabPane tabs = robot.lookup("#console-tabs").queryAs(javafx.scene.control.TabPane.class);
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "console-tab-pace".equals(t.getId())).findFirst().orElseThrow()));
            robot.interact(() -> robot.lookup("#console-pause").queryAs(javafx.scene.control.Button.class).fire());
            assertTrue(host.games().get(1).isPaused(), "the second world is paused");
            assertFalse(host.games().get(0).isPaused(), "the first world goes on");
        } finally {
            FxglHarness.closeOverlays();
            FxglHarness.onFx(() -> {
                classroom.stopHosting();
                return null;
            });
        }
    }
}
