package org.balancedrealism.ui.classroom;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.balancedrealism.model.Message;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.hotseat.CurtainScreen;
import org.balancedrealism.ui.menu.MenuEntry;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hot-seat seats read their private messages in the same Messages window a joined seat has: the seat on turn reads
 * only what it sent or received (the instructor's to it included), writes to the other seats and the instructor, and
 * never sees a message between others.
 */
@ExtendWith(ApplicationExtension.class)
class HotSeatMessagesJourneyTest {
    @RegisterExtension
    static final TestHome HOME = new TestHome("br-hotseat-messages-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    private static void passTheCurtain(FxRobot robot, String to) {
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        assertTrue(robot.lookup("#curtain-pass-to").queryAs(Label.class).getText().startsWith("Pass to " + to));
        robot.clickOn("#curtain-ready");
        FxglHarness.waitForAbsence(robot, "#" + CurtainScreen.ID);
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
    }

    private static void openMessages(FxRobot robot) {
        MenuEntry entry = FxglHarness.app().shell().gameMenu().entries().stream()
                .filter(e -> e.slot() == MenuSlot.CLASSROOM_MESSAGES).findFirst().orElseThrow();
        robot.interact(() -> entry.action().run());
        FxglHarness.waitFor(robot, "#" + MessagesWindow.ID);
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#" + MessagesWindow.ID + " .screen-title").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#classroom-messages-list").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSeatOnTurnReadsOnlyItsOwnMessagesAndWritesToTheOthersAndTheInstructor(FxRobot robot) throws Exception {
        // the main menu first: FXGL has built its scenes by then (leaving a game before that fails)
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.closeOverlays();
        GameSession session = FxglHarness.onFx(() -> {
            GameSession s = FxglHarness.app().shell().sessions().hotSeat(TestScenarios.small("letters"), 5,
                    List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB"), Seat.human("Carol", "CCC")));
            s.setInstructor("chalk");
            SaveScreens.present(FxglHarness.app().shell(), s);
            return s;
        });
        Instructor instructor = new Instructor(session);
        assertTrue(instructor.message("AAA", "Alice, watch your southern border.").isEmpty());
        assertTrue(session.messages().send(1, "BBB", "CCC", "Bob and Carol, in secret.",
                List.of("AAA", "BBB", "CCC")).isEmpty());

        // Alice reads the instructor's word to her, not Bob's note to Carol, and writes to Bob
        passTheCurtain(robot, "Alice");
        assertTrue(FxglHarness.app().shell().gameMenu().has(MenuSlot.CLASSROOM_MESSAGES), "the in-game menu offers it");
        openMessages(robot);
        assertTrue(title(robot).contains(session.stateName("AAA")), title(robot));
        List<String> alice = lines(robot);
        assertTrue(alice.stream().anyMatch(l -> l.contains("southern border")), alice.toString());
        assertFalse(alice.stream().anyMatch(l -> l.contains("in secret")), "Alice never reads Bob's note to Carol");
        ComboBox<String> to = robot.lookup("#classroom-messages-to").queryAs(ComboBox.class);
        assertEquals(List.of(Message.INSTRUCTOR, "BBB", "CCC"), List.copyOf(to.getItems()), "not to herself");
        robot.interact(() -> {
            to.setValue("BBB");
            robot.lookup("#classroom-messages-text").queryAs(TextArea.class).setText("Bob, shall we talk?");
        });
        robot.clickOn("#classroom-messages-send");
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS,
                () -> lines(robot).stream().anyMatch(l -> l.contains("shall we talk")));
        robot.interact(() -> to.setValue(Message.INSTRUCTOR));
        robot.interact(() -> robot.lookup("#classroom-messages-text").queryAs(TextArea.class).setText("Noted, sir."));
        robot.clickOn("#classroom-messages-send");
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS,
                () -> session.messages().all().stream().anyMatch(m -> m.text().equals("Noted, sir.")
                        && m.from().equals("AAA") && m.to().equals(Message.INSTRUCTOR)));
        FxglHarness.closeOverlays();
        FxglHarness.onFx(() -> {
            FxglHarness.app().gameController().endTurn();
            return null;
        });

        // Bob reads Alice's question and his own note, never the instructor's word to Alice
        passTheCurtain(robot, "Bob");
        openMessages(robot);
        assertTrue(title(robot).contains(session.stateName("BBB")), title(robot));
        List<String> bob = lines(robot);
        assertTrue(bob.stream().anyMatch(l -> l.contains("shall we talk")), bob.toString());
        assertTrue(bob.stream().anyMatch(l -> l.contains("in secret")), bob.toString());
        assertFalse(bob.stream().anyMatch(l -> l.contains("southern border") || l.contains("Noted")),
                "Bob never reads what passed between Alice and the instructor: " + bob);
        assertEquals(List.of(Message.INSTRUCTOR, "AAA", "CCC"),
                List.copyOf(robot.lookup("#classroom-messages-to").queryAs(ComboBox.class).getItems()));
        FxglHarness.closeOverlays();
        FxglHarness.assertEngineRunning();
    }
}
