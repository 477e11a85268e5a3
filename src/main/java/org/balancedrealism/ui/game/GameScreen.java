package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.ui.map.AtlasModes;
import org.balancedrealism.ui.map.CountryFacts;
import org.balancedrealism.ui.map.MapMode;
import org.balancedrealism.ui.map.MapModeBar;
import org.balancedrealism.ui.map.MapView;

/**
 * The game screen as far as it goes without the rules engine: the map in the centre with its mode bar, a top bar
 * with the player's state, and a side panel with the selected state's figures. The engine's session will add the
 * top-bar figures, the moves, the event log and its own map modes ({@link #modes()}).
 */
public class GameScreen extends BorderPane {
    public static final String ID = "game-screen";

    private final MapView mapView;
    private final ObservableList<MapMode> modes;
    private final CountryFacts facts;
    private final Label selectedName = new Label();
    private final ObjectProperty<Runnable> onEndTurn = new SimpleObjectProperty<>(this, "onEndTurn");
    private final ObjectProperty<Runnable> onSave = new SimpleObjectProperty<>(this, "onSave");
    private final FigureTable figures = new FigureTable();
    private final Label playing = new Label();
    /** A flow, not a row: at Large and Extra-large text the figures wrap onto a second line instead of "GDP $1…". */
    private final FlowPane statusBar = new FlowPane();
    private final MapModeBar modeBar;
    private final Button endTurn = new Button(Texts.get("game.endTurn"));

    /**
     * @param openHelp opens the key help (F1)
     * @param openMenu opens the in-game menu (Esc)
     */
    public GameScreen(GeoMap map, MapView mapView, ScenarioCard scenario, NewGameRequest request,
                      Runnable openHelp, Runnable openMenu) {
        this.mapView = mapView;
        this.facts = new CountryFacts(map);
        this.modes = FXCollections.observableArrayList(AtlasModes.all(map));
        setId(ID);

        String player = request.playerState();
        Label title = new Label(scenario == null ? request.scenarioId() : scenario.title()
                + (scenario.date() == null ? "" : "  ·  " + scenario.date()));
        title.getStyleClass().add("section-title");
        title.setId("scenario-title");
        playing.setText(player == null ? "" : Texts.get("game.playingAs", facts.title(player)));
        playing.setId("playing-as");
        Button help = new Button(Texts.get("game.help"));
        help.setOnAction(e -> openHelp.run());
        help.setFocusTraversable(false);
        Button menu = new Button(Texts.get("game.menu"));
        menu.setOnAction(e -> openMenu.run());
        menu.setFocusTraversable(false);
        endTurn.setId("end-turn");
        endTurn.getStyleClass().add("primary");
        endTurn.setFocusTraversable(false);
        endTurn.setOnAction(e -> run(onEndTurn));
        // absent, not disabled, until the session wires the turn
        endTurn.visibleProperty().bind(onEndTurn.isNotNull());
        endTurn.managedProperty().bind(endTurn.visibleProperty());
        for (Region r : new Region[] {playing, endTurn, help, menu}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);
        title.setTooltip(new javafx.scene.control.Tooltip(title.getText())); // cut short at the largest text sizes
        HBox who = new HBox(title, playing);
        who.getStyleClass().add("top-bar-group");
        who.setAlignment(Pos.CENTER_LEFT);
        who.setSpacing(16);
        who.setMinWidth(0);
        modeBar = new MapModeBar(mapView, modes);
        HBox controls = new HBox(modeBar, endTurn, help, menu);
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.setSpacing(16);
        TwoSidedBar top = new TwoSidedBar(who, controls);
        top.setId("top-row");
        top.getStyleClass().add("top-bar");
        statusBar.setId("status-bar");
        statusBar.getStyleClass().add("top-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setHgap(12);
        statusBar.setVgap(4);
        statusBar.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(statusBar.getChildren()));
        statusBar.managedProperty().bind(statusBar.visibleProperty());
        setTop(new VBox(top, statusBar));

        mapView.setTooltipProvider(facts::tooltip);
        setCenter(mapView);

        selectedName.getStyleClass().add("screen-title");
        selectedName.setWrapText(true);
        selectedName.setId("selected-name");
        Label hint = new Label(Texts.get("game.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox side = new VBox(selectedName, figures, hint);
        side.getStyleClass().add("side-panel");
        side.setAlignment(Pos.TOP_LEFT);
        setRight(side);

        mapView.selectedProperty().addListener((obs, old, now) -> showState(now == null ? player : now));
        showState(player);
        // the map's keys work whichever control has the focus
        addEventHandler(KeyEvent.KEY_PRESSED, mapView.keyHandler());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && onEndTurn.get() != null) {
                run(onEndTurn);
                e.consume();
            } else if (e.getCode() == KeyCode.S && e.isShortcutDown() && onSave.get() != null) {
                run(onSave);
                e.consume();
            }
        });
        if (player != null) {
            mapView.select(player);
            mapView.centreOn(player);
        }
        // keys need a focus owner inside this screen
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(mapView::requestFocus);
            }
        });
    }

    /**
     * While a turn resolves the mode bar and End turn wait: nothing on screen may re-read or order until the next
     * view is published.
     */
    public void setResolving(boolean resolving) {
        modeBar.setDisable(resolving);
        endTurn.setDisable(resolving);
    }

    /** The second row of the top bar: the running game's figures (empty, and hidden, without a game). */
    public FlowPane statusBar() {
        return statusBar;
    }

    /** Changes the "Playing as …" line (hot-seat: the seat whose turn it is). */
    public void setPlayingAs(String stateId) {
        playing.setText(stateId == null ? "" : Texts.get("game.playingAs", facts.title(stateId)));
    }

    public MapView mapView() {
        return mapView;
    }

    /** The modes on the mode bar; the engine adds its own here. */
    public ObservableList<MapMode> modes() {
        return modes;
    }

    /** What Enter and the End turn button do; null (the default) leaves the button out. */
    public ObjectProperty<Runnable> onEndTurnProperty() {
        return onEndTurn;
    }

    /** What Ctrl+S does; null (the default) does nothing. */
    public ObjectProperty<Runnable> onSaveProperty() {
        return onSave;
    }

    private static void run(ObjectProperty<Runnable> action) {
        Runnable r = action.get();
        if (r != null) {
            r.run();
        }
    }

    private void showState(String id) {
        MapCountry c = facts.get(id);
        selectedName.setText(c == null ? "" : facts.title(id));
        figures.show(c, facts);
    }
}
