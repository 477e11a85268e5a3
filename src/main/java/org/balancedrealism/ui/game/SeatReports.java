package org.balancedrealism.ui.game;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.Inbox;
import org.balancedrealism.report.Offer;
import org.balancedrealism.report.ReportRanking;
import org.balancedrealism.report.TurnReport;
import org.balancedrealism.report.WorldFacts;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the player sees of their own situation: the ranked turn report, the inbox window, the briefing and goals,
 * and the strip under the map with the goal, score, wars and alarms. Everything it reads of the game goes through
 * the few methods under "reads", so they can be pointed at a per-seat view.
 */
public final class SeatReports {
    private final UiShell shell;
    private final GameSession session;
    private final Supplier<String> me;
    private final Consumer<List<String>> notifier;
    private final Runnable onOrdersChanged;
    private final Runnable refocus;
    private final SeatStatusStrip strip;
    private final Button inboxButton = new Button();

    /**
     * @param notifier        shows a line in the attention strip
     * @param onOrdersChanged refreshes what depends on the planned orders after an offer is answered
     * @param refocus         gives the keys back to the game screen once a window closes (Enter ends the turn)
     */
    public SeatReports(UiShell shell, GameSession session, Supplier<String> me, Consumer<List<String>> notifier,
                       Runnable onOrdersChanged, Runnable refocus) {
        this.shell = shell;
        this.session = session;
        this.me = me;
        this.notifier = notifier;
        this.onOrdersChanged = onOrdersChanged;
        this.refocus = refocus;
        this.strip = new SeatStatusStrip(this::openBriefing);
        inboxButton.setId("open-inbox");
        inboxButton.setFocusTraversable(false);
        inboxButton.setOnAction(e -> openInbox());
    }

    // ---- reads ----

    private World world() {
        return session.world();
    }

    private List<GameEvent> events(int turn) {
        return session.visibleEvents(me.get(), turn);
    }

    private List<Offer> offers() {
        return Inbox.offers(world(), session.inbox(me.get()));
    }

    // ---- nodes ----

    /** The strip under the map: goal, score and place, wars, alarms. */
    public Node strip() {
        return strip.node();
    }

    /** The top bar's inbox button ("Inbox (12)"). */
    public Button inboxButton() {
        return inboxButton;
    }

    public void refresh() {
        World w = world();
        String m = me.get();
        strip.show(WorldFacts.goals(w, m), WorldFacts.standing(w, m), WorldFacts.wars(w, m), WorldFacts.dangers(w, m));
        List<Offer> offers = offers();
        inboxButton.setText("Inbox (" + offers.size() + ")");
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
        if (turn <= 0) {
            return;
        }
        World w = world();
        String m = me.get();
        TurnReport report = ReportRanking.rank(WorldFacts.context(w, m), turn, events(turn));
        List<Alert> alerts = turn == w.turn ? WorldFacts.dangers(w, m) : List.of();
        // the report tells the events, the alarms and the inbox itself: only the session's own notices stay on top
        List<String> derived = attention(turn, List.of());
        List<String> own = notices.stream().filter(l -> !derived.contains(l)).toList();
        open(TurnReportView.create(report, w.dateLabel(turn), alerts, own,
                turn == w.turn ? Inbox.summary(offers()) : "", this::openInbox));
    }

    public void openInbox() {
        open(InboxWindow.create(session, me.get(), notifier, () -> {
            onOrdersChanged.run();
            refresh();
        }));
    }

    public void openBriefing() {
        World w = world();
        String m = me.get();
        open(BriefingWindow.create(shell.scenario(session.scenarioId()), w.name(w.indexOf(m)),
                "turn " + (w.turn + 1) + " of " + w.maxTurns + " · " + w.dateLabel(), WorldFacts.goals(w, m),
                WorldFacts.standing(w, m)));
    }

    /**
     * What the player must not miss after a turn, for the attention strip: the session's notices, coalitions
     * against them, wars and calls to arms, the alarms, and the inbox counted by kind.
     */
    public List<String> attention(int turn, List<String> notices) {
        String m = me.get();
        List<String> out = new ArrayList<>(notices);
        for (GameEvent e : events(turn)) {
            boolean aboutMe = e.concerns(m);
            if ((e.kind().equals("coalition-formed") || e.kind().equals("coalition-joined")) && m.equals(e.target())) {
                out.add(e.text());
            } else if (aboutMe && (ReportRanking.severity(e.kind()) <= 1 || e.kind().equals("call-to-arms")
                    || e.kind().equals("peace"))) {
                out.add(e.text());
            }
        }
        for (Alert a : WorldFacts.dangers(world(), m)) {
            out.add(a.text());
        }
        String inbox = Inbox.summary(offers());
        if (!inbox.isEmpty()) {
            out.add(inbox + " waiting in your inbox");
        }
        return out;
    }
}
