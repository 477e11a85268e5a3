package org.balancedrealism.ui.game;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.ui.UiShell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The side panel of the game screen: the selected state's figures, doctrine and alignment, its relations with me and
 * the threat factors behind them, the AI's recent decisions, the moves I can make toward it (each previewed before
 * it is ordered) and my planned orders (offers to me are answered in the {@link InboxWindow}). It reads the session
 * and submits moves; the rules stay in the engine.
 */
final class CountryPanel {
    /** Moves the panel offers with a single click (SET_BUDGET needs a figure: build-up and demobilise stand in). */
    private static final List<MoveKind> HIDDEN = List.of(MoveKind.SET_BUDGET, MoveKind.ACCEPT_PROPOSAL,
            MoveKind.REJECT_PROPOSAL);

    private final UiShell shell;
    private final GameSession session;
    private final Supplier<String> me;
    private final Consumer<List<String>> notifier;
    private final Runnable onOrdersChanged;
    private final VBox panel = new VBox(8);
    private String selected;
    private MoveKind previewing;

    /**
     * @param me              the state of the seat playing now (it changes between hot-seat turns)
     * @param notifier        shows lines in the notification bar
     * @param onOrdersChanged called when orders were planned or withdrawn (the top bar's action points change)
     */
    CountryPanel(UiShell shell, GameSession session, Supplier<String> me, Consumer<List<String>> notifier,
                 Runnable onOrdersChanged) {
        this.shell = shell;
        this.session = session;
        this.me = me;
        this.notifier = notifier;
        this.onOrdersChanged = onOrdersChanged;
        this.selected = me.get();
        panel.setId(GameController.PANEL_ID);
        panel.setPadding(new Insets(8));
        panel.setFillWidth(true);
    }


