package org.balancedrealism.ui.hotseat;

import org.balancedrealism.text.Texts;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.World;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Sessions;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.game.ScenarioCard;
import org.balancedrealism.ui.map.StateSearch;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The hot-seat setup screen: a scenario, two to eight human seats (name, state, optional password), a seed. Every
 * state without a seat is played by the AI. Start builds the {@link GameSession} and hands it on.
 */
public class HotSeatSetup {
    public static final String ID = "hotseat-setup";
    public static final int MIN_SEATS = 2;

    /** A state on offer. */
    public record StateChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<ScenarioCard> cards;
    private final ScenarioSource scenarios;
    private final Consumer<GameSession> onStart;
    private final Sessions sessions;
    private final Map<String, Games.Loaded> loaded = new HashMap<>();
    private final ObservableList<StateChoice> states = FXCollections.observableArrayList();
    private final List<SeatRow> rows = new ArrayList<>();

    private ScenarioCard scenario;
    private VBox cardBox;
    private VBox seatBox;
    private TextField seedField;
    private Label errors;
    private Button addSeat;
    private Button start;
    private GameSession lastStarted;
    private javafx.scene.control.CheckBox instructor;
    private PasswordField instructorPassword;

    /**
     * @param onStart called with the new session when Start is pressed and everything is in order (the caller
     *                closes the screen and shows the curtain for the first seat)
     */
    public HotSeatSetup(List<ScenarioCard> cards, ScenarioSource scenarios, Sessions sessions,
                        Consumer<GameSession> onStart) {
        this.sessions = sessions;
        this.cards = List.copyOf(cards);
        this.scenarios = scenarios;
        this.onStart = onStart;
    }

    private final class SeatRow {
        final TextField name = new TextField();
        /** Narrows this seat's list: a scenario offers up to two hundred states, too many to scroll through. */
        final TextField search = new TextField();
        final FilteredList<StateChoice> found = new FilteredList<>(states);
        final ComboBox<StateChoice> state = new ComboBox<>(found);
        final PasswordField password = new PasswordField();
        final Button remove = new Button(Texts.get("hotseat.remove"));
        /** Wraps onto a second line when the text size leaves no room for the row on one. */
        final javafx.scene.layout.FlowPane node;

        SeatRow(int index) {
            name.setPromptText(Texts.get("hotseat.playerName"));
            name.setPrefColumnCount(12);
            search.setPromptText(Texts.get("hotseat.typeToFind"));
            search.setPrefColumnCount(8);
            search.setTooltip(new javafx.scene.control.Tooltip(Texts.get("hotseat.searchTip")));
            StateSearch finder = StateSearch.shipped();
            search.textProperty().addListener((o, a, b) -> {
                found.setPredicate(c -> finder.matches(c.id(), c.name(), b));
                if (found.size() == 1) {
                    state.setValue(found.get(0)); // one state left: that is the one meant
                }
            });
            search.setOnAction(e -> {
                if (!found.isEmpty()) {
                    state.setValue(found.get(0)); // Enter takes the first match
                }
            });
            state.setPromptText(Texts.get("hotseat.state"));
            state.setPrefWidth(190);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            state.setVisibleRowCount(14);
            password.setPromptText(Texts.get("hotseat.password"));
            password.setPrefColumnCount(12);
            remove.setOnAction(e -> removeRow(this));
            node = new javafx.scene.layout.FlowPane(8, 6, name, search, state, password, remove);
            node.setPrefWrapLength(760);
            node.setAlignment(Pos.CENTER_LEFT);
            renumber(index);
            name.textProperty().addListener((o, a, b) -> refresh());
            state.valueProperty().addListener((o, a, b) -> refresh());
        }

        void renumber(int i) {
            name.setId("hotseat-name-" + i);
            state.setId("hotseat-state-" + i);
            search.setId("hotseat-search-" + i);
            password.setId("hotseat-password-" + i);
            remove.setId("hotseat-remove-" + i);
        }
    }

    public ScreenFrame build() {
        // ---- scenario and seed
        cardBox = new VBox(8);
        for (ScenarioCard card : cards) {
            cardBox.getChildren().add(cardNode(card));
        }
        ScrollPane cardScroll = new ScrollPane(cardBox);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.setPrefHeight(440);
        VBox.setVgrow(cardScroll, Priority.ALWAYS);
        seedField = new TextField(Long.toString(new Random().nextInt(1_000_000)));
        seedField.setId("hotseat-seed");
        seedField.setPrefColumnCount(10);
        seedField.textProperty().addListener((o, a, b) -> refresh());
        Label seedHint = muted(Texts.get("hotseat.seedHint"));
        VBox left = new VBox(10, section(Texts.get("hotseat.scenario")), cardScroll, section(Texts.get("hotseat.seed")), seedField, seedHint);
        left.setPrefWidth(320);
        left.setMinWidth(280);

        // ---- seats
        seatBox = new VBox(8);
        addSeat = new Button(Texts.get("hotseat.addSeat"));
        addSeat.setId("hotseat-add-seat");
        addSeat.setOnAction(e -> addRow());
        Label seatsHint = muted(Texts.get("hotseat.seatsHint", GameSession.MAX_HUMAN_SEATS));
        errors = new Label();
        errors.setId("hotseat-errors");
        errors.getStyleClass().add("error-text");
        errors.setWrapText(true);
        errors.setMinHeight(Region.USE_PREF_SIZE);
        start = new Button(Texts.get("hotseat.start"));
        start.setId("hotseat-start");
        start.getStyleClass().add("primary");
        start.setDefaultButton(true);
        start.setOnAction(e -> startIfReady());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        // an instructor who watches, injects and debriefs: the console opens from the curtain between seats
        instructor = new javafx.scene.control.CheckBox(Texts.get("hotseat.instructor"));
        instructor.setId("hotseat-instructor");
        instructor.setTooltip(new javafx.scene.control.Tooltip(Texts.get("hotseat.instructor.tip")));
        instructorPassword = new PasswordField();
        instructorPassword.setId("hotseat-instructor-password");
        instructorPassword.setPromptText(Texts.get("hotseat.instructor.password"));
        instructorPassword.setPrefColumnCount(20);
        instructorPassword.disableProperty().bind(instructor.selectedProperty().not());
        HBox instructorRow = new HBox(12, instructor, instructorPassword);
        instructorRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox right = new VBox(10, section(Texts.get("hotseat.seats")), seatsHint, seatBox, addSeat, instructorRow, grow, errors, start);
        right.setPrefWidth(760);
        HBox.setHgrow(right, Priority.ALWAYS);

        if (!cards.isEmpty()) {
            choose(cards.get(0));
        }
        addRow();
        addRow();
        HBox body = new HBox(24, left, right);
        body.setPrefSize(1120, 620);
        return new ScreenFrame(ID, Texts.get("menu.hotSeat"), body);
    }

