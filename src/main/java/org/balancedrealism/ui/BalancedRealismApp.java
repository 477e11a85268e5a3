package org.balancedrealism.ui;

import com.almasb.fxgl.app.ApplicationMode;
import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.app.GameSettings;
import com.almasb.fxgl.dsl.FXGL;
import com.almasb.fxgl.input.UserAction;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Sessions;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.game.GameController;
import org.balancedrealism.ui.game.GameScreen;
import org.balancedrealism.ui.game.NewGameRequest;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.ui.hotseat.CurtainScreen;
import org.balancedrealism.ui.hotseat.HotSeatScreens;
import org.balancedrealism.ui.menu.MenuSlot;
import org.balancedrealism.ui.tutorial.TutorialCoach;
import org.balancedrealism.io.Settings;
import org.balancedrealism.ui.saves.ContinueGame;
import org.balancedrealism.ui.saves.SaveScreens;
import org.balancedrealism.ui.screen.FxglScreens;

/**
 * The FXGL shell of the game. It only wires things: settings, the scene factory with the game's menus, the
 * overlay screens and the keys. Screens themselves are plain JavaFX classes elsewhere in this package.
 */
public class BalancedRealismApp extends GameApplication {
    public static final String TITLE = "Balanced Realism";
    /** The version from the pom (shown in the title bar, the main menu and the About box). */
    public static final String VERSION = org.balancedrealism.io.BuildInfo.version();
    /** The window's icon, under assets/textures (FXGL's place for images). */
    public static final String ICON = "app-icon.png";
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;

    private final MapSource mapSource;
    private final ScenarioSource scenarioSource;
    private UiShell shell;
    private org.balancedrealism.session.SeatSession pendingGame;
    /** Host and join a classroom game; the instructor's console hooks in with {@code setConsoleOpener}. */
    private org.balancedrealism.ui.classroom.ClassroomScreens classroom;
    private GameScreen gameScreen;
    private GameController gameController;

    public BalancedRealismApp() {
        this(MapSource.shipped());
    }

    /** An app on another map (tests use a small synthetic one). */
    public BalancedRealismApp(MapSource mapSource) {
        this(mapSource, ScenarioSource.SHIPPED);
    }

    /** An app on another map and other scenarios (tests use small synthetic ones). */
    public BalancedRealismApp(MapSource mapSource, ScenarioSource scenarioSource) {
        this.mapSource = mapSource;
        this.scenarioSource = scenarioSource;
    }

    /** The shared UI services; available once FXGL has read the settings. */
    public UiShell shell() {
        return shell;
    }

    @Override
    protected void initSettings(GameSettings settings) {
        settings.setTitle(TITLE);
        settings.setVersion(VERSION);
        settings.setAppIcon(ICON);
        settings.setWidth(WIDTH);
        settings.setHeight(HEIGHT);
        settings.setManualResizeEnabled(true);
        settings.setPreserveResizeRatio(true);
        settings.setIntroEnabled(false);
        settings.setApplicationMode(ApplicationMode.RELEASE);
        settings.setMainMenuEnabled(true);
        settings.setGameMenuEnabled(true);
        settings.setFullScreenAllowed(!Headless.isOn());
        settings.setProfilingEnabled(false);
        settings.setCloseConfirmation(false);
        // FXGL writes logs/ and system/ into the working directory: fine for a developer, not for an installed game
        settings.setFileSystemWriteAllowed(!Headless.isOn() && !Boolean.getBoolean(Settings.INSTALLED_PROPERTY));

        UiSettings uiSettings = new UiSettings();
        SettingsStore store = SettingsStore.attach(Settings.defaultFile(), uiSettings);
        shell = new UiShell(uiSettings, new FxglScreens(uiSettings), mapSource);
        shell.setSessions(Sessions.standard());
        shell.setStartNotice(store.startProblem().orElse(null));
        shell.setScenarioSource(scenarioSource);
        shell.setGameStarter(this::showGame);
        registerMenuEntries();
        ContinueGame continueGame = new ContinueGame(shell, SaveGames::fromSettings);
        shell.onLanguageChanged(continueGame::refresh);
        shell.onLanguageChanged(this::relabelGame);
        shell.setOnMainMenuShown(first -> {
            if (first) {
                // the map and the scenarios load once the menu shows (it fills in behind it): loaded earlier, they
                // took the CPU from JavaFX and FXGL and put the menu off by a second or more
                shell.startLoading();
                StartupTime.exitAfterTrainingRun(shell.startup());
                continueGame.refreshInBackground();
            } else {
                continueGame.refresh();
            }
        });
        SaveScreens.registerSaver(shell, SaveGames::fromSettings);
        CurtainScreen.register(shell);
        settings.setSceneFactory(new GameSceneFactory(shell, Headless.isOn()));
    }

