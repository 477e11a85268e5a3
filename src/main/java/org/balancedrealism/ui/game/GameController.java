package org.balancedrealism.ui.game;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.map.MapMode;
import org.balancedrealism.ui.map.MapView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Binds a {@link GameScreen} to a running {@link GameSession}: the top bar's figures, the country panel with its
 * moves and their predicted consequences, the planned orders and the inbox, the event log, the engine's map modes,
 * ending a turn (off the FX thread) with its report, and the charts, diplomacy and end windows. It only reads the
 * world and submits moves; the rules stay in the engine.
 */
public final class GameController {
    private static final Logger LOG = Logger.getLogger(GameController.class.getName());
    public static final String PANEL_ID = "country-panel";
    /** Moves the panel offers with a single click (SET_BUDGET needs a figure: build-up and demobilise stand in). */
    private static final List<MoveKind> HIDDEN = List.of(MoveKind.SET_BUDGET, MoveKind.ACCEPT_PROPOSAL,
            MoveKind.REJECT_PROPOSAL);

    private final UiShell shell;
    private final GameSession session;
    private final GameScreen screen;
    private final GeoMap map;
    private final MapView mapView;

    private final Label date = status("status-date");
    private final Label power = status("status-power");
    private final Label gdp = status("status-gdp");
    private final Label military = status("status-military");
    private final Label treasury = status("status-treasury");
    private final Label actionPoints = status("status-ap");
    private final ProgressBar overreach = new ProgressBar(0);
    private final Label overreachText = status("status-overreach");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label notificationBar = new Label();
    private final VBox panel = new VBox(8);
    private final ObservableList<GameEvent> logItems = FXCollections.observableArrayList();
    private final ChoiceBox<String> logKind = new ChoiceBox<>();
    private final CheckBox logMine = new CheckBox("Mine only");

    private String me;
    private String selected;
    private MoveKind previewing;
    private boolean busy;
    private List<String> notifications = List.of();

    public GameController(UiShell shell, GameSession session, GameScreen screen, GeoMap map) {
        this.shell = shell;
        this.session = session;
        this.screen = screen;
        this.map = map;
        this.mapView = screen.mapView();
        Seat seat = session.currentSeat();
        this.me = seat != null ? seat.stateId() : session.seats().isEmpty() ? session.world().id(0)
                : session.seats().get(0).stateId();
        this.selected = me;
        buildStatusBar();
        buildPanel();
        buildLog();
        screen.onEndTurnProperty().set(this::endTurn);
        screen.onSaveProperty().set(this::save);
        mapView.setTooltipProvider(this::tooltip);
        mapView.selectedProperty().addListener((obs, old, now) -> {
            if (busy) {
                return;
            }
            selected = now == null ? me : holderId(now);
            previewing = null;
            rebuildPanel();
        });
        refreshAll();
        Platform.runLater(() -> {
            if (session.isOver()) {
                showEnd();
            }
        });
    }

    public GameSession session() {
        return session;
    }

    /** The state of the seat playing now. */
    public String me() {
        return me;
    }

