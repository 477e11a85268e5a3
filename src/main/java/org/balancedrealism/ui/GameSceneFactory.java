package org.balancedrealism.ui;

import com.almasb.fxgl.app.scene.FXGLMenu;
import com.almasb.fxgl.app.scene.LoadingScene;
import com.almasb.fxgl.app.scene.MenuType;
import com.almasb.fxgl.app.scene.SceneFactory;
import com.almasb.fxgl.app.scene.StartupScene;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuView;
import org.balancedrealism.ui.screen.AboutScreen;

/** FXGL's scenes in the game's style: start-up, loading, main menu and in-game menu. */
public class GameSceneFactory extends SceneFactory {
    public static final String MAIN_MENU_ID = "main-menu";
    public static final String GAME_MENU_ID = "game-menu";

    private final UiShell shell;
    private final boolean headless;

    public GameSceneFactory(UiShell shell, boolean headless) {
        this.shell = shell;
        this.headless = headless;
    }

    /** The splash while FXGL starts and the map loads: the icon, the title, what is being read and how far. */
    @Override
    public StartupScene newStartup(int width, int height) {
        return new StartupScene(width, height) {
            {
                StackPane pane = splash(width, height, BalancedRealismApp.TITLE);
                VBox box = (VBox) pane.getChildren().get(0);
                java.io.InputStream icon = GameSceneFactory.class.getResourceAsStream(AboutScreen.ICON);
                if (icon != null) {
                    box.getChildren().add(0, new ImageView(new Image(icon, 128, 128, true, true)));
                }
                Label version = new Label(Texts.get("splash.version", BalancedRealismApp.VERSION));
                version.getStyleClass().add("subtitle");
                ProgressBar bar = new ProgressBar(0);
                bar.setId("splash-progress");
                bar.setPrefWidth(360);
                Label step = new Label(shell.startup().step());
                step.setId("splash-step");
                step.getStyleClass().add("muted");
                box.getChildren().addAll(version, bar, step);
                // the loading thread cannot touch JavaFX (it starts before JavaFX does): read it every frame
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        bar.setProgress(Math.max(0.05, shell.startup().progress()));
                        step.setText(shell.startup().step());
                        if (shell.startup().done().isDone()) {
                            stop();
                        }
                    }
                }.start();
                getContentRoot().getChildren().add(pane);
                if (headless) {
                    setCursor(Cursor.DEFAULT);
                }
            }
        };
    }

    @Override
    public LoadingScene newLoadingScene() {
        return new LoadingScene() {
            {
                StackPane pane = splash(getAppWidth(), getAppHeight(), Texts.get("loading.preparing"));
                ProgressBar bar = new ProgressBar(-1);
                bar.setPrefWidth(320);
                ((VBox) pane.getChildren().get(0)).getChildren().add(bar);
                getContentRoot().getChildren().add(pane);
                if (headless) {
                    setCursor(Cursor.DEFAULT);
                }
            }
        };
    }

    @Override
    public FXGLMenu newMainMenu() {
        return new GameMenu(MenuType.MAIN_MENU);
    }

    @Override
    public FXGLMenu newGameMenu() {
        return new GameMenu(MenuType.GAME_MENU);
    }

    private StackPane splash(double width, double height, String text) {
        Label title = new Label(text);
        title.getStyleClass().add("title-large");
        VBox box = new VBox(24, title);
        box.setAlignment(Pos.CENTER);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("main-menu");
        pane.setPrefSize(width, height);
        return Styles.apply(pane, shell.settings());
    }

    /** The main menu and the in-game menu: a {@link MenuView} over a dimmed world map when there is one. */
    private final class GameMenu extends FXGLMenu {
        private final MenuView view;
        private final boolean main;
        private boolean shownBefore;

        GameMenu(MenuType type) {
            super(type);
            main = type == MenuType.MAIN_MENU;
            view = new MenuView(main ? MAIN_MENU_ID : GAME_MENU_ID, title(), subtitle(), footer(),
                    main ? shell.mainMenu() : shell.gameMenu(), null);
            shell.onLanguageChanged(() -> view.setTexts(title(), subtitle(), footer()));
            if (main) {
                // the menu shows at once; the dimmed world map comes behind it when the map has loaded
                shell.startup().map().thenAccept(map -> map.ifPresent(m -> Platform.runLater(() -> {
                    MapView backdrop = shell.newMapView(m);
                    backdrop.legendShownProperty().set(false);
                    backdrop.labelsVisibleProperty().set(false); // a backdrop, not a map to read
                    view.setBackdrop(backdrop);
                })));
                shell.startNotice().ifPresent(view::setNotice);
            }
            view.setPrefSize(getAppWidth(), getAppHeight());
            Styles.apply(view, shell.settings());
            if (!main) {
                view.getStyleClass().add("game-menu");
            }
            getContentRoot().getChildren().add(view);
            Headless.guardCursor(getRoot());
            getInput().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.F1) {
                    shell.openHelp();
                }
            });
        }

        private String title() {
            return main ? BalancedRealismApp.TITLE : Texts.get("menu.paused");
        }

        private String subtitle() {
            return Texts.get(main ? "menu.subtitle" : "menu.paused.subtitle");
        }

        private String footer() {
            return main ? Texts.get("menu.footer", BalancedRealismApp.VERSION) : null;
        }

        @Override
        public void onCreate() {
            view.focusFirst();
            if (main && !shownBefore) {
                shownBefore = true;
                StartupTime.mainMenuShown();
                shell.mainMenuFirstShown();
            } else if (main) {
                shell.mainMenuShown();
            }
        }

        @Override
        public void onEnteredFrom(com.almasb.fxgl.scene.Scene previous) {
            // back from a screen opened over the menu: give the keyboard a place to start again
            view.focusFirst();
            if (main) {
                shell.mainMenuShown();
            }
        }
    }
}