    private void registerMenuEntries() {
        classroom = new org.balancedrealism.ui.classroom.ClassroomScreens(shell);
        // The console drives the world the instructor picked on the host's status screen (each has its own clock).
        classroom.setConsoleOpener((world, title) -> org.balancedrealism.ui.console.InstructorConsole.open(
                world.session(), world, shell, title));
        // offered from the start; taken away if the map turns out not to load (a campaign needs it)
        boolean[] mapMissing = {false};
        shell.startup().map().thenAccept(map -> {
            if (map.isEmpty()) {
                mapMissing[0] = true;
                try {
                    javafx.application.Platform.runLater(() -> shell.mainMenu().unregister(MenuSlot.NEW_CAMPAIGN));
                } catch (IllegalStateException javaFxNotStartedYet) {
                    shell.mainMenu().unregister(MenuSlot.NEW_CAMPAIGN);
                }
            }
        });
        labelMenuEntries(mapMissing);
        // another language: the same entries under their new names (an entry registered again replaces its slot)
        shell.onLanguageChanged(() -> labelMenuEntries(mapMissing));
    }

    private void labelMenuEntries(boolean[] mapMissing) {
        if (!mapMissing[0]) {
            shell.mainMenu().register(MenuSlot.NEW_CAMPAIGN, Texts.get("menu.newCampaign"),
                    () -> shell.openScenarioChooser(this::startCampaign));
        }
        shell.mainMenu()
                .register(MenuSlot.TUTORIAL, Texts.get("menu.tutorial"), this::startTutorial)
                .register(MenuSlot.HOT_SEAT, Texts.get("menu.hotSeat"),
                        () -> HotSeatScreens.openSetup(shell, shell.scenarioSource()))
                .register(MenuSlot.HOST_CLASSROOM, Texts.get("menu.hostClassroom"),
                        classroom::openHost)
                .register(MenuSlot.JOIN_CLASSROOM, Texts.get("menu.joinClassroom"),
                        classroom::openJoin)
                .register(MenuSlot.LOAD_GAME, Texts.get("menu.loadGame"),
                        () -> SaveScreens.openLoadScreen(shell, SaveGames.fromSettings()))
                .register(MenuSlot.SETTINGS, Texts.get("menu.settings"), shell::openSettings)
                .register(MenuSlot.PRIMER, Texts.get("menu.primer"), () -> shell.openPrimer(null))
                .register(MenuSlot.ABOUT, Texts.get("menu.about"), shell::openAbout)
                .register(MenuSlot.QUIT, Texts.get("menu.quit"), () -> FXGL.getGameController().exit());
        shell.gameMenu()
                .register(MenuSlot.RESUME, Texts.get("menu.resume"), () -> FXGL.getSceneService().popSubScene())
                .register(MenuSlot.SAVE_GAME, Texts.get("menu.saveGame"), () -> {
                    if (shell.runningGame() != null && shell.canSave()) {
                        FXGL.getSceneService().popSubScene();
                        shell.saveGame(shell.runningGame());
                    }
                })
                .register(MenuSlot.SETTINGS, Texts.get("menu.settings"), shell::openSettings)
                .register(MenuSlot.PRIMER, Texts.get("menu.primer"), () -> shell.openPrimer(null))
                .register(MenuSlot.EXIT_TO_MAIN_MENU, Texts.get("menu.exitToMainMenu"),
                        () -> FXGL.getGameController().gotoMainMenu())
                .register(MenuSlot.QUIT, Texts.get("menu.quit"), () -> FXGL.getGameController().exit());
    }

    /**
     * The guided first game: the first-game scenario (today's world where Iran strikes its neighbours, so a
     * coalition forms against it by turn 2) with a fixed seed, as the United Kingdom when the scenario has it
     * (else its first state), with the coach at the left edge of the game screen.
     */
    private void startTutorial() {
        GameSession session;
        try {
            org.balancedrealism.io.Games.Loaded loaded = shell.scenarioSource().load(TUTORIAL_SCENARIO);
            java.util.List<String> ids = loaded.scenario().nations.stream().map(n -> n.id).toList();
            String seat = ids.contains("GBR") || ids.isEmpty() ? "GBR" : ids.get(0);
            session = shell.sessions().campaign(loaded, TUTORIAL_SEED, java.util.List.of(seat));
        } catch (DataFileException | RuntimeException e) {
            java.util.logging.Logger.getLogger(BalancedRealismApp.class.getName())
                    .log(java.util.logging.Level.SEVERE, "cannot start the tutorial: " + e.getMessage(), e);
            return;
        }
        tutorialPending = true;
        shell.startGame(session);
    }

    /** Starts a single-player campaign from the new-campaign screen: a session, then the game screen. */
    private void startCampaign(NewGameRequest request) {
        GameSession session;
        try {
            session = shell.sessions().campaign(shell.scenarioSource().load(request.scenarioId()), request.seed(),
                    request.humanStates());
        } catch (DataFileException | RuntimeException e) {
            java.util.logging.Logger.getLogger(BalancedRealismApp.class.getName())
                    .log(java.util.logging.Level.SEVERE, "cannot start the campaign: " + e.getMessage(), e);
            return;
        }
        shell.startGame(session);
    }