    private static Label status(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private World world() {
        return session.world();
    }

    private String holderId(String countryId) {
        World w = world();
        int h = GameModes.holder(w, countryId);
        return h < 0 ? countryId : w.id(h);
    }

    // ---- top bar ----

    private void buildStatusBar() {
        overreach.setId("overreach-meter");
        overreach.setPrefWidth(90);
        progress.setId("turn-progress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        Button charts = new Button("Charts");
        charts.setId("open-charts");
        charts.setFocusTraversable(false);
        charts.setOnAction(e -> openCharts());
        Button diplomacy = new Button("Diplomacy");
        diplomacy.setId("open-diplomacy");
        diplomacy.setFocusTraversable(false);
        diplomacy.setOnAction(e -> shell.screens().open(GameWindows.diplomacy(world(), world().indexOf(me))));
        Button report = new Button("Last report");
        report.setId("open-report");
        report.setFocusTraversable(false);
        report.setOnAction(e -> showReport(world().turn, List.of()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox over = new HBox(4, new Label("Overreach"), overreach, overreachText);
        over.setAlignment(Pos.CENTER_LEFT);
        screen.statusBar().getChildren().setAll(date, power, gdp, military, treasury, actionPoints, over, spacer,
                progress, charts, diplomacy, report);
    }

    private void refreshStatus() {
        World w = world();
        int m = w.indexOf(me);
        Nation n = w.nation(m);
        date.setText(w.dateLabel() + " · turn " + (w.turn + 1) + " of " + w.maxTurns);
        power.setText("Power " + GameModes.pct(w.derived.power[m]));
        gdp.setText("GDP " + GameModes.money(n.gdp));
        military.setText("Military " + GameModes.money(n.military));
        treasury.setText("Treasury " + GameModes.money(n.treasury));
        actionPoints.setText("Action points " + session.actionPointsLeft() + " / " + n.actionPoints);
        double o = w.derived.overreach[m];
        overreach.setProgress(Math.min(1, o));
        overreachText.setText(String.format(Locale.ROOT, "%.2f", o));
        Tooltip tip = new Tooltip(overreachWhy(w, m));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        overreach.setTooltip(tip);
        overreachText.setTooltip(tip);
        screen.setPlayingAs(me);
    }

    /** Who remembers what of me: the observers with the most remembered hostility. */
    static String overreachWhy(World w, int m) {
        List<Integer> observers = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (i != m && w.memory.get(m, i) > 0.005) {
                observers.add(i);
            }
        }
        observers.sort((a, b) -> Double.compare(w.memory.get(m, b) * w.derived.power[b],
                w.memory.get(m, a) * w.derived.power[a]));
        StringBuilder sb = new StringBuilder("Overreach: the hostility the world remembers of your acts, weighted by "
                + "each observer's power.");
        if (observers.isEmpty()) {
            sb.append("\nNobody remembers anything against you yet.");
        }
        for (int k = 0; k < Math.min(8, observers.size()); k++) {
            int i = observers.get(k);
            sb.append(String.format(Locale.ROOT, "\n• %s remembers %.2f (power %s)", w.name(i), w.memory.get(m, i),
                    GameModes.pct(w.derived.power[i])));
        }
        return sb.toString();
    }

    // ---- map ----

    private void refreshModes() {
        World w = world();
        String current = mapView.getMode() == null ? "political" : mapView.getMode().id();
        List<MapMode> modes = GameModes.build(map, w, w.indexOf(me));
        screen.modes().setAll(modes);
        setModeById(current);
    }

    private void setModeById(String id) {
        for (MapMode m : screen.modes()) {
            if (m.id().equals(id)) {
                mapView.setMode(m);
                return;
            }
        }
        if (!screen.modes().isEmpty()) {
            mapView.setMode(screen.modes().get(0));
        }
    }

    String tooltip(String countryId) {
        World w = world();
        MapCountry c = map.countries().stream().filter(x -> x.id().equals(countryId)).findFirst().orElse(null);
        int h = GameModes.holder(w, countryId);
        StringBuilder sb = new StringBuilder(c == null ? countryId : c.name());
        if (h < 0) {
            return sb.toString();
        }
        int m = w.indexOf(me);
        if (!w.id(h).equals(countryId)) {
            sb.append("\nHeld by ").append(w.name(h));
        }
        sb.append("\nPower share ").append(GameModes.pct(w.derived.power[h]));
        if (h == m) {
            sb.append("\nYou");
        } else {
            sb.append(String.format(Locale.ROOT, "\nOpinion of you %+.0f", w.opinion.get(h, m)));
            sb.append(String.format(Locale.ROOT, "\nThreat it feels from you %.2f", w.derived.threat(h, m)));
            if (w.atWar(h, m)) {
                sb.append("\nAt war with you");
            } else if (w.derived.allied(h, m)) {
                sb.append("\nAllied with you");
            }
        }
        return sb.toString();
    }

    // ---- country panel ----

    private void buildPanel() {
        panel.setId(PANEL_ID);
        panel.setPadding(new Insets(8));
        panel.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(400);
        scroll.setMinWidth(360);
        scroll.getStyleClass().add("side-panel");
        screen.setRight(scroll);
    }

    private static Label text(String s, String... classes) {
        return GameWindows.text(s, classes);
    }

    private void rebuildPanel() {
        World w = world();
        int m = w.indexOf(me);
        int i = w.indexOf(selected);
        if (i < 0) {
            i = m;
            selected = me;
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
        out.addAll(inbox(w, m));
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
                    rebuildPanel();
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
                    group.getChildren().add(preview(w, move));
                }
            }
            if (!group.getChildren().isEmpty()) {
                out.add(text(GameWindows.cap(cat.name().toLowerCase(Locale.ROOT)), "muted"));
                out.add(group);
            }
        }
        return out;
    }

    private Node preview(World w, Move move) {
        MovePreview p = session.preview(move);
        VBox box = new VBox(3);
        box.setId("move-preview");
        box.setPadding(new Insets(6));
        box.setStyle("-fx-border-color: #8a8; -fx-border-width: 1; -fx-background-color: rgba(120,160,120,0.12);");
        box.getChildren().add(text(move.kind().description()));
        box.getChildren().add(text(String.format(Locale.ROOT, "Cost: %d action point%s, %s", p.actionPoints(),
                p.actionPoints() == 1 ? "" : "s", GameModes.money(p.treasuryCost()))));
        if (p.threatChanges().isEmpty()) {
            box.getChildren().add(text("No state would feel noticeably more or less threatened by you."));
        } else {
            StringBuilder sb = new StringBuilder("Threat they would feel from you:");
            for (int k = 0; k < Math.min(5, p.threatChanges().size()); k++) {
                MovePreview.ThreatChange c = p.threatChanges().get(k);
                int o = w.indexOf(c.observer());
                sb.append(String.format(Locale.ROOT, "\n• %s %.2f → %.2f", o < 0 ? c.observer() : w.name(o),
                        c.before(), c.after()));
            }
            box.getChildren().add(text(sb.toString()));
        }
        Label risk = text(String.format(Locale.ROOT, "Coalition risk against you: %s → %s",
                GameModes.pct(p.coalitionRiskBefore()), GameModes.pct(p.coalitionRisk())));
        risk.setId("preview-coalition-risk");
        box.getChildren().add(risk);
        if (!p.coalitionReason().isEmpty()) {
            Label why = text(p.coalitionReason());
            why.setId("preview-coalition-reason");
            box.getChildren().add(why);
        }
        box.getChildren().add(text(String.format(Locale.ROOT, "Your overreach: %.2f → %.2f", p.overreachBefore(),
                p.overreachAfter())));
        if (!p.likelyMembers().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : p.likelyMembers()) {
                int k = w.indexOf(id);
                names.add(k < 0 ? id : w.name(k));
            }
            box.getChildren().add(text("Would likely balance against you: " + String.join(", ", names)));
        }
        Button plan = new Button("Order it");
        plan.setId("plan-move");
        plan.getStyleClass().add("primary");
        plan.setFocusTraversable(false);
        plan.setOnAction(e -> {
            List<String> reasons = session.plan(move);
            if (!reasons.isEmpty()) {
                notify(List.of("Cannot order " + move.kind().label() + ": " + String.join(" ", reasons)));
            }
            previewing = null;
            rebuildPanel();
            refreshStatus();
        });
        Button cancel = new Button("Cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> {
            previewing = null;
            rebuildPanel();
        });
        box.getChildren().add(new HBox(6, plan, cancel));
        return box;
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
                rebuildPanel();
                refreshStatus();
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

