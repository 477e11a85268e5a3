package org.balancedrealism.ui.tutorial;

import org.balancedrealism.text.Texts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.ui.game.GameController.TutorialSignals;

import java.util.Comparator;
import java.util.List;

/**
 * The coach of the guided first game: a narrow, non-modal column at the left edge of the game screen that says what
 * to do next and moves on when the player has done it (watched through {@link TutorialSignals}, never by ordering
 * anything itself). "Next" passes a step the coach cannot see or the player wants to pass; "Skip tutorial" hides it.
 * It listens to the signals (each is observable), so a step moves on in the same FX event as what the player did:
 * nothing depends on how often a timer fires.
 */
public final class TutorialCoach {
    public static final String ID = "tutorial-coach";

    private final TutorialSignals signals;
    private final ObjectProperty<TutorialStep> step = new SimpleObjectProperty<>(this, "step");
    private final VBox box = new VBox(8);
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button next = new Button(Texts.get("tutorial.next"));
    /** The turn when the End turn step began. */
    private int turnAtStep;
    /** The previews counted when the preview step began. */
    private int previewsAtStep;
    /** The reports closed before the turn whose report the report step waits for (set when End turn begins). */
    private int reportsBeforeTurn;
    private boolean closed;

    /** A coach from the first step (a new tutorial game). */
    public TutorialCoach(TutorialSignals signals) {
        this(signals, TutorialStep.SELECT_STATE);
    }

