package org.balancedrealism.ui.game;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.ui.map.CountryFacts;
import org.balancedrealism.ui.map.MapView;
import org.balancedrealism.ui.map.StateSearch;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The new-campaign screen: scenario cards on the left, the map in the middle to pick a state by clicking, the list
 * of states and the chosen state's figures on the right, and Begin.
 */
public class ScenarioChooser {
    public static final String ID = "scenario-chooser";

    private final GeoMap map;
    private final List<ScenarioCard> cards;
    private final Function<GeoMap, MapView> mapViews;
    private final Consumer<NewGameRequest> onBegin;
    private final CountryFacts facts;
    private final Function<String, Map<String, StartFigures>> startFigures;
    private Map<String, StartFigures> figuresNow = Map.of();
    private FigureTable figures;
    private Label chosenName;

    private ScenarioCard scenario;
    private MapView mapView;
    private ListView<MapCountry> states;
    private TextField seedField;
    private Button begin;

    /**
     * @param mapViews makes the map view (so that it follows the settings)
     * @param onBegin  called with the player's choice when Begin is pressed
     */
    public ScenarioChooser(GeoMap map, List<ScenarioCard> cards, Function<GeoMap, MapView> mapViews,
                           Consumer<NewGameRequest> onBegin) {
        this(map, cards, mapViews, onBegin, id -> Map.of());
    }

    /**
     * @param startFigures each state's starting figures in a scenario, by scenario id (empty: the map's figures), so
     *                     the figures shown are those the game will use
     */
    public ScenarioChooser(GeoMap map, List<ScenarioCard> cards, Function<GeoMap, MapView> mapViews,
                           Consumer<NewGameRequest> onBegin, Function<String, Map<String, StartFigures>> startFigures) {
        this.startFigures = startFigures;
        this.map = map;
        this.cards = List.copyOf(cards);
        this.mapViews = mapViews;
        this.onBegin = onBegin;
        this.facts = new CountryFacts(map);
    }