    private List<Node> inbox(World w, int m) {
        List<Proposal> offers = session.inbox(me);
        List<Node> out = new ArrayList<>();
        if (offers.isEmpty()) {
            return out;
        }
        out.add(text("Inbox (" + offers.size() + ")", "section-title"));
        VBox list = new VBox(4);
        list.setId("inbox");
        List<Move> orders = session.plannedOrders();
        for (Proposal p : offers) {
            Label l = text(w.name(p.from()) + " offers " + p.kind().label() + (p.kind() == org.balancedrealism.model.ProposalKind.COALITION_INVITE
                    && p.subject() >= 0 && p.subject() < w.size() ? " against " + w.name(p.subject()) : ""));
            Move accept = Move.of(MoveKind.ACCEPT_PROPOSAL, me, w.id(p.from())).withSubject(p.id());
            Move reject = Move.of(MoveKind.REJECT_PROPOSAL, me, w.id(p.from())).withSubject(p.id());
            boolean answered = orders.stream().anyMatch(o -> (o.kind() == MoveKind.ACCEPT_PROPOSAL
                    || o.kind() == MoveKind.REJECT_PROPOSAL) && o.subject() == p.id());
            Button a = new Button("Accept");
            a.setId("accept-" + p.id());
            Button r = new Button("Reject");
            r.setId("reject-" + p.id());
            for (Button b : List.of(a, r)) {
                b.setFocusTraversable(false);
                b.setDisable(answered);
            }
            a.setOnAction(e -> answer(accept));
            r.setOnAction(e -> answer(reject));
            list.getChildren().add(new VBox(2, l, new HBox(6, a, r)));
        }
        out.add(list);
        return out;
    }

