package org.balancedrealism.ui;

import org.balancedrealism.text.Texts;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.ui.game.NewGameRequest;
import org.balancedrealism.ui.game.ScenarioCard;
import org.balancedrealism.ui.game.ScenarioCards;
import org.balancedrealism.ui.game.ScenarioChooser;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuEntries;
import org.balancedrealism.ui.primer.Primer;
import org.balancedrealism.ui.primer.PrimerScreen;
import org.balancedrealism.ui.screen.HelpOverlay;
import org.balancedrealism.ui.screen.Screens;
import org.balancedrealism.ui.screen.SettingsScreen;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every screen of the UI shares: settings, the overlay screens (help, primer, settings), the menus' entries
 * and the map. It knows nothing of FXGL: the app wires FXGL's controller into the menu entries.
 */
public class UiShell {
    private static final Logger LOG = Logger.getLogger(UiShell.class.getName());

    private final UiSettings settings;
    private final Screens screens;
    private final MapSource mapSource;
    private final MenuEntries mainMenu = new MenuEntries();
    private final MenuEntries gameMenu = new MenuEntries();
    private final StartupLoading startup;
    private PrimerScreen primerScreen;
    private List<ScenarioCard> scenarios;
    private boolean shippedScenarios;

    public UiShell(UiSettings settings, Screens screens, MapSource mapSource) {
        this.settings = settings;
        this.screens = screens;
        this.mapSource = mapSource;
        this.startup = new StartupLoading(this::loadMap, this::scenarios);
        // the language read from the settings file applies before the first screen is built
        org.balancedrealism.text.Texts.setLocale(settings.languageProperty().get());
        settings.languageProperty().addListener((o, before, now) -> changeLanguage(now));
    }

    private final List<Runnable> languageListeners = new java.util.ArrayList<>();

    /**
     * Something to rebuild when the player picks another language (menus relabel themselves, the settings screen
     * reopens); it runs after {@link org.balancedrealism.text.Texts} has switched.
     */
    public void onLanguageChanged(Runnable rebuild) {
        languageListeners.add(rebuild);
    }

    private void changeLanguage(java.util.Locale language) {
        org.balancedrealism.text.Texts.setLocale(language);
        primerScreen = null; // the primer is read in the language of the moment
        synchronized (this) {
            if (shippedScenarios) {
                scenarios = null; // the cards are read again in the new language
            }
        }
        for (Runnable r : List.copyOf(languageListeners)) {
            r.run();
        }
        // the screen on top was built in the old language: build it again where it was
        if (screens.top() != null && SettingsScreen.ID.equals(screens.top().getId())) {
            screens.close();
            openSettings();
        }
    }