    public ScreenFrame build() {
        // ---- scenarios and seed
        Label scenariosTitle = section(Texts.get("hotseat.scenario"));
        VBox cardBox = new VBox(8);
        for (ScenarioCard card : cards) {
            cardBox.getChildren().add(cardNode(card, cardBox));
        }
        Label seedTitle = section(Texts.get("hotseat.seed"));
        seedField = new TextField(Long.toString(new Random().nextInt(1_000_000)));
        seedField.setId("seed-field");
        seedField.setPrefColumnCount(10);
        Label seedHint = new Label(Texts.get("hotseat.seedHint"));
        seedHint.getStyleClass().add("muted");
        seedHint.setWrapText(true);
        seedHint.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane cardScroll = new ScrollPane(cardBox);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(cardScroll, Priority.ALWAYS);
        VBox left = new VBox(10, scenariosTitle, cardScroll, seedTitle, seedField, seedHint);
        left.setPrefWidth(300);
        left.setMinWidth(260);

        // ---- the map
        mapView = mapViews.apply(map);
        mapView.setId("chooser-map");
        mapView.setTooltipProvider(id -> {
            StartFigures f = figuresNow.get(id);   // the scenario's figures, as in the table beside the map
            return f == null ? facts.tooltip(id) : facts.tooltip(id, f.populationM(), f.gdpBn());
        });
        mapView.legendShownProperty().set(false);   // the political legend says nothing the chooser needs
        mapView.setPrefSize(780, 560);
        Label mapHint = new Label(Texts.get("chooser.mapHint"));
        mapHint.getStyleClass().add("muted");
        VBox centre = new VBox(6, mapView, mapHint);
        VBox.setVgrow(mapView, Priority.ALWAYS);
        HBox.setHgrow(centre, Priority.ALWAYS);

        // ---- states and figures
        Label statesTitle = section(Texts.get("chooser.yourState"));
        TextField filter = new TextField();
        filter.setPromptText(Texts.get("chooser.filter"));
        filter.setId("state-filter");
        FilteredList<MapCountry> playable = new FilteredList<>(FXCollections.observableArrayList(
                map.countries().stream().filter(MapCountry::playable)
                        .sorted(Comparator.comparing(MapCountry::name)).toList()));
        filter.setPromptText(Texts.get("chooser.filter.examples"));
        StateSearch search = StateSearch.shipped();
        filter.textProperty().addListener((obs, old, now) -> playable.setPredicate(c -> search.matches(c, now)));
        states = new ListView<>(playable);
        states.setId("state-list");
        states.setPrefHeight(220);
        states.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MapCountry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CountryNames.of(item.id(), item.name()));
            }
        });
        chosenName = new Label();
        chosenName.getStyleClass().add("section-title");
        chosenName.setId("chosen-state");
        figures = new FigureTable();
        begin = new Button(Texts.get("chooser.begin"));
        begin.setId("begin-campaign");
        begin.getStyleClass().add("primary");
        begin.setDefaultButton(true);
        begin.setMaxWidth(Double.MAX_VALUE);
        begin.setOnAction(e -> beginIfReady());
        VBox right = new VBox(10, statesTitle, filter, states, chosenName, figures, begin);
        right.setPrefWidth(300);
        right.setMinWidth(260);

        // ---- keep map and list in step; a dependency stands for its sovereign
        mapView.selectedProperty().addListener((obs, old, now) -> {
            MapCountry c = facts.get(now);
            if (c != null && !c.playable()) {
                mapView.select(c.sovereign());
                return;
            }
            if (c == null) {
                states.getSelectionModel().clearSelection();
            } else if (states.getSelectionModel().getSelectedItem() != c) {
                states.getSelectionModel().select(c);
                states.scrollTo(c);
            }
            showFigures(c);
        });
        states.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(mapView.getSelected())) {
                mapView.select(now.id());
                mapView.centreOn(now.id());
            }
        });
        begin.disableProperty().bind(Bindings.createBooleanBinding(
                () -> mapView.getSelected() == null || parseSeed() == null, mapView.selectedProperty(),
                seedField.textProperty()));

        if (!cards.isEmpty()) {
            choose(cards.get(0), cardBox);
        }
        HBox body = new HBox(16, left, centre, right);
        // Enter begins from anywhere on the screen (the state list would otherwise keep it)
        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !begin.isDisabled()) {
                begin.fire();
                e.consume();
            }
        });
        body.setAlignment(Pos.TOP_LEFT);
        body.setPrefSize(1420, 700);
        return new ScreenFrame(ID, Texts.get("menu.newCampaign"), body);
    }

    /** The map of the chooser (after {@link #build()}). */
    public MapView mapView() {
        return mapView;
    }

    private void beginIfReady() {
        Long seed = parseSeed();
        String state = mapView.getSelected();
        if (scenario == null || state == null || seed == null) {
            return;
        }
        onBegin.accept(new NewGameRequest(scenario.id(), List.of(state), seed));
    }

    private Long parseSeed() {
        try {
            return Long.parseLong(seedField.getText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private VBox cardNode(ScenarioCard card, VBox all) {
        Label title = new Label(card.title());
        title.getStyleClass().add("section-title");
        Label meta = new Label(card.date() + "  ·  " + card.difficulty());
        meta.getStyleClass().add("muted");
        Label summary = new Label(card.summary());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox node = new VBox(title, meta, summary);
        node.getStyleClass().add("scenario-card");
        node.setId("scenario-" + card.id());
        node.setUserData(card);
        node.setOnMouseClicked(e -> choose(card, all));
        return node;
    }

    private void showFigures(MapCountry c) {
        chosenName.setText(c == null ? "" : CountryNames.of(c.id(), c.name()));
        figures.show(c, facts, c == null ? null : figuresNow.get(c.id()));
    }

    private void choose(ScenarioCard card, VBox all) {
        scenario = card;
        figuresNow = startFigures.apply(card.id());
        if (mapView != null && chosenName != null) {
            showFigures(facts.get(mapView.getSelected()));
        }
        all.getChildren().forEach(n -> {
            n.getStyleClass().remove("selected");
            if (n.getUserData() == card) {
                n.getStyleClass().add("selected");
            }
        });
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
