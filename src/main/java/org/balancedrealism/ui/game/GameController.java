package org.balancedrealism.ui.game;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import javafx.concurrent.Task;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.SeatSession;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.map.MapMode;
import org.balancedrealism.ui.map.MapView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Binds a {@link GameScreen} to a running game ({@link SeatSession}: a local {@link GameSession}, or a classroom
 * seat whose host plays the rules). The panes — top-bar figures ({@link StatusBarPane}),
 * side panel ({@link CountryPanel}), event log and warning strip ({@link EventLogPane}), the map modes and hover
 * text — all listen to one {@link GameViewState}: the seat's {@link SeatView}, published on the FX thread. This class
 * wires them and runs the turn: End turn resolves off the FX thread (the mode bar, panel and windows wait), then
 * shows the report, or the curtain and the next seat's own screen (its selection, camera and report). The report,
 * inbox, goals and alarms are {@link SeatReports}, fed from the same view.
 */
public final class GameController {
    private static final Logger LOG = Logger.getLogger(GameController.class.getName());
    public static final String PANEL_ID = "country-panel";

    private final UiShell shell;
    private final SeatSession session;
    private final GameScreen screen;
    private final GeoMap map;
    private final MapView mapView;
    private final GameViewState state;
    private final CountryPanel panel;
    private final EventLogPane log;
    private final SeatReports reports;
    /** What each hot-seat seat left on screen, by seat index. */
    private final Map<Integer, SeatMemory> seatMemory = new HashMap<>();
    /** The seats that have had their briefing (on their first turn). */
    private final java.util.Set<Integer> briefedSeats = new java.util.HashSet<>();
    /** End turn → report timings, printed with -Dbalancedrealism.timing=true. */
    private final TurnTiming timing = new TurnTiming();
    /** The seat whose screen is showing, or -1. */
    private int shownSeat = -1;

    public GameController(UiShell shell, SeatSession session, GameScreen screen, GeoMap map) {
        this.shell = shell;
        this.session = session;
        this.screen = screen;
        this.map = map;
        this.mapView = screen.mapView();
        this.state = new GameViewState(session);
        Map<String, String> territoryNames = new HashMap<>();
        map.countries().forEach(c -> territoryNames.put(c.id(), CountryNames.of(c.id(), c.name())));
        this.panel = new CountryPanel(shell, state, territoryNames::get, mapView::select);
        this.reports = new SeatReports(shell, state, mapView::requestFocus);
        this.log = new EventLogPane(state, reports.strip());
        new StatusBarPane(screen.statusBar(), state, this::openCharts, this::openDiplomacy, this::openLastReport);
        screen.setRight(panel.node());
        screen.setBottom(log.node());
        screen.onEndTurnProperty().set(this::endTurn);
        screen.onSaveProperty().set(this::save);
        StateTooltip tooltip = new StateTooltip(map, state::get);
        mapView.setTooltipProvider(tooltip::text);
        state.resolving().addListener((obs, old, now) -> screen.setResolving(now));
        state.view().addListener((obs, old, now) -> {
            // planning an order keeps the world part of the view: the map stays as it is
            if (now != null && (old == null || old.states() != now.states() || !old.me().equals(now.me()))) {
                long start = System.nanoTime();
                refreshModes(now);
                timing.map(System.nanoTime() - start);
            }
            if (now != null) {
                screen.setPlayingAs(now.me());
            }
        });
        mapView.selectedProperty().addListener((obs, old, now) -> {
            if (!state.resolving().get() && state.get() != null) {
                state.selected().set(now == null ? null : state.get().holder(now));
                // choosing an invasion's aim on the map
                panel.mapClicked(now);
            }
        });
        enterSeat();
        // a classroom game changes by itself: another seat gets ready, the deadline ends the turn
        session.setOnChange(() -> javafx.application.Platform.runLater(this::changedElsewhere));
    }

    /** The host pushed something: show who is ready and the time left; a turn resolved meanwhile opens its report. */
    private void changedElsewhere() {
        if (state.resolving().get()) {
            state.notices().set(session.statusLines());
            return;
        }
        int before = state.get() == null ? -1 : state.get().game().turn();
        state.publish();
        state.notices().set(session.statusLines());
        if (session.isOver() && before != state.get().game().turn()) {
            showEnd();
        } else if (before != state.get().game().turn()) {
            reportIfNew();
        }
    }

