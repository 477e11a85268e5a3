package org.balancedrealism.ui;

import com.almasb.fxgl.app.scene.FXGLMenu;
import com.almasb.fxgl.app.scene.LoadingScene;
import com.almasb.fxgl.app.scene.MenuType;
import com.almasb.fxgl.app.scene.SceneFactory;
import com.almasb.fxgl.app.scene.StartupScene;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.menu.MenuView;

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

    @Override
    public StartupScene newStartup(int width, int height) {
        return new StartupScene(width, height) {
            {
                getContentRoot().getChildren().add(splash(width, height, "Balanced Realism"));
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
                StackPane pane = splash(getAppWidth(), getAppHeight(), "Preparing the world…");
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

        GameMenu(MenuType type) {
            super(type);
            boolean main = type == MenuType.MAIN_MENU;
            MapView backdrop = main ? shell.map().map(shell::newMapView).orElse(null) : null;
            if (backdrop != null) {
                backdrop.legendShownProperty().set(false);
                backdrop.labelsVisibleProperty().set(false); // a backdrop, not a map to read
            }
            view = new MenuView(main ? MAIN_MENU_ID : GAME_MENU_ID,
                    main ? "Balanced Realism" : "Paused",
                    main ? "Power, pursued with prudence" : "The world waits for your orders",
                    main ? "v" + BalancedRealismApp.VERSION + "   ·   F1 help" : null,
                    main ? shell.mainMenu() : shell.gameMenu(),
                    backdrop);
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

        @Override
        public void onCreate() {
            view.focusFirst();
        }

        @Override
        public void onEnteredFrom(com.almasb.fxgl.scene.Scene previous) {
            // back from a screen opened over the menu: give the keyboard a place to start again
            view.focusFirst();
        }
    }
}
