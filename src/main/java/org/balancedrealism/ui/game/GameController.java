package org.balancedrealism.ui.game;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
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
 * moves and their predicted consequences, the planned orders, the event log, the engine's map modes,
 * ending a turn (off the FX thread), and the charts, diplomacy and end windows; the report, inbox, goals and alarms
 * are {@link SeatReports}. It only reads the
 * world and submits moves; the rules stay in the engine.
 */
public final class GameController {
    private static final Logger LOG = Logger.getLogger(GameController.class.getName());
    public static final String PANEL_ID = "country-panel";

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
    private final CountryPanel panel;
    private final SeatReports reports;
    private final ObservableList<GameEvent> logItems = FXCollections.observableArrayList();
    private final ChoiceBox<String> logKind = new ChoiceBox<>();
    private final CheckBox logMine = new CheckBox("Mine only");

    private String me;
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
        this.panel = new CountryPanel(shell, session, this::me, this::notify, this::refreshStatus);
        this.reports = new SeatReports(shell, session, this::me, this::notify, () -> {
            panel.rebuild();
            refreshStatus();
        }, mapView::requestFocus);
        buildStatusBar();
        screen.setRight(panel.node());
        buildLog();
        screen.onEndTurnProperty().set(this::endTurn);
        screen.onSaveProperty().set(this::save);
        mapView.setTooltipProvider(this::tooltip);
        mapView.selectedProperty().addListener((obs, old, now) -> {
            if (busy) {
                return;
            }
            panel.select(now == null ? me : holderId(now));
        });
        refreshAll();
        Platform.runLater(() -> {
            if (session.isOver()) {
                showEnd();
            }
        });
    }

    /** Once the game screen shows: the scenario's briefing on turn 1 (hot-seat seats open it from Goals). */
    public void onShown() {
        if (!session.isOver() && world().turn == 0 && session.liveHumanSeats().size() <= 1
                && shell.screens().top() == null) {
            reports.openBriefing();
        }
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
                progress, reports.inboxButton(), charts, diplomacy, report);
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
        VBox bottom = new VBox(4, reports.strip(), filters, list);
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

    /** What the player must not miss after a turn: coalitions against them, wars, alarms, offers by kind. */
    List<String> notificationsFor(int turn, List<String> notices) {
        return reports.attention(turn, notices);
    }

    // ---- turns ----

    private void refreshAll() {
        Seat seat = session.currentSeat();
        if (seat != null) {
            me = seat.stateId();
        }
        refreshStatus();
        refreshModes();
        panel.rebuild();
        refreshLog();
        reports.refresh();
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
        panel.closePreview();
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
        reports.openReport(turn, lines.isEmpty() && turn == world().turn ? notifications : lines);
    }

    private void showEnd() {
        shell.screens().open(GameWindows.endScreen(world(), world().indexOf(me)));
    }

    public void openCharts() {
        World w = world();
        shell.screens().open(GameWindows.charts(w, w.indexOf(me), w.indexOf(panel.selected())));
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