    /**
     * Call once the game screen shows (overlays opened earlier are lost with the loading scene): an ended game
     * opens its end screen; a loaded game opens the seat's last report, where it stood when the game was saved.
     */
    public void shown() {
        if (session.isOver()) {
            showEnd();
        } else {
            reportIfNew();
            briefIfFirstTurn();
        }
    }

    /**
     * Opens the scenario's briefing for the seat playing now on its own first turn, once per seat: a campaign's
     * player when the game opens, each hot-seat seat after its curtain.
     */
    private void briefIfFirstTurn() {
        if (state.get().game().turn() == 0 && briefedSeats.add(session.currentSeatIndex())
                && shell.screens().top() == null) {
            reports.openBriefing();
        }
    }

    /** The local game being played, or null when this screen plays a seat of a classroom host. */
    public GameSession session() {
        return session instanceof GameSession local ? local : null;
    }

    /** The game this screen plays, local or remote. */
    public SeatSession seatSession() {
        return session;
    }

    /** The state of the seat playing now. */
    public String me() {
        return state.me();
    }

    /** The view the screen shows now (tests read it). */
    public SeatView view() {
        return state.get();
    }

    // ---- seats ----

    /**
     * What a seat left on screen: the map selection, the camera, and the last turn whose report it has seen.
     * {@code scale} NaN: the seat has not played yet (its camera starts on its own state).
     */
    private record SeatMemory(String selection, double scale, double offsetX, double offsetY, int reportedTurn) {
        SeatMemory reported(int turn) {
            return new SeatMemory(selection, scale, offsetX, offsetY, turn);
        }
    }

    /** Keeps what the seat now showing left on screen (before the curtain comes down). */
    private void rememberShownSeat() {
        if (shownSeat >= 0) {
            SeatMemory before = seatMemory.get(shownSeat);
            seatMemory.put(shownSeat, new SeatMemory(mapView.getSelected(), mapView.getScale(), mapView.getOffsetX(),
                    mapView.getOffsetY(), before == null ? 0 : before.reportedTurn()));
        }
    }

    /** Publishes the current seat's view and, for a seat new to the screen, puts back its selection and camera. */
    private void enterSeat() {
        int seat = session.currentSeatIndex();
        boolean changed = seat != shownSeat;
        if (changed) {
            rememberShownSeat();
            state.notices().set(List.of());
        }
        state.publish();
        if (changed) {
            shownSeat = seat;
            SeatMemory m = seat < 0 ? null : seatMemory.get(seat);
            String me = state.me();
            if (m == null || Double.isNaN(m.scale())) {
                mapView.select(me);
                mapView.centreOn(me);
            } else {
                mapView.select(m.selection());
                mapView.setCamera(m.scale(), m.offsetX(), m.offsetY());
            }
            String sel = mapView.getSelected();
            state.selected().set(sel == null ? null : state.get().holder(sel));
        }
    }

    /**
     * This controller replaces {@code before} on a game screen built again (another language): the seats' memories,
     * the selection, the camera and the map mode carry over, so the screen changes its words and nothing else.
     */
    public void takeOverFrom(GameController before) {
        seatMemory.putAll(before.seatMemory);
        MapView old = before.mapView;
        String mode = old.getMode() == null ? null : old.getMode().id();
        for (MapMode m : screen.modes()) {
            if (m.id().equals(mode)) {
                mapView.setMode(m);
            }
        }
        mapView.select(old.getSelected());
        mapView.setCamera(old.getScale(), old.getOffsetX(), old.getOffsetY());
        state.notices().set(before.state.notices().get());
    }

    // ---- map ----

    private void refreshModes(SeatView v) {
        String current = mapView.getMode() == null ? "political" : mapView.getMode().id();
        screen.modes().setAll(GameModes.build(map, v));
        mapView.setWars(GameModes.wars(v, GameModes.holders(map, v)));
        for (MapMode m : screen.modes()) {
            if (m.id().equals(current)) {
                mapView.setMode(m);
                return;
            }
        }
        if (!screen.modes().isEmpty()) {
            mapView.setMode(screen.modes().get(0));
        }
    }

    // ---- turns ----