    private void answer(Move move) {
        List<String> reasons = session.plan(move);
        if (!reasons.isEmpty()) {
            notify(List.of(String.join(" ", reasons)));
        }
        rebuildPanel();
        refreshStatus();
    }

    // ---- event log and notifications ----

    private void buildLog() {
        ListView<GameEvent> list = new ListView<>();
        list.setId("event-log");
        list.setPrefHeight(96);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GameEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText("T" + e.turn() + " · " + e.text() + (e.why().isBlank() ? "" : " — " + e.why()));
                    setTooltip(e.why().isBlank() ? null : new Tooltip(e.why()));
                }
            }
        });
        list.setItems(logItems);
        logKind.setId("log-kind");
        logKind.setFocusTraversable(false);
        logKind.setOnAction(e -> refreshLog());
        logMine.setId("log-mine");
        logMine.setFocusTraversable(false);
        logMine.setOnAction(e -> refreshLog());
        notificationBar.setId("notifications");
        notificationBar.setWrapText(true);
        notificationBar.setStyle("-fx-font-weight: bold;");
        HBox filters = new HBox(8, new Label("Event log"), logKind, logMine, notificationBar);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, filters, list);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        bottom.getStyleClass().add("side-panel");
        screen.setBottom(bottom);
    }

    private void refreshLog() {
        List<GameEvent> events = session.visibleEvents(me);
        TreeSet<String> kinds = new TreeSet<>();
        for (GameEvent e : events) {
            kinds.add(e.kind());
        }
        String chosen = logKind.getValue() == null ? "All kinds" : logKind.getValue();
        List<String> options = new ArrayList<>();
        options.add("All kinds");
        options.addAll(kinds);
        if (!options.equals(logKind.getItems())) {
            logKind.getItems().setAll(options);
        }
        logKind.setValue(options.contains(chosen) ? chosen : "All kinds");
        String kind = logKind.getValue();
        List<GameEvent> shown = new ArrayList<>();
        for (int k = events.size() - 1; k >= 0; k--) {
            GameEvent e = events.get(k);
            if (("All kinds".equals(kind) || e.kind().equals(kind)) && (!logMine.isSelected() || e.concerns(me))) {
                shown.add(e);
            }
        }
        logItems.setAll(shown);
    }

    private void notify(List<String> lines) {
        notifications = List.copyOf(lines);
        notificationBar.setText(String.join("   ·   ", lines.stream().map(s -> "⚠ " + s).toList()));
    }

    /** What the player must not miss after a turn: coalitions against them, wars, calls to arms, offers. */
    List<String> notificationsFor(int turn, List<String> notices) {
        World w = world();
        List<String> out = new ArrayList<>(notices);
        for (GameEvent e : session.visibleEvents(me, turn)) {
            boolean aboutMe = e.concerns(me);
            if ((e.kind().equals("coalition-formed") || e.kind().equals("coalition-joined")) && me.equals(e.target())) {
                out.add(e.text());
            } else if (aboutMe && (e.kind().contains("war") || e.kind().equals("call-to-arms"))) {
                out.add(e.text());
            }
        }
        int offers = session.inbox(me).size();
        if (offers > 0) {
            out.add(offers + (offers == 1 ? " proposal is" : " proposals are") + " waiting in your inbox");
        }
        return out;
    }

    // ---- turns ----

    private void refreshAll() {
        Seat seat = session.currentSeat();
        if (seat != null) {
            me = seat.stateId();
        }
        if (world().indexOf(selected) < 0 || !world().nation(world().indexOf(selected)).alive) {
            selected = me;
        }
        refreshStatus();
        refreshModes();
        rebuildPanel();
        refreshLog();
    }

    /** Enter / End turn: resolves off the FX thread, then shows the report (or the curtain for the next seat). */
    public void endTurn() {
        if (busy || session.isOver() || session.isResolving()) {
            return;
        }
        busy = true;
        progress.setVisible(true);
        String played = me;
        Task<GameSession.SeatTurnEnd> task = new Task<>() {
            @Override
            protected GameSession.SeatTurnEnd call() {
                return session.endSeatTurn();
            }
        };
        task.setOnSucceeded(e -> afterTurn(played, task.getValue()));
        task.setOnFailed(e -> {
            busy = false;
            progress.setVisible(false);
            LOG.log(Level.SEVERE, "the turn could not be resolved", task.getException());
            notify(List.of("The turn could not be resolved: " + task.getException()));
        });
        Thread t = new Thread(task, "turn-resolution");
        t.setDaemon(true);
        t.start();
    }

    public boolean isBusy() {
        return busy;
    }

    private void afterTurn(String played, GameSession.SeatTurnEnd end) {
        busy = false;
        progress.setVisible(false);
        previewing = null;
        Seat next = end.next();
        Runnable show = () -> {
            refreshAll();
            if (session.isOver()) {
                showEnd();
            } else if (end.resolved() != null) {
                List<String> lines = notificationsFor(end.resolved().turn(), end.notices());
                notify(lines);
                showReport(end.resolved().turn(), lines);
            } else if (!end.notices().isEmpty()) {
                notify(end.notices());
            }
        };
        boolean handOver = next != null && !next.stateId().equals(played) && session.liveHumanSeats().size() > 1;
        if (handOver) {
            shell.showCurtain(next, show);
        } else {
            show.run();
        }
    }

    private void showReport(int turn, List<String> lines) {
        if (turn <= 0) {
            return;
        }
        shell.screens().open(GameWindows.turnReport(world(), me, turn, session.visibleEvents(me, turn),
                lines.isEmpty() && turn == world().turn ? notifications : lines));
    }

    private void showEnd() {
        shell.screens().open(GameWindows.endScreen(world(), world().indexOf(me)));
    }

    public void openCharts() {
        World w = world();
        shell.screens().open(GameWindows.charts(w, w.indexOf(me), w.indexOf(selected)));
    }

    private void save() {
        if (shell.canSave() && !busy) {
            shell.saveGame(session);
        }
    }

    /** For tests and the app: the mode ids on offer. */
    public List<String> modeIds() {
        return screen.modes().stream().map(MapMode::id).toList();
    }

    Map<String, Integer> holders() {
        return GameModes.holders(map, world());
    }
}