    /** The panel in its scroll pane, for the right side of the game screen. */
    Node node() {
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(400);
        scroll.setMinWidth(360);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    /** Shows {@code stateId} (null: my own state) and closes any open preview. */
    void select(String stateId) {
        selected = stateId == null ? me.get() : stateId;
        previewing = null;
        rebuild();
    }

    String selected() {
        return selected;
    }

    /** Closes the preview (a new turn) without rebuilding. */
    void closePreview() {
        previewing = null;
    }

    private static Label text(String s, String... classes) {
        return GameWindows.text(s, classes);
    }

    /** Rebuilds the panel from the world as it is now (a dead or unknown selection falls back to my state). */
    void rebuild() {
        World w = session.world();
        String mine = me.get();
        int m = w.indexOf(mine);
        int i = w.indexOf(selected);
        if (i < 0 || !w.nation(i).alive) {
            i = m;
            selected = mine;
        }
        Nation n = w.nation(i);
        List<Node> out = new ArrayList<>();
        Label title = text(n.name + (i == m ? " (you)" : ""), "screen-title");
        title.setId("panel-title");
        out.add(title);
        out.add(figures(w, i));
        out.add(text(GameWindows.cap(n.alignment.toString().toLowerCase(Locale.ROOT).replace('_', ' '))
                + " · doctrine: " + n.doctrine + " · " + n.regime.toString().toLowerCase(Locale.ROOT)));
        if (n.alignmentWhy != null && !n.alignmentWhy.isBlank()) {
            out.add(text("why: " + n.alignmentWhy, "muted"));
        }
        if (i != m) {
            out.addAll(relations(w, m, i));
            out.addAll(recentDecisions(w, i));
        }
        out.addAll(moves(w, m, i));
        out.addAll(planned(w));
        panel.getChildren().setAll(out);
    }

    /** The narratives of the AI's recent decisions for this state, newest first, with last turn's reasoning. */
    private List<Node> recentDecisions(World w, int i) {
        List<Node> out = new ArrayList<>();
        if (w.ai == null || w.nation(i).human) {
            return out;
        }
        String id = w.id(i);
        List<org.balancedrealism.model.AiNote> mine = new ArrayList<>();
        for (org.balancedrealism.model.AiNote note : w.ai.notes) {
            if (id.equals(note.state())) {
                mine.add(note);
            }
        }
        for (int k = w.ai.notable.size() - 1; k >= 0 && mine.size() < 5; k--) {
            org.balancedrealism.model.AiNote note = w.ai.notable.get(k);
            if (id.equals(note.state()) && mine.stream().noneMatch(x -> x.turn() == note.turn())) {
                mine.add(note);
            }
        }
        if (mine.isEmpty()) {
            return out;
        }
        Label heading = text("Its recent decisions", "section-title");
        heading.setId("panel-ai-decisions");
        out.add(heading);
        for (org.balancedrealism.model.AiNote note : mine) {
            Label line = text("T" + note.turn() + " · " + note.narrative(), "muted");
            line.getStyleClass().add("ai-narrative");
            if (!note.candidates().isEmpty()) {
                line.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", note.candidates())));
            }
            out.add(line);
        }
        return out;
    }

    private GridPane figures(World w, int i) {
        Nation n = w.nation(i);
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(2);
        g.setId("panel-figures");
        String[][] rows = {
                {"Power share", GameModes.pct(w.derived.power[i])},
                {"GDP", GameModes.money(n.gdp) + String.format(Locale.ROOT, " (%+.1f %%/yr)", 100 * n.growth)},
                {"Population", String.format(Locale.ROOT, "%.1f m", n.population)},
                {"Military", GameModes.money(n.military) + " · budget " + GameModes.pct(n.milexShare) + " of GDP"},
                {"Treasury", GameModes.money(n.treasury)},
                {"Soft power / stability", String.format(Locale.ROOT, "%.0f / %.0f", n.softPower, n.stability)},
                {"Nuclear", n.nuclear == 0 ? "none" : "level " + n.nuclear},
                {"Overreach", String.format(Locale.ROOT, "%.2f", w.derived.overreach[i])},
        };
        for (int r = 0; r < rows.length; r++) {
            g.add(text(rows[r][0], "muted"), 0, r);
            g.add(text(rows[r][1]), 1, r);
        }
        return g;
    }

    private List<Node> relations(World w, int m, int i) {
        List<Node> out = new ArrayList<>();
        out.add(text("Relations with you", "section-title"));
        out.add(text(String.format(Locale.ROOT, "Opinion of you %+.0f · trust %.2f", w.opinion.get(i, m),
                w.trust.get(i, m))));
        List<String> ties = new ArrayList<>();
        for (Treaty t : w.treaties) {
            if (t.between(i, m)) {
                ties.add(t.type().label());
            }
        }
        War war = w.warBetween(i, m);
        if (war != null) {
            ties.add(String.format(Locale.ROOT, "AT WAR (war score %+.0f)", war.warscore));
        }
        if (w.sanctions(m, i)) {
            ties.add("you sanction it");
        }
        if (w.sanctions(i, m)) {
            ties.add("it sanctions you");
        }
        Coalition against = w.coalitionAgainst(m);
        if (against != null && against.hasMember(i)) {
            ties.add("member of the coalition against you");
        }
        Label treaties = text(ties.isEmpty() ? "No treaties with you." : "With you: " + String.join(", ", ties));
        treaties.setId("panel-treaties");
        out.add(treaties);

        ThreatFactors f = Perception.factors(w, w.derived, i, m);
        Label threat = text(String.format(Locale.ROOT, "Threat it feels from you: %.2f", w.derived.threat(i, m)),
                "section-title");
        threat.setId("panel-threat");
        out.add(threat);
        out.add(text(String.format(Locale.ROOT,
                "• your power relative to it %.2f\n• proximity %.2f\n• offensive capability %.2f\n• intentions it reads in you %.2f%s",
                f.power(), f.proximity(), f.offence(), f.intentions(), f.allied() ? "\n• allied: threat × 0.3" : "")));
        Hyperlink why = new Hyperlink("why: security dilemma");
        why.setId("why-security-dilemma");
        why.setOnAction(e -> shell.openPrimer("security-dilemma"));
        out.add(why);
        out.add(text(String.format(Locale.ROOT, "Threat you feel from it: %.2f", w.derived.threat(m, i)), "muted"));
        return out;
    }

    /** The move of {@code kind} by me toward state {@code i}, or null when the panel cannot offer it. */
    static Move moveFor(World w, MoveKind kind, int m, int i) {
        String me = w.id(m);
        return switch (kind.target()) {
            case NONE -> i == m ? Move.of(kind, me) : null;
            case OTHER -> {
                if (i == m) {
                    yield null;
                }
                Move move = Move.of(kind, me, w.id(i));
                if (kind == MoveKind.ULTIMATUM || kind == MoveKind.INVADE) {
                    int home = w.territoryIndex(w.id(i));
                    if (home < 0 || w.territories[home].owner() != i) {
                        for (int t = 0; t < w.territories.length; t++) {
                            if (w.territories[t].owner() == i) {
                                home = t;
                                break;
                            }
                        }
                    }
                    if (home >= 0) {
                        move = move.withTerritory(w.territories[home].id());
                    }
                }
                yield move;
            }
            case WAR -> {
                if (i == m) {
                    yield null;
                }
                for (War war : w.wars) {
                    if (war.involves(i)) {
                        yield Move.of(kind, me, w.id(i)).withSubject(war.id);
                    }
                }
                yield Move.of(kind, me, w.id(i));
            }
            case PROPOSAL -> null;
        };
    }

    private static String moveId(MoveKind k) {
        return "move-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<Node> moves(World w, int m, int i) {
        List<Node> out = new ArrayList<>();
        Label head = text(i == m ? "Moves: your own state" : "Moves toward " + w.name(i), "section-title");
        head.setId("moves-title");
        out.add(head);
        out.add(text("Click a move to see what it would do before you order it. Action points left: "
                + session.actionPointsLeft(), "muted"));
        for (MoveCategory cat : MoveCategory.values()) {
            VBox group = new VBox(3);
            group.setId("moves-" + cat.name().toLowerCase(Locale.ROOT));
            for (MoveKind k : MoveKind.values()) {
                if (k.category() != cat || HIDDEN.contains(k)) {
                    continue;
                }
                Move move = moveFor(w, k, m, i);
                if (move == null) {
                    continue;
                }
                List<String> reasons = session.check(move);
                Button b = new Button(k.label());
                b.setId(moveId(k));
                b.setMaxWidth(Double.MAX_VALUE);
                b.setFocusTraversable(false);
                b.setDisable(!reasons.isEmpty());
                Tooltip tip = new Tooltip(k.description());
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                b.setTooltip(tip);
                b.setOnAction(e -> {
                    previewing = previewing == k ? null : k;
                    rebuild();
                });
                VBox row = new VBox(1, b);
                if (!reasons.isEmpty()) {
                    Label why = text("✗ " + String.join(" ", reasons), "muted");
                    why.setId(moveId(k) + "-why");
                    // a disabled button shows no tooltip: the row carries the reason too
                    Tooltip.install(row, new Tooltip(String.join("\n", reasons)));
                    row.getChildren().add(why);
                }
                group.getChildren().add(row);
                if (previewing == k && reasons.isEmpty()) {
                    group.getChildren().add(MovePreviewBox.of(session, w, move, () -> {
                        previewing = null;
                        rebuild();
                        onOrdersChanged.run();
                    }, () -> {
                        previewing = null;
                        rebuild();
                    }, notifier));
                }
            }
            if (!group.getChildren().isEmpty()) {
                out.add(text(GameWindows.cap(cat.name().toLowerCase(Locale.ROOT)), "muted"));
                out.add(group);
            }
        }
        return out;
    }

    private List<Node> planned(World w) {
        List<Node> out = new ArrayList<>();
        out.add(text("Orders this turn", "section-title"));
        VBox list = new VBox(3);
        list.setId("planned-orders");
        List<Move> orders = session.plannedOrders();
        for (int k = 0; k < orders.size(); k++) {
            Move mv = orders.get(k);
            int t = mv.target() == null ? -1 : w.indexOf(mv.target());
            Label l = text(mv.kind().label() + (t < 0 ? "" : " → " + w.name(t)));
            HBox.setHgrow(l, Priority.ALWAYS);
            l.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("✕");
            remove.setId("unplan-" + k);
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip("Withdraw this order"));
            int index = k;
            remove.setOnAction(e -> {
                session.unplan(index);
                rebuild();
                onOrdersChanged.run();
            });
            HBox row = new HBox(6, l, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        if (orders.isEmpty()) {
            list.getChildren().add(text("None yet. End the turn with Enter.", "muted"));
        }
        out.add(list);
        return out;
    }
}