    /** Enter / End turn: resolves off the FX thread, then shows the report (or the curtain for the next seat). */
    public void endTurn() {
        if (state.resolving().get() || session.isOver() || session.isResolving()) {
            return;
        }
        state.resolving().set(true);
        timing.clicked();
        int played = session.currentSeatIndex();
        Task<GameSession.SeatTurnEnd> task = new Task<>() {
            @Override
            protected GameSession.SeatTurnEnd call() {
                long start = System.nanoTime();
                long cpu = TurnTiming.cpuNow();
                GameSession.SeatTurnEnd end = session.endSeatTurn();
                long resolved = System.nanoTime();
                // the next seat's view of the new world is read out here, off the FX thread (the session keeps it)
                session.view();
                timing.engine(start, resolved, System.nanoTime(), TurnTiming.cpuNow() - cpu);
                return end;
            }
        };
        task.setOnSucceeded(e -> afterTurn(played, task.getValue()));
        task.setOnFailed(e -> {
            state.resolving().set(false);
            LOG.log(Level.SEVERE, "the turn could not be resolved", task.getException());
            state.notices().set(List.of(Texts.get("game.turnFailed", task.getException())));
        });
        Thread t = new Thread(task, "turn-resolution");
        t.setDaemon(true);
        t.start();
    }

    /** True while a turn is being resolved. */
    public boolean isBusy() {
        return state.resolving().get();
    }

    private void afterTurn(int played, GameSession.SeatTurnEnd end) {
        timing.arrived();
        state.resolving().set(false);
        boolean handOver = end.next() != null && session.currentSeatIndex() != played
                && session.liveHumanSeats().size() > 1;
        Runnable show = () -> {
            if (handOver) {
                timing.arrived(); // the UI's share starts when the next seat is ready, not during the curtain
            }
            enterSeat();
            if (!end.notices().isEmpty()) {
                state.notices().set(end.notices());
            }
            timing.viewShown();
            if (session.isOver()) {
                showEnd();
            } else {
                reportIfNew();
                briefIfFirstTurn();
            }
            timing.reportBuilt();
            timing.printAfterLayout(screen.getScene(), state.get().game().turn());
        };
        if (handOver) {
            rememberShownSeat();
            shell.showCurtain(end.next(), show);
        } else {
            show.run();
        }
    }

    /** Opens the report of the last turn if the seat playing has not seen it yet (each seat at its own turn). */
    private void reportIfNew() {
        int seat = session.currentSeatIndex();
        int turn = state.get().game().turn();
        SeatMemory m = seatMemory.get(seat);
        if (seat >= 0 && turn > 0 && (m == null || m.reportedTurn() < turn)) {
            seatMemory.put(seat, m == null ? new SeatMemory(null, Double.NaN, 0, 0, turn) : m.reported(turn));
            showReport(turn);
        }
    }

    private void showReport(int turn) {
        if (turn > 0) {
            // the report keeps only the session's own notices: it tells the events, alarms and inbox itself
            reports.openReport(turn, turn == state.get().game().turn() ? log.lines() : List.of());
        }
    }

    private void openLastReport() {
        showReport(state.get().game().turn());
    }

    private void showEnd() {
        shell.screens().open(GameWindows.endScreen(state.get()));
    }

    public void openCharts() {
        shell.screens().open(GameWindows.charts(state.get(), panel.selected()));
    }

    private void openDiplomacy() {
        shell.screens().open(GameWindows.diplomacy(state.get()));
    }

    private void save() {
        if (shell.canSave() && !state.resolving().get() && session instanceof GameSession local) {
            shell.saveGame(local);
        }
    }

    /**
     * What a guided first game watches: the seat's view, the state in the side panel, the map mode, how many moves
     * were previewed and how many turn reports were closed. Read-only: the coach never orders.
     */
    public TutorialSignals tutorialSignals() {
        return new TutorialSignals(state.view(), state.selected(), mapView.modeProperty(), state.previews(),
                state.reportsRead());
    }

    /** See {@link #tutorialSignals()}. */
    public record TutorialSignals(javafx.beans.value.ObservableValue<SeatView> view,
                                  javafx.beans.value.ObservableValue<String> selected,
                                  javafx.beans.value.ObservableValue<MapMode> mode,
                                  javafx.beans.value.ObservableValue<Number> previews,
                                  javafx.beans.value.ObservableValue<Number> reportsRead) {
    }

    /** For tests and the app: the mode ids on offer. */
    public List<String> modeIds() {
        return new ArrayList<>(screen.modes().stream().map(MapMode::id).toList());
    }
}
