package org.balancedrealism.ui.hotseat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.saves.LoadScreen;
import org.balancedrealism.ui.saves.SaveDialog;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.balancedrealism.ui.testkit.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hot-seat and saves in the real (headless) game: setup → curtain → seats that keep their secrets; the load screen
 * on a temporary saves folder (a good save, a corrupt one, one made under other rules); the save dialog.
 */
@ExtendWith(ApplicationExtension.class)
class HotSeatJourneyTest {
    @RegisterExtension
    static final TestHome HOME = new TestHome("br-hotseat-home");

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    private static UiShell shell() {
        return FxglHarness.app().shell();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(FxglHarness.START_TIMEOUT_S, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static void toMainMenu(FxRobot robot) {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.closeOverlays();
    }

    @org.junit.jupiter.api.AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    @SuppressWarnings("unchecked")
    @Test
    void twoSeatsTakeTurnsBehindTheCurtainAndNeitherSeesTheOthersOrders(FxRobot robot) throws Exception {
        toMainMenu(robot);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.waitFor(robot, "#" + HotSeatSetup.ID);

        // Start with nothing filled in: the reasons are shown, nothing starts
        GameSession before = shell().runningGame();
        robot.clickOn("#hotseat-start");
        Label errors = robot.lookup("#hotseat-errors").queryAs(Label.class);
        assertTrue(errors.getText().contains("Seat 1 has no player name."), errors.getText());
        assertTrue(errors.getText().contains("Seat 2 has no state."), errors.getText());
        assertTrue(robot.lookup("#hotseat-remove-0").queryAs(Button.class).isDisabled(), "never fewer than two seats");

        ComboBox<HotSeatSetup.StateChoice> state0 = robot.lookup("#hotseat-state-0").queryAs(ComboBox.class);
        ComboBox<HotSeatSetup.StateChoice> state1 = robot.lookup("#hotseat-state-1").queryAs(ComboBox.class);
        assertTrue(state0.getItems().size() >= 2, "the scenario's states are offered");
        HotSeatSetup.StateChoice first = state0.getItems().get(0);
        HotSeatSetup.StateChoice second = state0.getItems().get(1);
        robot.interact(() -> {
            robot.lookup("#hotseat-name-0").queryAs(TextField.class).setText("Alice");
            robot.lookup("#hotseat-name-1").queryAs(TextField.class).setText("Bob");
            state0.setValue(first);
            state1.setValue(first);
        });
        assertTrue(errors.getText().contains(first.name() + " is chosen by two seats"), errors.getText());
        robot.interact(() -> {
            state1.setValue(second);
            robot.lookup("#hotseat-password-0").queryAs(PasswordField.class).setText("secret");
        });
        assertEquals("", errors.getText(), "the messages go once the seats are in order");
        assertSame(before, shell().runningGame(), "nothing started yet");

        // Start: the curtain for Alice covers everything before any map shows
        robot.clickOn("#hotseat-start");
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        FxglHarness.waitForAbsence(robot, "#" + HotSeatSetup.ID);
        assertEquals("Pass to Alice (" + first.name() + ")",
                robot.lookup("#curtain-pass-to").queryAs(Label.class).getText());
        Node curtain = robot.lookup("#" + CurtainScreen.ID).query();
        assertTrue(curtain.getBoundsInParent().getWidth() >= curtain.getScene().getWidth() - 1
                        && curtain.getBoundsInParent().getHeight() >= curtain.getScene().getHeight() - 1,
                "the curtain covers the whole window");
        assertSame(before, shell().runningGame(), "the game shows only after Ready");

        // a wrong password keeps the curtain down
        robot.interact(() -> robot.lookup("#curtain-password").queryAs(PasswordField.class).setText("guess"));
        robot.clickOn("#curtain-ready");
        assertTrue(robot.lookup("#curtain-message").queryAs(Label.class).getText().contains("not Alice's password"));
        assertTrue(robot.lookup("#" + CurtainScreen.ID).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#curtain-password").queryAs(PasswordField.class).setText("secret"));
        robot.clickOn("#curtain-ready");
        FxglHarness.waitForAbsence(robot, "#" + CurtainScreen.ID);
        waitUntil(() -> shell().runningGame() != before);
        GameSession session = shell().runningGame();
        assertEquals("Alice", session.currentSeat().name());
        assertEquals(first.id(), session.currentSeat().stateId());

        // Alice plans an order and ends her turn; the curtain passes to Bob
        Move order = Move.of(MoveKind.IMPROVE_RELATIONS, first.id(), second.id());
        List<String> refused = session.plan(order);
        assertTrue(refused.isEmpty(), "Alice's order is accepted: " + refused);
        var bobEventsBefore = session.visibleEvents(second.id());
        GameSession.SeatTurnEnd end = session.endSeatTurn();
        assertNull(end.resolved(), "the round goes on to Bob");
        assertEquals("Bob", end.next().name());
        AtomicBoolean bobReady = new AtomicBoolean();
        FxglHarness.onFx(() -> {
            shell().showCurtain(end.next(), () -> bobReady.set(true));
            return null;
        });
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        assertEquals("Pass to Bob (" + second.name() + ")",
                robot.lookup("#curtain-pass-to").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#curtain-password").tryQuery().isEmpty(), "Bob has no password");
        robot.clickOn("#curtain-ready");
        FxglHarness.waitForAbsence(robot, "#" + CurtainScreen.ID);
        assertTrue(bobReady.get());

        // Bob's view holds nothing of Alice's
        assertEquals("Bob", session.currentSeat().name());
        assertFalse(session.plannedOrders().contains(order), "Bob does not see Alice's planned order");
        assertTrue(session.plannedOrders().isEmpty());
        assertEquals(bobEventsBefore, session.visibleEvents(second.id()), "nothing of Alice's turn reaches Bob's log");
        FxglHarness.assertEngineRunning();
    }

    @Test
    void theLoadScreenListsSavesGreysOutACorruptOneAndOffersLoadAnywayForOtherRules(FxRobot robot) throws Exception {
        clearSaves();
        GameSession game = GameSession.start(Games.load("modern-world"), 11,
                List.of(Seat.human("Ann", "USA")), OrderSource.PASSIVE);
        SaveGames saves = new SaveGames(HOME.saves());
        game.save(saves, "good game");
        Files.writeString(HOME.saves().resolve("broken.json"), "{ this is not a save", StandardCharsets.UTF_8);
        Path other = game.save(saves, "other rules");
        JsonObject tree = JsonParser.parseString(org.balancedrealism.io.SaveFiles.text(other)).getAsJsonObject(); // saves are gzip-compressed
        tree.addProperty("rulesHash", "0000000000000000");
        Files.writeString(other, tree.toString(), StandardCharsets.UTF_8);
        byte[] otherBytes = Files.readAllBytes(other);

        toMainMenu(robot);
        robot.clickOn("#" + MenuView.buttonId(MenuSlot.LOAD_GAME));
        FxglHarness.waitFor(robot, "#" + LoadScreen.ID);
        @SuppressWarnings("unchecked")
        ListView<SaveGames.SaveInfo> list = robot.lookup("#save-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size(), "every file is listed");
        SaveGames.SaveInfo broken = list.getItems().stream().filter(i -> i.fileName().equals("broken.json"))
                .findFirst().orElseThrow();
        assertFalse(broken.readable());
        assertTrue(robot.lookup(".save-row-unreadable").tryQuery().isPresent(), "the corrupt file is greyed out");
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().equals(broken.error())).tryQuery().isPresent(), "its error line is shown");
        robot.interact(() -> list.getSelectionModel().select(broken));
        assertTrue(robot.lookup("#load-selected").queryAs(Button.class).isDisabled(), "a corrupt file cannot be loaded");

        // a save under other rules is refused with the reason, then loads anyway
        GameSession before = shell().runningGame();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(i -> i.fileName().equals("other rules.json")).findFirst().orElseThrow()));
        robot.clickOn("#load-selected");
        Label message = robot.lookup("#load-message").queryAs(Label.class);
        assertTrue(message.getText().contains("different rules"), message.getText());
        assertTrue(robot.lookup("#load-anyway").queryAs(Button.class).isVisible());
        assertSame(before, shell().runningGame(), "a refused save starts nothing");
        assertTrue(java.util.Arrays.equals(otherBytes, Files.readAllBytes(other)), "a refused file is not changed");
        robot.clickOn("#load-anyway");
        FxglHarness.waitForAbsence(robot, "#" + LoadScreen.ID);
        waitUntil(() -> shell().runningGame() != before);
        assertEquals("Ann", shell().runningGame().currentSeat().name());
        FxglHarness.assertEngineRunning();
    }

    @Test
    void theSaveDialogWritesAFileAndAsksBeforeOverwriting(FxRobot robot) throws Exception {
        clearSaves();
        GameSession game = GameSession.start(Games.load("modern-world"), 5,
                List.of(Seat.human("Ann", "USA"), Seat.human("Ben", "CHN")), OrderSource.PASSIVE);
        toMainMenu(robot);
        FxglHarness.onFx(() -> {
            shell().saveGame(game);
            return null;
        });
        FxglHarness.waitFor(robot, "#" + SaveDialog.ID);
        TextField name = robot.lookup("#save-name").queryAs(TextField.class);
        assertFalse(name.getText().isBlank(), "a name is suggested");
        robot.interact(() -> name.setText("bad/name"));
        robot.clickOn("#save-confirm");
        Label message = robot.lookup("#save-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("A save name may use"), message.getText());

        robot.interact(() -> name.setText("My hot-seat game"));
        robot.clickOn("#save-confirm");
        Path file = HOME.saves().resolve("My hot-seat game.json");
        // the dialog writes on a thread of its own and says so when the file is in place
        waitUntil(() -> message.getText().startsWith("Saved as"));
        assertTrue(Files.exists(file));
        assertEquals("Saved as My hot-seat game.json.", message.getText());
        assertEquals(2, new SaveGames(HOME.saves()).list().get(0).seats().size());
        robot.clickOn("#save-confirm");   // Done
        FxglHarness.waitForAbsence(robot, "#" + SaveDialog.ID);

        // the same name again: asked first, then overwritten
        long sizeBefore = Files.size(file);
        FxglHarness.onFx(() -> {
            shell().saveGame(game);
            return null;
        });
        FxglHarness.waitFor(robot, "#" + SaveDialog.ID);
        TextField again = robot.lookup("#save-name").queryAs(TextField.class);
        robot.interact(() -> again.setText("My hot-seat game"));
        robot.clickOn("#save-confirm");
        Label asked = robot.lookup("#save-message").queryAs(Label.class);
        assertTrue(asked.getText().contains("already exists"), asked.getText());
        assertEquals("Overwrite", robot.lookup("#save-confirm").queryAs(Button.class).getText());
        robot.clickOn("#save-confirm");
        waitUntil(() -> asked.getText().startsWith("Saved as"));
        assertNotNull(SaveGames.read(file, "check"));
        assertTrue(Files.size(file) > 0 && sizeBefore > 0);
        FxglHarness.closeOverlays();
        FxglHarness.assertEngineRunning();
    }

    private static void clearSaves() throws IOException {
        try (var files = Files.list(HOME.saves())) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }
}