    /** A coach that starts at {@code first} (a tutorial game continued from a save: see {@link #resumeAt}). */
    public TutorialCoach(TutorialSignals signals, TutorialStep first) {
        this.signals = signals;
        box.setId(ID);
        box.setPadding(new Insets(12));
        // the game screen's dark theme, with a gold rule towards the map so the column reads as advice, not a pane;
        // widths and sizes in em, so the column grows with the player's text size (16em: 240 px at normal size)
        box.setStyle("-fx-background-color: #16243b; -fx-border-color: #c9a44c; -fx-border-width: 0 2 0 0;"
                + " -fx-pref-width: 16em; -fx-max-width: 16em;");
        counter.setId("tutorial-counter");
        counter.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #b8b09a;");
        title.setId("tutorial-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold; -fx-text-fill: #f1e3b8;");
        text.setId("tutorial-text");
        text.setWrapText(true);
        text.setStyle("-fx-text-fill: #ece6d6;");
        next.setId("tutorial-next");
        next.setOnAction(e -> advance());
        Button skip = new Button(Texts.get("tutorial.skip"));
        skip.setId("tutorial-skip");
        skip.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        skip.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, skip, gap, next);
        Label header = new Label(Texts.get("tutorial.header"));
        header.setStyle("-fx-font-size: 0.9em; -fx-font-weight: bold; -fx-text-fill: #c9a44c;");
        box.getChildren().addAll(header, counter, title, text, buttons);
        reportsBeforeTurn = signals.reportsRead().getValue().intValue();
        step.addListener((obs, old, now) -> enter(now));
        step.set(first);
        signals.view().addListener((obs, old, now) -> check());
        signals.selected().addListener((obs, old, now) -> check());
        signals.mode().addListener((obs, old, now) -> check());
        signals.previews().addListener((obs, old, now) -> check());
        signals.reportsRead().addListener((obs, old, now) -> check());
    }

    /**
     * Where the coach of a tutorial game continued from a save picks up, read from the game itself: before the
     * first turn ends, at the start; once it has ended, at the report the loaded game opens, then the coalition;
     * a game that is over says the tutorial is over.
     */
    public static TutorialStep resumeAt(SeatView v) {
        if (v == null || v.game().turn() == 0) {
            return TutorialStep.SELECT_STATE;
        }
        return v.game().over() ? TutorialStep.DONE : TutorialStep.READ_REPORT;
    }

    public Node node() {
        return box;
    }

    /** The step showing now (tests read it). */
    public ObjectProperty<TutorialStep> step() {
        return step;
    }

    /** Moves to the next step (the Next button). */
    public void advance() {
        if (step.get() == TutorialStep.DONE) {
            close();
        } else {
            step.set(step.get().next());
        }
    }

    private void close() {
        closed = true;
        box.setVisible(false);
        box.setManaged(false);
    }

    private void enter(TutorialStep now) {
        int n = now.ordinal() + 1;
        counter.setText(now == TutorialStep.DONE ? Texts.get("tutorial.finished")
                : Texts.get("tutorial.stepOf", n, TutorialStep.values().length - 1));
        title.setText(now.title());
        text.setText(now.text());
        next.setText(Texts.get(now == TutorialStep.DONE ? "tutorial.close" : "tutorial.next"));
        SeatView v = signals.view().getValue();
        turnAtStep = v == null ? 0 : v.game().turn();
        previewsAtStep = signals.previews().getValue().intValue();
        if (now == TutorialStep.END_TURN) {
            reportsBeforeTurn = signals.reportsRead().getValue().intValue();
        }
        check();
    }

    /** Whether the player has done what the step asks; moves on if so. */
    private void check() {
        SeatView v = signals.view().getValue();
        if (v == null || closed) {
            return;
        }
        boolean done = switch (step.get()) {
            case SELECT_STATE -> {
                String s = signals.selected().getValue();
                yield s != null && !s.equals(v.me());
            }
            case READ_THREAT -> signals.mode().getValue() != null && "threat".equals(signals.mode().getValue().id());
            case PREVIEW_MOVE -> signals.previews().getValue().intValue() > previewsAtStep;
            case END_TURN -> v.game().turn() > turnAtStep;
            // a report closed since the turn was ended: it was opened by that turn, or reopened and read
            case READ_REPORT -> signals.reportsRead().getValue().intValue() > reportsBeforeTurn;
            case SEE_COALITION -> {
                showCoalition(v);
                yield false;
            }
            case DONE -> false;
        };
        if (done) {
            advance();
        }
    }

    /** Once a coalition stands, says who joined against whom and why, in the game's own plain words. */
    private void showCoalition(SeatView v) {
        SeatView.CoalitionLine c = coalitionToShow(v);
        if (c == null) {
            return;
        }
        String target = name(v, c.target());
        String leader = name(v, c.leader());
        String why = c.plainWhy() == null || c.plainWhy().isBlank() ? c.why() : c.plainWhy();
        title.setText(Texts.get("tutorial.coalition.title"));
        text.setText(Texts.get("tutorial.coalition.text", leader, c.members().size(), target, why) + " "
                + Texts.get(c.target().equals(v.me()) ? "tutorial.coalition.you" : "tutorial.coalition.finish"));
    }

    private static SeatView.CoalitionLine coalitionToShow(SeatView v) {
        SeatView.Situation s = v.situation();
        List<String> near = s == null ? List.of()
                : java.util.stream.Stream.concat(s.neighbours().stream(), s.threats().stream()).toList();
        return coalitionToShow(v.coalitions(), v.me(), near);
    }

    /**
     * The coalition the coach tells about: the newest of those closest to the player — one the player is in or is
     * the target of, else one whose target or leader is {@code near} the player (a neighbour or a state it fears),
     * else any — or null when none stands.
     */
    public static SeatView.CoalitionLine coalitionToShow(List<SeatView.CoalitionLine> coalitions, String me,
                                                         java.util.Collection<String> near) {
        Comparator<SeatView.CoalitionLine> closestThenNewest = Comparator
                .comparingInt((SeatView.CoalitionLine c) -> -closeness(c, me, near))
                .thenComparing(Comparator.comparingInt(SeatView.CoalitionLine::formedTurn).reversed())
                .thenComparing(Comparator.comparingInt(SeatView.CoalitionLine::id).reversed());
        return coalitions.stream().min(closestThenNewest).orElse(null);
    }

    /** 2: it concerns me; 1: it concerns a state near me; 0: it is far away. */
    private static int closeness(SeatView.CoalitionLine c, String me, java.util.Collection<String> near) {
        if (c.target().equals(me) || c.hasMember(me)) {
            return 2;
        }
        return near.contains(c.target()) || near.contains(c.leader()) ? 1 : 0;
    }

    private static String name(SeatView v, String id) {
        SeatView.StateFigures s = v.state(id);
        return s == null ? id : s.name();
    }
}
