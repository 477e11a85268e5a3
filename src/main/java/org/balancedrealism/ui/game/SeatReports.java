package org.balancedrealism.ui.game;

import org.balancedrealism.text.Figures;
import org.balancedrealism.text.Texts;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.Inbox;
import org.balancedrealism.report.Offer;
import org.balancedrealism.report.ReportRanking;
import org.balancedrealism.report.TurnReport;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.List;

/**
 * What the player sees of their own situation: the ranked turn report, the inbox window, the briefing and goals,
 * and the strip under the map with the goal, score, wars and alarms. It reads only the seat's view
 * ({@link SeatView#situation()}, already read out of the world by the report package); answers to offers go through
 * the {@link GameViewState} to the session.
 */
public final class SeatReports {
    private final UiShell shell;
    private final GameViewState state;
    private final Runnable refocus;
    private final SeatStatusStrip strip;
    private final Button inboxButton = new Button();

    /**
     * @param refocus gives the keys back to the game screen once a window closes (Enter ends the turn)
     */
    SeatReports(UiShell shell, GameViewState state, Runnable refocus) {
        this.shell = shell;
        this.state = state;
        this.refocus = refocus;
        this.strip = new SeatStatusStrip(this::openBriefing, inboxButton);
        inboxButton.setId("open-inbox");
        inboxButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        inboxButton.setFocusTraversable(false);
        inboxButton.setOnAction(e -> openInbox());
        // the inbox reads the view of the seat playing: not while a turn changes it
        inboxButton.disableProperty().bind(state.resolving());
        state.view().addListener((obs, old, now) -> show(now));
        show(state.get());
    }

    /** The strip under the map: goal, score and place, wars, alarms. */
    public Node strip() {
        return strip.node();
    }

    private void show(SeatView v) {
        if (v == null) {
            return;
        }
        SeatView.Situation s = v.situation();
        strip.show(s.goals(), s.standing(), s.myWars(), s.dangers());
        List<Offer> offers = s.offers();
        inboxButton.setText(Texts.get("inbox.button", offers.size()));
        inboxButton.setTooltip(offers.isEmpty() ? null : new Tooltip(Inbox.summary(offers)));
    }

    // ---- windows ----

    /** Opens a window; when it closes (Esc or Close) the keys go back to the game screen. */
    private void open(ScreenFrame frame) {
        frame.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) {
                Platform.runLater(() -> {
                    if (shell.screens().top() == null) {
                        refocus.run();
                    }
                });
            }
        });
        shell.screens().open(frame);
    }

    /** The ranked report of a turn, with the seat's alarms and the session's notices at the top. */
    public void openReport(int turn, List<String> notices) {
        SeatView v = state.get();
        if (turn <= 0 || v == null) {
            return;
        }
        SeatView.Situation s = v.situation();
        boolean last = turn == v.game().turn();
        TurnReport report = ReportRanking.rank(s.context(v.me()), turn, v.eventsOf(turn));
        List<Alert> alerts = last ? s.dangers() : List.of();
        // the report tells the events, the alarms and the inbox itself: only the session's own notices stay on top
        List<String> own = notices.stream().filter(l -> !v.attention().contains(l)).toList();
        ScreenFrame frame = TurnReportView.create(report, v.game().dateLabel(), alerts, own,
                last ? Inbox.summary(s.offers()) : "", this::openInbox);
        frame.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && now == null) {
                state.reportsRead().set(state.reportsRead().get() + 1);
            }
        });
        open(frame);
    }

    public void openInbox() {
        // the inbox opens on the session's latest view (cheap: the session keeps the view it made)
        state.publish();
        open(InboxWindow.create(state));
    }

    public void openBriefing() {
        SeatView v = state.get();
        if (v == null) {
            return;
        }
        SeatView.Game g = v.game();
        open(BriefingWindow.create(shell.scenario(g.scenarioId()), v.mine().name(),
                Texts.get("briefing.turnLine", g.turn() + 1, g.maxTurns(), Figures.month(g.dateLabel())), v.situation().goals(),
                v.situation().standing()));
    }
}