    /** The session Start made last (tests), or null. */
    public GameSession lastStarted() {
        return lastStarted;
    }

    /** What keeps Start from starting: empty when the setup is in order. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (scenario == null) {
            out.add(Texts.get("hotseat.error.noScenario"));
        } else if (states.isEmpty()) {
            out.add(Texts.get("hotseat.error.scenario", scenario.title()));
        }
        if (rows.size() < MIN_SEATS) {
            out.add(Texts.get("hotseat.error.minSeats", MIN_SEATS));
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SeatRow r = rows.get(i);
            String who = Texts.get("hotseat.seatNumber", i + 1);
            if (r.name.getText() == null || r.name.getText().isBlank()) {
                out.add(Texts.get("hotseat.error.noName", who));
            }
            StateChoice s = r.state.getValue();
            if (s == null) {
                out.add(Texts.get("hotseat.error.noState", who));
            } else if (!taken.add(s.id())) {
                out.add(Texts.get("hotseat.error.twice", s.name()));
            }
        }
        if (parseSeed() == null) {
            out.add(Texts.get("hotseat.error.seed"));
        }
        return out;
    }

    private void startIfReady() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            errors.setText(String.join("\n", problems));
            return;
        }
        List<Seat> seats = new ArrayList<>();
        for (SeatRow r : rows) {
            String pw = r.password.getText();
            seats.add(Seat.human(r.name.getText().trim(), r.state.getValue().id(), pw == null || pw.isEmpty() ? null : pw));
        }
        try {
            GameSession session = sessions.hotSeat(load(scenario.id()), parseSeed(), seats);
            if (instructor.isSelected()) {
                session.setInstructor(instructorPassword.getText());
            }
            lastStarted = session;
            errors.setText("");
            onStart.accept(session);
        } catch (DataFileException | RuntimeException e) {
            errors.setText(Texts.get("hotseat.error.start", e.getMessage()));
        }
    }

    private Games.Loaded load(String id) throws DataFileException {
        Games.Loaded l = loaded.get(id);
        if (l == null) {
            l = scenarios.load(id);
            loaded.put(id, l);
        }
        return l;
    }

    private void addRow() {
        if (rows.size() >= GameSession.MAX_HUMAN_SEATS) {
            return;
        }
        SeatRow row = new SeatRow(rows.size());
        rows.add(row);
        seatBox.getChildren().add(row.node);
        refresh();
    }

    private void removeRow(SeatRow row) {
        rows.remove(row);
        seatBox.getChildren().remove(row.node);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i);
        }
        refresh();
    }

    /** Live messages once the player has begun to fill the seats in; the full list on Start. */
    private void refresh() {
        if (addSeat != null) {
            addSeat.setDisable(rows.size() >= GameSession.MAX_HUMAN_SEATS);
        }
        for (SeatRow r : rows) {
            r.remove.setDisable(rows.size() <= MIN_SEATS);
        }
        if (errors != null && !errors.getText().isEmpty()) {
            errors.setText(String.join("\n", problems()));
        }
    }

    private void choose(ScenarioCard card) {
        scenario = card;
        cardBox.getChildren().forEach(n -> {
            n.getStyleClass().remove("selected");
            if (n.getUserData() == card) {
                n.getStyleClass().add("selected");
            }
        });
        List<StateChoice> choices = new ArrayList<>();
        try {
            World w = load(card.id()).newWorld(0);
            for (int i = 0; i < w.size(); i++) {
                if (w.nation(i).alive) {
                    choices.add(new StateChoice(w.id(i), w.name(i)));
                }
            }
        } catch (DataFileException | RuntimeException e) {
            if (errors != null) {
                errors.setText(Texts.get("hotseat.error.scenarioBecause", card.title(), e.getMessage()));
            }
        }
        choices.sort(Comparator.comparing(StateChoice::name));
        Map<SeatRow, String> before = new HashMap<>();
        for (SeatRow r : rows) {
            before.put(r, r.state.getValue() == null ? null : r.state.getValue().id());
        }
        states.setAll(choices);
        for (SeatRow r : rows) {
            String id = before.get(r);
            r.state.setValue(choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
        }
        refresh();
    }

    private Long parseSeed() {
        try {
            return Long.parseLong(seedField.getText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private VBox cardNode(ScenarioCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("section-title");
        Label meta = muted(card.date() + "  ·  " + card.difficulty());
        Label summary = new Label(card.summary());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox node = new VBox(title, meta, summary);
        node.getStyleClass().add("scenario-card");
        node.setId("hotseat-scenario-" + card.id());
        node.setUserData(card);
        node.setOnMouseClicked(e -> choose(card));
        return node;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
