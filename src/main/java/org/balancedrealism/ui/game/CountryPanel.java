package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
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
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.ai.Explain;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.ui.UiShell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The side panel of the game screen: the selected state's figures, doctrine and alignment, its relations with me and
 * the threat factors behind them, the AI's recent decisions, the moves I can make toward it (each previewed before
 * it is ordered) and my planned orders (offers to me are answered in the {@link InboxWindow}). It reads only the
 * seat's view; moves go through the {@link GameViewState} to the session.
 */
final class CountryPanel {
    /** Moves the panel offers with a single click (SET_BUDGET needs a figure: build-up and demobilise stand in). */
    private static final List<MoveKind> HIDDEN = List.of(MoveKind.SET_BUDGET, MoveKind.ACCEPT_PROPOSAL,
            MoveKind.REJECT_PROPOSAL);

    private final UiShell shell;
    private final GameViewState state;
    private final VBox panel = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(panel);
    private MoveKind previewing;
    /** The war aims and peace terms chosen while an invasion or a peace offer is previewed. */
    private final WarAims aims;
    /** Shows a territory chosen as a war aim on the map. */
    private final Consumer<String> highlight;

    CountryPanel(UiShell shell, GameViewState state, Function<String, String> territoryName,
                 Consumer<String> highlight) {
        this.shell = shell;
        this.state = state;
        this.aims = new WarAims(territoryName);
        this.highlight = highlight;
        panel.setId(GameController.PANEL_ID);
        panel.setPadding(new Insets(8));
        panel.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(400);
        scroll.setMinWidth(360);
        scroll.getStyleClass().add("side-panel");
        // nothing here may order or re-read while a turn resolves
        panel.disableProperty().bind(state.resolving());
        state.view().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.me().equals(now.me()) || old.game().turn() != now.game().turn()) {
                previewing = null;
                aims.reset();
            }
            rebuild();
        });
        state.selected().addListener((obs, old, now) -> {
            previewing = null;
            aims.reset();
            rebuild();
            // a new state opens at its name, not wherever the last one was scrolled to
            scroll.setVvalue(scroll.getVmin());
        });
    }

    /** The panel in its scroll pane, for the right side of the game screen. */
    Node node() {
        return scroll;
    }

    /**
     * A map click on {@code countryId} while an invasion of its holder is previewed makes it the war aim (the map's
     * selection already shows it).
     */
    void mapClicked(String countryId) {
        SeatView v = state.get();
        if (v == null || previewing != MoveKind.INVADE) {
            return;
        }
        SeatView.StateFigures target = v.state(selected());
        Move invasion = target == null ? null : moveFor(MoveKind.INVADE, v.me(), target);
        if (invasion != null && aims.aimAt(v, invasion, countryId, this::legal)) {
            rebuild();
        }
    }

    private boolean legal(Move move) {
        return state.check(move).isEmpty();
    }

    /** The state shown (my own when nothing else is). */
    String selected() {
        String s = state.selected().get();
        return s == null ? state.me() : s;
    }

    private static Label text(String s, String... classes) {
        return GameWindows.text(s, classes);
    }

    /** Rebuilds the panel from the view (a dead or unknown selection falls back to my state). */
    void rebuild() {
        SeatView v = state.get();
        if (v == null) {
            return;
        }
        String mine = v.me();
        SeatView.StateFigures n = v.state(selected());
        if (n == null || !n.alive()) {
            n = v.mine();
        }
        boolean self = n.id().equals(mine);
        List<Node> out = new ArrayList<>();
        Label title = text(self ? Texts.get("panel.you", n.name()) : n.name(), "screen-title");
        title.setId("panel-title");
        out.add(title);
        out.add(figures(v, n));
        Label stance = text(Texts.get("panel.stance", GameWindows.cap(stanceWord("alignment", n.alignment())),
                stanceWord("doctrine", n.doctrine()), stanceWord("regime", n.regime())));
        stance.setId("panel-stance");
        if (!n.alignmentWhy().isBlank()) {
            // the rule that set the stance, with its figures ("threat 0.51 from Russia; latent ratio 0.56…")
            stance.setTooltip(PlainWords.tip(Texts.get("panel.why", n.alignmentWhy())));
        }
        out.add(stance);
        if (!self) {
            out.addAll(relations(v, n));
            out.addAll(recentDecisions(v, n));
        }
        out.addAll(moves(v, n));
        out.addAll(planned(v));
        panel.getChildren().setAll(out);
    }

    /** The narratives of the AI's recent decisions for this state, newest first, with their candidates. */
    private List<Node> recentDecisions(SeatView v, SeatView.StateFigures n) {
        List<Node> out = new ArrayList<>();
        List<AiNote> notes = n.human() ? List.of() : v.aiNotes().of(n.id()); // written now, this state's only
        if (notes.isEmpty()) {
            return out;
        }
        Label heading = text(Texts.get("panel.recentDecisions"), "section-title");
        heading.setId("panel-ai-decisions");
        out.add(heading);
        for (AiNote note : notes) {
            Label line = text(Texts.get("panel.turnNote", note.turn(), Explain.plain(note, id -> {
                SeatView.StateFigures s = v.state(id);
                return s == null ? null : s.name();
            })), "muted");
            line.getStyleClass().add("ai-narrative");
            List<String> figures = new ArrayList<>();
            figures.add(note.narrative());
            figures.addAll(note.candidates());
            line.setTooltip(PlainWords.tip(String.join("\n", figures)));
            out.add(line);
        }
        return out;
    }

    private GridPane figures(SeatView v, SeatView.StateFigures n) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(2);
        g.setId("panel-figures");
        OverreachGauge overreach = OverreachGauge.of(v, n.id());
        String[][] rows = {
                {Texts.get("panel.powerShare"), GameModes.pct(n.power())},
                {Texts.get("panel.gdp"), Texts.get("panel.gdp.value", GameModes.money(n.gdp()),
                        Figures.signedPercent(n.growth(), 1))},
                {Texts.get("panel.population"), Figures.population(n.population())},
                {Texts.get("panel.forces"), Texts.get("panel.forces.value", GameModes.money(n.military()),
                        GameModes.pct(n.milexShare()))},
                {Texts.get("panel.treasury"), GameModes.money(n.treasury())},
                {Texts.get("panel.softPowerStability"), Figures.number(n.softPower(), 0) + " / "
                        + Figures.number(n.stability(), 0)},
                {Texts.get("panel.nuclear"), n.nuclear() == 0 ? Texts.get("panel.nuclear.none")
                        : Texts.get("panel.nuclear.level", n.nuclear())},
                {Texts.get("panel.overreach"), overreach.words()},
        };
        for (int r = 0; r < rows.length; r++) {
            Label name = text(rows[r][0], "muted");
            Label value = text(rows[r][1]);
            if (r == 3) { // forces
                value.setTooltip(PlainWords.tip(PlainWords.forcesWhy(n)));
            } else if (r == rows.length - 1) { // overreach
                value.setTooltip(PlainWords.tip(overreach.figures()));
            }
            g.add(name, 0, r);
            g.add(value, 1, r);
        }
        return g;
    }

    private List<Node> relations(SeatView v, SeatView.StateFigures n) {
        SeatView.Relation r = v.relations().get(n.index());
        List<Node> out = new ArrayList<>();
        out.add(text(Texts.get("panel.relations"), "section-title"));
        Label opinion = text(Texts.get("panel.opinion", PlainWords.opinion(r.opinionOfMe()), PlainWords.trust(r.trustInMe())));
        opinion.setId("panel-opinion");
        opinion.setTooltip(PlainWords.tip(Texts.get("panel.opinion.figures", Figures.signed(r.opinionOfMe(), 0),
                Figures.number(r.trustInMe(), 2))));
        out.add(opinion);
        List<String> ties = r.ties();
        Label treaties = text(ties.isEmpty() ? Texts.get("panel.noTreaties") : Texts.get("panel.treaties", String.join(", ", ties)));
        treaties.setId("panel-treaties");
        out.add(treaties);

        Label threat = text(Texts.get("panel.threat"), "section-title");
        threat.setId("panel-threat");
        out.add(threat);
        ThreatFactors f = r.factors();
        if (f != null) {
            Label threatWhy = text(PlainWords.threatSentence(v, false, r.threatItFeels(), f));
            threatWhy.setId("panel-threat-why");
            threatWhy.setTooltip(PlainWords.tip(PlainWords.threatFigures(r.threatItFeels(), f)));
            out.add(threatWhy);
        }
        Hyperlink why = new Hyperlink(Texts.get("panel.whySecurityDilemma"));
        why.setId("why-security-dilemma");
        why.setOnAction(e -> shell.openPrimer("security-dilemma"));
        out.add(why);
        ThreatFactors back = r.factorsIFeel();
        if (back != null) {
            Label felt = text(PlainWords.threatSentence(v, true, r.threatIFeel(), back), "muted");
            felt.setTooltip(PlainWords.tip(PlainWords.threatFigures(r.threatIFeel(), back)));
            out.add(felt);
        }
        return out;
    }

    /** The move of {@code kind} by me toward {@code target}, or null when the panel cannot offer it. */
    static Move moveFor(MoveKind kind, String me, SeatView.StateFigures target) {
        boolean self = target.id().equals(me);
        return switch (kind.target()) {
            case NONE -> self ? Move.of(kind, me) : null;
            case OTHER -> {
                if (self) {
                    yield null;
                }
                Move move = Move.of(kind, me, target.id());
                if ((kind == MoveKind.ULTIMATUM || kind == MoveKind.INVADE) && target.homeTerritory() != null) {
                    move = move.withTerritory(target.homeTerritory());
                }
                yield move;
            }
            case WAR -> {
                if (self) {
                    yield null;
                }
                Move move = Move.of(kind, me, target.id());
                yield target.warId() >= 0 ? move.withSubject(target.warId()) : move;
            }
            case PROPOSAL -> null;
        };
    }

    /** A word of the seat view's stance line (alignment, doctrine, regime) in the player's language, if it has one. */
    private static String stanceWord(String what, String word) {
        String key = "stance." + what + "." + word.replace(' ', '-');
        return Texts.getOr(key, word);
    }

    private static String moveId(MoveKind k) {
        return "move-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<Node> moves(SeatView v, SeatView.StateFigures target) {
        String me = v.me();
        boolean self = target.id().equals(me);
        List<Node> out = new ArrayList<>();
        Label head = text(self ? Texts.get("panel.moves.self") : Texts.get("panel.moves.toward", target.name()), "section-title");
        head.setId("moves-title");
        out.add(head);
        out.add(text(Texts.get("panel.moves.hint", v.actionPointsLeft()), "muted"));
        for (MoveCategory cat : MoveCategory.values()) {
            VBox group = new VBox(3);
            group.setId("moves-" + cat.name().toLowerCase(Locale.ROOT));
            for (MoveKind k : MoveKind.values()) {
                if (k.category() != cat || HIDDEN.contains(k)) {
                    continue;
                }
                Move move = moveFor(k, me, target);
                if (move == null) {
                    continue;
                }
                if (k == MoveKind.INVADE) {
                    move = aims.invasion(v, move, this::legal);
                } else if (k == MoveKind.OFFER_PEACE) {
                    move = aims.peace(v, move);
                }
                List<String> reasons = state.check(move);
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
                    aims.reset();
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
                    List<Node> choice = new ArrayList<>();
                    if (k == MoveKind.INVADE) {
                        choice.add(aims.invasionChooser(v, move, this::legal, this::rebuild, highlight));
                        Label words = text(aims.aimWords(v, move));
                        words.setId("preview-aim");
                        choice.add(words);
                    } else if (k == MoveKind.OFFER_PEACE) {
                        choice.add(aims.peaceChooser(v, move, this::rebuild));
                        Label words = text(aims.termsWords(v, move));
                        words.setId("preview-terms");
                        choice.add(words);
                        var outlook = state.peaceOutlook(move);
                        if (outlook != null) {
                            Label price = text(WarAims.priceWords(outlook));
                            price.setId("preview-peace-odds");
                            price.setTooltip(PlainWords.tip(WarAims.priceFigures(outlook)));
                            choice.add(price);
                        }
                    }
                    group.getChildren().add(MovePreviewBox.of(state, move, choice, () -> {
                        previewing = null;
                        aims.reset();
                    }, () -> {
                        previewing = null;
                        aims.reset();
                        rebuild();
                    }));
                }
            }
            if (!group.getChildren().isEmpty()) {
                out.add(text(Texts.get("move.category." + cat.name()), "muted"));
                out.add(group);
            }
        }
        return out;
    }

    private List<Node> planned(SeatView v) {
        List<Node> out = new ArrayList<>();
        out.add(text(Texts.get("panel.orders"), "section-title"));
        VBox list = new VBox(3);
        list.setId("planned-orders");
        List<Move> orders = v.planned();
        for (int k = 0; k < orders.size(); k++) {
            Move mv = orders.get(k);
            Label l = text(mv.kind().label() + (mv.target() == null ? "" : " → " + v.name(mv.target())));
            HBox.setHgrow(l, Priority.ALWAYS);
            l.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("✕");
            remove.setId("unplan-" + k);
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip(Texts.get("panel.withdraw")));
            int index = k;
            remove.setOnAction(e -> state.unplan(index));
            HBox row = new HBox(6, l, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        if (orders.isEmpty()) {
            list.getChildren().add(text(Texts.get("panel.noOrders"), "muted"));
        }
        out.add(list);
        return out;
    }
}
