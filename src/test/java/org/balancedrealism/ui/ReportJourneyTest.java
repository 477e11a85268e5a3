package org.balancedrealism.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.ui.game.BriefingWindow;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.InboxWindow;
import org.balancedrealism.ui.game.TurnReportView;
import org.balancedrealism.ui.testkit.FxglHarness;
import org.balancedrealism.ui.testkit.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the player sees of their own game: the briefing and goals, the ranked report, the inbox window. */
@ExtendWith(ApplicationExtension.class)
class ReportJourneyTest {

    @Start
    void start(Stage stage) {
        FxglHarness.install(stage);
    }

    @AfterEach
    void leaveTheGame() {
        FxglHarness.leaveGame();
    }

    /** A campaign as Alphaland on the small test world, the scenario changed first. */
    private static GameSession startGame(FxRobot robot, Consumer<Scenario> change) throws Exception {
        FxglHarness.waitFor(robot, "#" + GameSceneFactory.MAIN_MENU_ID);
        FxglHarness.closeOverlays();
        Games.Loaded loaded = TestScenarios.small("report-journey");
        change.accept(loaded.scenario());
        UiShell shell = FxglHarness.app().shell();
        GameSession session = shell.sessions().campaign(loaded, 7, List.of("AAA"));
        robot.interact(() -> shell.startGame(session));
        FxglHarness.waitFor(robot, "#" + GameController.PANEL_ID);
        // a campaign opens on its briefing
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        return session;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void press(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryAs(Button.class);
        assertTrue(b.isVisible() && !b.isDisable(), query + " can be pressed");
        robot.interact(b::fire);
    }

    private static Scenario.ObjectiveSpec objective() {
        Scenario.ObjectiveSpec o = new Scenario.ObjectiveSpec();
        o.nation = "AAA";
        o.id = "aaa-rise";
        o.type = "power-share";
        o.threshold = 0.9;
        o.noCoalitionTurns = 8;
        o.text = "Reach 90% of world power with no coalition against you for 8 turns";
        return o;
    }

    @Test
    void theBriefingOpensOnTurnOneAndTheObjectiveStaysInViewWithTheScore(FxRobot robot) throws Exception {
        startGame(robot, s -> s.objectives.add(objective()));
        assertEquals("• Reach 90% of world power with no coalition against you for 8 turns",
                text(robot, "#objective-aaa-rise"));
        assertTrue(text(robot, "#briefing-score").startsWith("Score "), text(robot, "#briefing-score"));
        FxglHarness.closeOverlays();

        // in view on the game screen, with its progress, and the score and place beside it
        String goal = text(robot, "#goal-line");
        assertTrue(goal.startsWith("Goal: Reach 90% of world power"), goal);
        assertTrue(goal.contains("held 0 of 8 turns"), goal);
        assertTrue(robot.lookup("#goal-line").query().isVisible());
        assertTrue(text(robot, "#score-line").matches("Score -?[0-9.]+ · [0-9]+(st|nd|rd|th) of 4"),
                text(robot, "#score-line"));
        robot.clickOn("#open-goals");
        FxglHarness.waitFor(robot, "#" + BriefingWindow.ID);
        FxglHarness.closeOverlays();
    }

    @Test
    void myAnnexationOpensTheRankedReportAndTheRoutineIsFolded(FxRobot robot) throws Exception {
        startGame(robot, s -> {
            Scenario.EventSpec e = new Scenario.EventSpec();
            e.id = "annex-tinyland";
            e.turn = 1;
            e.visibility = "all";
            e.text = "Alphaland annexes Tinyland";
            e.act = new Scenario.ActSpec();
            e.act.actor = "AAA";
            e.act.victim = "TNY";
            e.act.severity = 40.0;
            e.act.kind = "annexation";
            s.events.add(e);
        });
        FxglHarness.closeOverlays();
        robot.type(KeyCode.ENTER);
        FxglHarness.waitFor(robot, "#" + TurnReportView.ID);
        VBox mine = robot.lookup("#" + TurnReportView.MINE_ID).queryAs(VBox.class);
        assertEquals("• Alphaland annexes Tinyland", ((Label) mine.getChildren().get(0)).getText(),
                "the annexation leads the first section");
        assertTrue(robot.lookup("#report-section-me").queryAs(TitledPane.class).isExpanded());
        assertFalse(robot.lookup("#report-section-routine").queryAs(TitledPane.class).isExpanded(),
                "the routine is folded away");
        FxglHarness.closeOverlays();
    }

    @Test
    void theInboxAcceptsTheRightOfferAfterOthersAreAnsweredAndNoRowMoves(FxRobot robot) throws Exception {
        GameSession session = startGame(robot, s -> { });
        FxglHarness.closeOverlays();
        int[] ids = FxglHarness.onFx(() -> {
            World w = session.world();
            int me = w.indexOf("AAA");
            int[] out = new int[4];
            String[] from = {"BBB", "CCC", "TNY", "CCC"};
            ProposalKind[] kinds = {ProposalKind.ALLIANCE, ProposalKind.ALLIANCE, ProposalKind.TRADE, ProposalKind.TRADE};
            for (int k = 0; k < 4; k++) {
                Proposal p = new Proposal(w.nextId(), kinds[k], w.indexOf(from[k]), me, w.turn, -1, null);
                w.proposals.add(p);
                out[k] = p.id();
            }
            session.forgetView(); // the offers were put into the world behind the session's back
            return out;
        });
        int bbbAlliance = ids[0];
        int cccAlliance = ids[1];
        int tnyTrade = ids[2];
        int cccTrade = ids[3];
        robot.clickOn("#open-inbox");
        FxglHarness.waitFor(robot, "#" + InboxWindow.ID);
        assertEquals("3 turns left to answer", text(robot, "#offer-expiry-" + cccAlliance));
        Node target = robot.lookup("#offer-" + cccAlliance).query();
        double y = FxglHarness.onFx(() -> target.localToScene(0, 0).getY());

        press(robot, "#reject-" + bbbAlliance);
        press(robot, "#accept-" + tnyTrade);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(y, FxglHarness.onFx(() -> target.localToScene(0, 0).getY()), 0.01,
                "answering other offers does not move this one");
        assertTrue(text(robot, "#offer-state-" + bbbAlliance).startsWith("✘ Rejected"));
        press(robot, "#accept-" + cccAlliance);
        // reject the rest of the trade offers: the one accepted stays accepted
        press(robot, "#reject-all-trade");
        assertTrue(text(robot, "#offer-state-" + cccAlliance).startsWith("✔ Accepted"));
        assertTrue(text(robot, "#offer-state-" + tnyTrade).startsWith("✔ Accepted"));
        assertTrue(text(robot, "#offer-state-" + cccTrade).startsWith("✘ Rejected"));

        List<Move> orders = FxglHarness.onFx(session::plannedOrders);
        assertTrue(orders.contains(Move.of(MoveKind.ACCEPT_PROPOSAL, "AAA", "CCC").withSubject(cccAlliance)), orders.toString());
        assertTrue(orders.contains(Move.of(MoveKind.REJECT_PROPOSAL, "AAA", "BBB").withSubject(bbbAlliance)), orders.toString());
        assertEquals(4, orders.size(), orders.toString());

        // the answers are carried out when the turn ends
        FxglHarness.closeOverlays();
        robot.type(KeyCode.ENTER);
        FxglHarness.waitFor(robot, "#" + TurnReportView.ID);
        FxglHarness.closeOverlays();
        World w = FxglHarness.onFx(session::world);
        assertTrue(w.hasTreaty(TreatyType.ALLIANCE, w.indexOf("AAA"), w.indexOf("CCC")), "the offer accepted");
        assertFalse(w.hasTreaty(TreatyType.ALLIANCE, w.indexOf("AAA"), w.indexOf("BBB")), "the offer rejected");
    }
}
