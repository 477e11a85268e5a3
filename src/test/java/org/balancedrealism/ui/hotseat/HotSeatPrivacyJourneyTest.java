package org.balancedrealism.ui.hotseat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameWindows;
import org.balancedrealism.ui.map.MapView;
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

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hot-seat privacy on the real game screen: when the second seat's turn opens, nothing of the first seat's shows —
 * not its selected state, its camera, its warnings and counts, nor its report; the second seat's report opens at its
 * own turn.
 */
@ExtendWith(ApplicationExtension.class)
class HotSeatPrivacyJourneyTest {

    @RegisterExtension
    static final TestHome HOME = new TestHome("br-privacy-home");

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

    private static MapView map() {
        return FxglHarness.app().gameScreen().mapView();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertFalse(b.isDisable(), query + " is enabled");
        robot.interact(b::fire);
    }

    private static void passTheCurtain(FxRobot robot, String to) {
        FxglHarness.waitFor(robot, "#" + CurtainScreen.ID);
        assertTrue(text(robot, "#curtain-pass-to").startsWith("Pass to " + to), text(robot, "#curtain-pass-to"));
        robot.clickOn("#curtain-ready");
        FxglHarness.waitForAbsence(robot, "#" + CurtainScreen.ID);
    }

    private static void endTurn(FxRobot robot) {
        FxglHarness.onFx(() -> {
            controller().endTurn();
            return null;
        });
    }

    /** Orders a move toward {@code target} through the side panel: select, preview, order. */
    private static void order(FxRobot robot, String target, String moveId) {
        robot.interact(() -> map().select(target));
        FxglHarness.waitFor(robot, "#panel-threat");
        press(robot, "#" + moveId);
        FxglHarness.waitFor(robot, "#move-preview");
        press(robot, "#plan-move");
        FxglHarness.waitForAbsence(robot, "#move-preview");
    }

    /** The top of the report: alarms (labels) and the inbox (a button). */
    private static List<String> reportNotices(FxRobot robot) {
        return robot.lookup("#report-notices").tryQuery()
                .map(n -> ((VBox) n).getChildren().stream().map(l -> ((Labeled) l).getText().replaceFirst("^⚠ ", ""))
                        .collect(Collectors.toList()))
                .orElse(List.of());
    }

    /** What the top of a seat's report says: its own alarms and its own inbox, nobody else's. */
    private static List<String> expectedNotices(SeatView v) {
        List<String> out = new java.util.ArrayList<>(v.situation().dangers().stream()
                .map(org.balancedrealism.report.Alert::text).toList());
        String inbox = org.balancedrealism.report.Inbox.summary(v.situation().offers());
        if (!inbox.isEmpty()) {
            out.add("Waiting in your inbox: " + inbox + " — open the inbox");
        }
        return out;
    }

    /** Each seat's first turn opens on the scenario's briefing, addressed to that seat's state; read, then closed. */
    private static void readOwnBriefing(FxRobot robot, String stateName) {
        javafx.scene.Node briefing = FxglHarness.waitFor(robot, "#" + org.balancedrealism.ui.game.BriefingWindow.ID);
        List<String> texts = robot.from(briefing).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains(stateName)), "the briefing is " + stateName + "'s: " + texts);
        FxglHarness.closeOverlays();
    }

    private record Camera(double scale, double x, double y) {
    }

    private static Camera camera() {
        return FxglHarness.onFx(() -> new Camera(map().getScale(), map().getOffsetX(), map().getOffsetY()));
    }

    @Test
    void theSecondSeatsTurnShowsNothingOfTheFirstSeats(FxRobot robot) {
        FxglHarness.leaveGame();
        FxglHarness.waitFor(robot, "#" + MenuView.buttonId(MenuSlot.HOT_SEAT));
        FxglHarness.closeOverlays();
        FxglHarness.onFx(() -> {
            GameSession s = FxglHarness.app().shell().sessions().hotSeat(TestScenarios.small("privacy"), 7,
                    List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "BBB")));
            SaveScreens.present(FxglHarness.app().shell(), s);
            return null;
        });
        passTheCurtain(robot, "Alice");
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        GameSession session = controller().session();
        assertTrue(session.autosaves(), "a hot-seat game autosaves");
        assertTrue(text(robot, "#panel-title").startsWith("Alphaland"), "Alice's turn opens on her own state");
        readOwnBriefing(robot, "Alphaland");

        // Alice has nothing to do on turn 1; Bob offers her an alliance, looking at her from close by
        endTurn(robot);
        passTheCurtain(robot, "Bob");
        assertTrue(text(robot, "#panel-title").startsWith("Betaland"), "Bob's first turn opens on his own state");
        readOwnBriefing(robot, "Betaland");
        order(robot, "AAA", "move-propose-alliance");
        robot.interact(() -> map().zoomAt(1.6, 200, 200));
        Camera bobCamera = camera();
        endTurn(robot);

        // the turn resolves; Alice's turn: her report, her offer, and then she looks elsewhere and orders
        passTheCurtain(robot, "Alice");
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        SeatView alice = controller().view();
        assertEquals("AAA", alice.me());
        assertTrue(alice.inbox().stream().anyMatch(o -> o.from().equals("BBB")), "Bob's offer waits for Alice");
        assertEquals(expectedNotices(alice), reportNotices(robot), "Alice's report warns of her own things");
        assertTrue(robot.lookup("#" + org.balancedrealism.ui.game.BriefingWindow.ID).tryQuery().isEmpty(),
                "the briefing opens on a seat's first turn only");
        FxglHarness.closeOverlays();
        order(robot, "CCC", "move-improve-relations");
        robot.interact(() -> map().zoomAt(2.5, 500, 300));
        Camera aliceCamera = camera();
        assertNotEquals(bobCamera, aliceCamera);
        String alicePoints = text(robot, "#status-ap");
        endTurn(robot);

        // Bob's turn: his report opens at his turn, and nothing on screen is Alice's
        passTheCurtain(robot, "Bob");
        FxglHarness.waitFor(robot, "#" + GameWindows.REPORT_ID);
        SeatView bob = controller().view();
        assertEquals("BBB", bob.me());
        assertEquals(expectedNotices(bob), reportNotices(robot), "Bob's report warns of his own things only");
        assertTrue(bob.inbox().stream().noneMatch(o -> o.from().equals("BBB")), "Bob's inbox holds not his own offer");
        FxglHarness.closeOverlays();

        assertEquals("AAA", map().getSelected(), "Bob's selection is the one he left, not Alice's (Gammaland)");
        assertTrue(text(robot, "#panel-title").startsWith("Alphaland"), text(robot, "#panel-title"));
        assertEquals(bobCamera, camera(), "Bob's camera is where he left it");
        List<String> bobStrip = robot.lookup("#notifications")
                .queryAs(org.balancedrealism.ui.game.WarningStrip.class).warnings();
        assertEquals(bob.attention(), bobStrip, "the warning strip is Bob's");
        int full = bob.mine().actionPoints();
        assertEquals("Action points " + full + " / " + full, text(robot, "#status-ap"),
                "Bob's action points are untouched by Alice's order");
        assertNotEquals(alicePoints, text(robot, "#status-ap"));
        assertTrue(bob.planned().isEmpty());
        assertEquals(1, robot.lookup("#planned-orders").queryAs(VBox.class).getChildren().size());
        assertTrue(text(robot, "#planned-orders .label").startsWith("None yet"), "no order of Alice's shows");
        FxglHarness.assertEngineRunning();
    }
}