    private Optional<GeoMap> loadMap() {
        try {
            return Optional.of(mapSource.load());
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "no world map: " + e, e);
            return Optional.empty();
        }
    }

    public UiSettings settings() {
        return settings;
    }

    public Screens screens() {
        return screens;
    }

    /** Entries of the main menu; register a feature's entry here. */
    public MenuEntries mainMenu() {
        return mainMenu;
    }

    /** Entries of the in-game menu (Esc during a game). */
    public MenuEntries gameMenu() {
        return gameMenu;
    }

    /**
     * The world map; empty when it cannot be loaded (the reason is logged). Waits for the loading that
     * {@link #startLoading()} began, or loads it now.
     */
    public Optional<GeoMap> map() {
        startup.runIfNotStarted();
        return startup.map().join();
    }

    /**
     * Begins reading the world map and the scenarios on a thread of their own, so the window can open and show
     * the splash's progress ({@link StartupLoading}) while they load.
     */
    public void startLoading() {
        startup.start();
    }

    /** The loading that runs while the splash shows. */
    public StartupLoading startup() {
        return startup;
    }

    /** A map view bound to the settings (sea lanes, graticule). */
    public MapView newMapView(GeoMap geoMap) {
        MapView view = new MapView(geoMap);
        view.seaLanesVisibleProperty().bind(settings.seaLanesShownProperty());
        view.graticuleVisibleProperty().bind(settings.graticuleShownProperty());
        return view;
    }

    /** F1: the key help. */
    public void openHelp() {
        if (screens.top() != null && HelpOverlay.ID.equals(screens.top().getId())) {
            screens.close();
            return;
        }
        screens.open(HelpOverlay.create(() -> openPrimer(null)));
    }

    /** The theory primer, at a concept id (or its introduction for null). */
    public void openPrimer(String conceptId) {
        if (primerScreen == null) {
            try {
                primerScreen = new PrimerScreen(Primer.loadDefault(), screens);
            } catch (DataFileException e) {
                LOG.log(Level.SEVERE, e.getMessage(), e);
                return;
            }
        }
        primerScreen.show(conceptId);
    }

    // ---- the main menu's moments: a notice at start, a hook each time it shows ----

    private String startNotice;
    private java.util.function.Consumer<Boolean> onMainMenuShown = first -> { };

    /** Something the player must read on the main menu at start (the settings file was damaged), or null. */
    public void setStartNotice(String notice) {
        this.startNotice = notice;
    }

    public Optional<String> startNotice() {
        return Optional.ofNullable(startNotice);
    }

    /**
     * What to do each time the main menu shows (Continue looks at the saves folder again); it is told whether this
     * is the first time, at start.
     */
    public void setOnMainMenuShown(java.util.function.Consumer<Boolean> action) {
        this.onMainMenuShown = action == null ? first -> { } : action;
    }

    /** The main menu shows again (back from a game or a screen over it). */
    public void mainMenuShown() {
        onMainMenuShown.accept(false);
    }

    /** The main menu shows for the first time, at start. */
    public void mainMenuFirstShown() {
        onMainMenuShown.accept(true);
    }

    public void openAbout() {
        screens.open(org.balancedrealism.ui.screen.AboutScreen.create());
    }

    public void openSettings() {
        screens.open(SettingsScreen.create(settings));
    }

    /** The scenarios offered on the new-campaign screen. */
    public synchronized List<ScenarioCard> scenarios() {
        if (scenarios == null) {
            scenarios = ScenarioCards.shipped();
            shippedScenarios = true;
            if (scenarios.isEmpty()) {
                scenarios = List.of(ScenarioCard.modernWorld());
            }
        }
        return scenarios;
    }

    /** Replaces the scenarios on offer (the session layer passes the shipped scenario files). */
    public synchronized void setScenarios(List<ScenarioCard> cards) {
        scenarios = List.copyOf(cards);
        shippedScenarios = false;
    }

    /**
     * Opens the new-campaign screen; Begin closes it and hands the choice to {@code start}. Does nothing when
     * there is no map.
     */
    public void openScenarioChooser(Consumer<NewGameRequest> start) {
        map().ifPresent(m -> screens.open(new ScenarioChooser(m, scenarios(), this::newMapView, request -> {
            screens.close();
            start.accept(request);
        }, this::startFigures).build()));
    }

    private final java.util.Map<String, java.util.Map<String, org.balancedrealism.ui.game.StartFigures>> startFigures =
            new java.util.HashMap<>();

    /** Each state's starting figures in a scenario (read once per scenario; empty if it does not load). */
    private java.util.Map<String, org.balancedrealism.ui.game.StartFigures> startFigures(String scenarioId) {
        return startFigures.computeIfAbsent(scenarioId, id -> {
            try {
                return org.balancedrealism.ui.game.StartFigures.of(scenarioSource().load(id));
            } catch (org.balancedrealism.io.DataFileException | RuntimeException e) {
                java.util.logging.Logger.getLogger(UiShell.class.getName()).log(java.util.logging.Level.WARNING,
                        "scenario figures unavailable, the chooser shows the map's: " + e.getMessage(), e);
                return java.util.Map.of();
            }
        });
    }

    /** Cards of scenarios not offered on the new-campaign screen (the tutorial's), read when first asked for. */
    private final java.util.Map<String, ScenarioCard> otherCards = new java.util.concurrent.ConcurrentHashMap<>();

    /** The scenario card of an id (also of one not on offer, such as the tutorial's), or null if it cannot load. */
    public ScenarioCard scenario(String id) {
        ScenarioCard offered = scenarios().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (offered != null || id == null) {
            return offered;
        }
        return otherCards.computeIfAbsent(id, key -> {
            try {
                return org.balancedrealism.ui.game.ScenarioCards.of(scenarioSource().load(key).scenario());
            } catch (org.balancedrealism.io.DataFileException | RuntimeException e) {
                return null;
            }
        });
    }

    // ---- running games: the seams between the screens that start games and the game screen ----

    private Consumer<org.balancedrealism.session.SeatSession> gameStarter = session -> { };
    private Consumer<org.balancedrealism.session.GameSession> gameSaver;
    private org.balancedrealism.session.Sessions sessions =
            new org.balancedrealism.session.Sessions(org.balancedrealism.session.OrderSource.PASSIVE, () -> null);

    /** Who shows a running game (the game screen's controller registers itself here). */
    public void setGameStarter(Consumer<org.balancedrealism.session.SeatSession> starter) {
        this.gameStarter = starter;
    }

    /** Shows a started or loaded game: new campaign, hot-seat setup and the load screen all end here. */
    public void startGame(org.balancedrealism.session.GameSession session) {
        runningGame = session;
        // hot-seat: the seat on turn reads and writes its own messages; a lone seat without instructor has none
        if (org.balancedrealism.ui.classroom.ClassroomScreens.hasMessages(session)) {
            gameMenu().register(org.balancedrealism.ui.menu.MenuSlot.CLASSROOM_MESSAGES, Texts.get("menu.classroomMessages"),
                    () -> org.balancedrealism.ui.classroom.ClassroomScreens.openSeatMessages(this, session));
        } else {
            gameMenu().unregister(org.balancedrealism.ui.menu.MenuSlot.CLASSROOM_MESSAGES);
        }
        gameStarter.accept(session);
    }

    /** Shows a seat of a classroom game played on another computer (the host saves it: nothing to save here). */
    public void startRemoteGame(org.balancedrealism.session.SeatSession seat) {
        runningGame = null;
        gameStarter.accept(seat);
    }

    /** Who saves a running game (the save dialog registers itself here); null while saving is unavailable. */
    public void setGameSaver(Consumer<org.balancedrealism.session.GameSession> saver) {
        this.gameSaver = saver;
    }

    public boolean canSave() {
        return gameSaver != null;
    }

    /** Asks the player where to save and saves (Ctrl+S, the in-game menu). */
    public void saveGame(org.balancedrealism.session.GameSession session) {
        if (gameSaver != null) {
            gameSaver.accept(session);
        }
    }

    /** Makes every game the screens start or load (campaign, hot-seat, saved), with the AI and autosave. */
    public org.balancedrealism.session.Sessions sessions() {
        return sessions;
    }

    public void setSessions(org.balancedrealism.session.Sessions sessions) {
        this.sessions = sessions;
    }

    // ---- hot-seat curtain, the running game and the scenario source ----

    private java.util.function.BiConsumer<org.balancedrealism.session.Seat, Runnable> curtain = (seat, ready) -> ready.run();
    private org.balancedrealism.session.GameSession runningGame;
    private org.balancedrealism.session.GameSession curtainGame;
    private org.balancedrealism.io.ScenarioSource scenarioSource = org.balancedrealism.io.ScenarioSource.SHIPPED;

    /** Who covers the screen between hot-seat seats ({@code ui.hotseat.CurtainScreen} registers itself here). */
    public void setCurtain(java.util.function.BiConsumer<org.balancedrealism.session.Seat, Runnable> curtain) {
        this.curtain = curtain == null ? (seat, ready) -> ready.run() : curtain;
    }

    /** Covers the screen with "Pass to <seat>"; {@code onReady} runs once that seat's player is ready. */
    public void showCurtain(org.balancedrealism.session.Seat seat, Runnable onReady) {
        showCurtain(seat, runningGame, onReady);
    }

    /** The curtain before {@code game} shows (a new or loaded game is not running yet behind its first curtain). */
    public void showCurtain(org.balancedrealism.session.Seat seat, org.balancedrealism.session.GameSession game,
                            Runnable onReady) {
        curtainGame = game;
        curtain.accept(seat, onReady);
    }

    /** The game the curtain now showing stands before (its instructor's console opens from the curtain), or null. */
    public org.balancedrealism.session.GameSession curtainGame() {
        return curtainGame;
    }

    /** The game last passed to {@link #startGame}, or null (the in-game "Save game" saves it). */
    public org.balancedrealism.session.GameSession runningGame() {
        return runningGame;
    }

    /** Where new games find their scenario, map and rules (the shipped files; tests plug in small ones). */
    public org.balancedrealism.io.ScenarioSource scenarioSource() {
        return scenarioSource;
    }

    public void setScenarioSource(org.balancedrealism.io.ScenarioSource source) {
        this.scenarioSource = source == null ? org.balancedrealism.io.ScenarioSource.SHIPPED : source;
    }
}