    /** The game starter: FXGL's loading scene, then {@link #initUI()} shows the session. */
    private static final long TUTORIAL_SEED = 1;
    /** The guided first game's scenario: a game of it gets the coach, also when continued from a save. */
    public static final String TUTORIAL_SCENARIO = "first-game";
    /** The next game shown is a new tutorial: its coach starts at the first step. */
    private boolean tutorialPending;
    private TutorialCoach tutorialCoach;

    /** The coach of the running tutorial, or null. */
    public TutorialCoach tutorialCoach() {
        return tutorialCoach;
    }

    private void showGame(org.balancedrealism.session.SeatSession session) {
        pendingGame = session;
        FXGL.getGameController().startNewGame();
    }

    /** The classroom screens (host, join); the lead wires the instructor's console in with setConsoleOpener. */
    public org.balancedrealism.ui.classroom.ClassroomScreens classroom() {
        return classroom;
    }

    /** The controller of the running game, or null. */
    public GameController gameController() {
        return gameController;
    }

    /** The game screen of the running game, or null. */
    public GameScreen gameScreen() {
        return gameScreen;
    }

    @Override
    protected void initUI() {
        gameScreen = null;
        gameController = null;
        if (pendingGame == null || shell.map().isEmpty()) {
            return;
        }
        buildGameScreen(shell.map().get(), pendingGame);
        // the window's focus owner is still a node of the menu until the game scene shows: hand the keys to the map
        GameScreen shown = gameScreen;
        GameController controller = gameController;
        FXGL.runOnce(() -> {
            shown.mapView().requestFocus();
            controller.shown();
        }, javafx.util.Duration.seconds(0.2));
    }

    /**
     * Another language chosen during a game: the game screen is built again from the same session, in the words of
     * the moment, and put back where the player left it (selection, camera, map mode). Not while a turn resolves.
     */
    private void relabelGame() {
        GameScreen before = gameScreen;
        GameController controller = gameController;
        // a game left for the main menu keeps its old screen until a game is opened again (initUI builds it anew)
        if (before == null || controller == null || controller.isBusy() || shell.map().isEmpty()
                || !FXGL.getSceneService().isInHierarchy(FXGL.getGameScene())) {
            return;
        }
        FXGL.getGameScene().removeUINode(before);
        buildGameScreen(shell.map().get(), controller.seatSession());
        // laid out now, so the map's first layout (which fits the world) comes before the camera is put back
        gameScreen.resize(before.getWidth(), before.getHeight());
        gameScreen.applyCss();
        gameScreen.layout();
        gameController.takeOverFrom(controller);
    }

    private void buildGameScreen(GeoMap map, org.balancedrealism.session.SeatSession session) {
        org.balancedrealism.session.SeatView view = session.view();
        NewGameRequest request = new NewGameRequest(view.game().scenarioId(), java.util.List.of(view.me()),
                view.game().seed());
        gameScreen = new GameScreen(map, shell.newMapView(map), shell.scenario(view.game().scenarioId()),
                request, shell::openHelp, () -> FXGL.getGameController().gotoGameMenu());
        gameScreen.setPrefSize(WIDTH, HEIGHT);
        Styles.apply(gameScreen, shell.settings());
        Headless.guardCursor(gameScreen);
        gameController = new GameController(shell, session, gameScreen, map);
        tutorialCoach = null;
        if (tutorialPending || TUTORIAL_SCENARIO.equals(view.game().scenarioId())) {
            tutorialCoach = new TutorialCoach(gameController.tutorialSignals(),
                    tutorialPending ? org.balancedrealism.ui.tutorial.TutorialStep.SELECT_STATE
                            : TutorialCoach.resumeAt(view));
            tutorialPending = false;
            gameScreen.setLeft(tutorialCoach.node());
        }
        FXGL.getGameScene().addUINode(gameScreen);
    }

    @Override
    protected void initInput() {
        FXGL.getInput().addAction(new UserAction("Help") {
            @Override
            protected void onActionBegin() {
                shell.openHelp();
            }
        }, KeyCode.F1);
        // Enter ends the turn even when no control of the game screen holds the focus
        FXGL.getInput().addAction(new UserAction("End turn") {
            @Override
            protected void onActionBegin() {
                if (gameController != null && gameScreen != null && gameScreen.getScene() != null) {
                    gameController.endTurn();
                }
            }
        }, KeyCode.ENTER);
    }

    @Override
    protected void onPreInit() {
        if (Headless.isOn()) {
            // FXGL's image cursor crashes Monocle; a scene whose root already has a cursor keeps it
            FXGL.getGameScene().setCursor(Cursor.DEFAULT);
        }
        if (FXGL.getSettings().isFullScreenAllowed()) {
            FXGL.getSettings().getFullScreen().bindBidirectional(shell.settings().fullScreenProperty());
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
