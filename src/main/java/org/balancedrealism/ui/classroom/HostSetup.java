package org.balancedrealism.ui.classroom;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.World;
import org.balancedrealism.net.ClassroomHost;
import org.balancedrealism.session.AiOrders;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.Sessions;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.game.ScenarioCard;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Host a classroom game": the scenario, the seats students will take (each with an optional password), the address
 * the host listens on (the local network by default, or this computer only, or every network, said in words), the
 * port, how long a turn lasts and how many parallel worlds. Start hosting starts the server and hands it on.
 */
final class HostSetup {
    static final String ID = "classroom-host-setup";

    private final List<ScenarioCard> cards;
    private final ScenarioSource scenarios;
    private final Sessions sessions;
    private final Consumer<ClassroomHost> onStarted;
    private final List<SeatRow> rows = new ArrayList<>();
    private final ComboBox<ScenarioCard> scenario = new ComboBox<>();
    private final TextField seed = new TextField(Long.toString(new Random().nextInt(1_000_000)));
    private final ComboBox<String> address = new ComboBox<>();
    private final TextField port = new TextField("7777");
    private final TextField minutes = new TextField("10");
    private final TextField worlds = new TextField("1");
    private final VBox seatBox = new VBox(8);
    private final Label errors = Widgets.errors("classroom-host-errors");
    private List<Choice> states = List.of();

    private record Choice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final class SeatRow {
        final ComboBox<Choice> state = new ComboBox<>();
        final PasswordField password = new PasswordField();
        final Button remove = new Button(Texts.get("classroom.host.removeSeat"));
        final HBox node = new HBox(8, state, password, remove);

        SeatRow() {
            state.setPromptText(Texts.get("classroom.host.state"));
            state.setPrefWidth(240);
            state.setVisibleRowCount(14);
            state.getItems().setAll(states);
            password.setPromptText(Texts.get("classroom.host.password"));
            password.setPrefColumnCount(14);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> {
                rows.remove(this);
                seatBox.getChildren().remove(node);
                renumber();
            });
            node.setAlignment(Pos.CENTER_LEFT);
        }
    }

    HostSetup(List<ScenarioCard> cards, ScenarioSource scenarios, Sessions sessions, Consumer<ClassroomHost> onStarted) {
        this.cards = List.copyOf(cards);
        this.scenarios = scenarios;
        this.sessions = sessions;
        this.onStarted = onStarted;
    }

    ScreenFrame build() {
        scenario.setId("classroom-host-scenario");
        scenario.getItems().setAll(cards);
        scenario.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScenarioCard c) {
                return c == null ? "" : c.title() + " (" + c.date() + ")";
            }

            @Override
            public ScenarioCard fromString(String s) {
                return null;
            }
        });
        scenario.setPrefWidth(360);
        scenario.valueProperty().addListener((o, a, b) -> chooseScenario(b));
        seed.setId("classroom-host-seed");
        seed.setPrefColumnCount(10);

        for (String a : ClassroomHost.localAddresses()) {
            address.getItems().add(a);
        }
        address.getItems().addAll("127.0.0.1", "0.0.0.0");
        address.setValue(ClassroomHost.defaultAddress());
        address.setEditable(true);
        address.setId("classroom-host-address");
        Label addressWords = Widgets.muted("");
        address.valueProperty().addListener((o, a, b) -> addressWords.setText(addressWords(b)));
        addressWords.setText(addressWords(address.getValue()));
        port.setId("classroom-host-port");
        port.setPrefColumnCount(6);
        minutes.setId("classroom-host-minutes");
        minutes.setPrefColumnCount(4);
        worlds.setId("classroom-host-worlds");
        worlds.setPrefColumnCount(3);

        GridPane options = new GridPane();
        options.setHgap(10);
        options.setVgap(8);
        options.addRow(0, new Label(Texts.get("classroom.host.scenario")), scenario);
        options.addRow(1, new Label(Texts.get("classroom.host.seed")), seed);
        options.addRow(2, new Label(Texts.get("classroom.host.address")), address);
        options.add(addressWords, 1, 3);
        options.addRow(4, new Label(Texts.get("classroom.host.port")), port);
        options.addRow(5, new Label(Texts.get("classroom.host.minutes")), minutes);
        options.addRow(6, new Label(Texts.get("classroom.host.worlds")), worlds);
        addressWords.setMaxWidth(360);
        options.getChildren().stream().filter(n -> n instanceof Label && Integer.valueOf(0).equals(GridPane.getColumnIndex(n)))
                .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));

        Button addSeat = new Button(Texts.get("classroom.host.addSeat"));
        addSeat.setId("classroom-host-add-seat");
        addSeat.setOnAction(e -> addRow());
        Button start = new Button(Texts.get("classroom.host.start"));
        start.setId("classroom-host-start");
        start.getStyleClass().add("primary");
        start.setDefaultButton(true);
        start.setOnAction(e -> startIfReady());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox right = new VBox(10, Widgets.section(Texts.get("classroom.host.seats")),
                Widgets.muted(Texts.get("classroom.host.seatsHint", GameSession.MAX_HUMAN_SEATS)), seatBox, addSeat, grow,
                errors, start);
        right.setPrefWidth(560);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox left = new VBox(10, Widgets.section(Texts.get("classroom.host.game")), options);
        left.setPrefWidth(520);
        if (!cards.isEmpty()) {
            scenario.setValue(cards.get(0));
        }
        addRow();
        addRow();
        HBox body = new HBox(24, left, right);
        body.setPrefSize(1120, 560);
        return new ScreenFrame(ID, Texts.get("classroom.host.title"), body);
    }

    private static String addressWords(String a) {
        if (a == null || a.isBlank()) {
            return "";
        }
        if (a.equals("0.0.0.0") || a.equals("::")) {
            return Texts.get("classroom.host.bindEverywhere");
        }
        if (a.startsWith("127.") || a.equals("localhost")) {
            return Texts.get("classroom.host.bindLoopback");
        }
        return Texts.get("classroom.host.bindNetwork", a);
    }

    private void addRow() {
        if (rows.size() >= GameSession.MAX_HUMAN_SEATS) {
            return;
        }
        SeatRow r = new SeatRow();
        rows.add(r);
        seatBox.getChildren().add(r.node);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).state.setId("classroom-host-state-" + i);
            rows.get(i).password.setId("classroom-host-password-" + i);
        }
    }

    private void chooseScenario(ScenarioCard card) {
        List<Choice> choices = new ArrayList<>();
        if (card != null) {
            try {
                World w = scenarios.load(card.id()).newWorld(0);
                for (int i = 0; i < w.size(); i++) {
                    if (w.nation(i).alive) {
                        choices.add(new Choice(w.id(i), w.name(i)));
                    }
                }
            } catch (DataFileException | RuntimeException e) {
                errors.setText(Texts.get("classroom.host.cannotLoad", card.title(), e.getMessage()));
            }
        }
        choices.sort(Comparator.comparing(Choice::name));
        states = choices;
        for (SeatRow r : rows) {
            String before = r.state.getValue() == null ? null : r.state.getValue().id();
            r.state.getItems().setAll(choices);
            r.state.setValue(choices.stream().filter(c -> c.id().equals(before)).findFirst().orElse(null));
        }
    }

    /** What keeps Start hosting from starting: empty when the form is in order. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (scenario.getValue() == null) {
            out.add(Texts.get("classroom.host.noScenario"));
        }
        Set<String> taken = new HashSet<>();
        int chosen = 0;
        for (int i = 0; i < rows.size(); i++) {
            Choice c = rows.get(i).state.getValue();
            if (c == null) {
                out.add(Texts.get("classroom.host.seatWithoutState", i + 1));
            } else {
                chosen++;
                if (!taken.add(c.id())) {
                    out.add(Texts.get("classroom.host.stateTwice", c.name()));
                }
            }
        }
        if (chosen == 0) {
            out.add(Texts.get("classroom.host.noSeat"));
        }
        if (number(seed.getText()) == null) {
            out.add(Texts.get("classroom.host.badSeed"));
        }
        Long p = number(port.getText());
        if (p == null || p < 0 || p > 65535) {
            out.add(Texts.get("classroom.host.badPort"));
        }
        Long m = number(minutes.getText());
        if (m == null || m < 0 || m > 24 * 60) {
            out.add(Texts.get("classroom.host.badMinutes"));
        }
        Long w = number(worlds.getText());
        if (w == null || w < 1 || w > 20) {
            out.add(Texts.get("classroom.host.badWorlds"));
        }
        if (address.getValue() == null || address.getValue().isBlank()) {
            out.add(Texts.get("classroom.host.noAddress"));
        }
        return out;
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void startIfReady() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            errors.setText(String.join("\n", problems));
            return;
        }
        List<Seat> seats = new ArrayList<>();
        for (SeatRow r : rows) {
            Choice c = r.state.getValue();
            seats.add(Seat.human(c.name(), c.id(), r.password.getText()));
        }
        ClassroomHost host = null;
        try {
            Games.Loaded loaded = scenarios.load(scenario.getValue().id());
            long s = number(seed.getText());
            List<GameSession> games = new ArrayList<>();
            long count = number(worlds.getText());
            for (int i = 0; i < count; i++) {
                // parallel worlds autosave each into a folder of its own, so they do not overwrite each other
                int world = i + 1;
                Sessions maker = count == 1 ? sessions : new Sessions(new AiOrders(),
                        () -> new SaveGames(SaveGames.fromSettings().folder().resolve(ClassroomScreens.WORLD_FOLDER_PREFIX + world)));
                games.add(maker.hotSeat(loaded, s, seats));
            }
            host = ClassroomHost.start(address.getValue().strip(), (int) (long) number(port.getText()));
            for (GameSession g : games) {
                host.addGame(g, Duration.ofMinutes(number(minutes.getText())));
            }
            errors.setText("");
            onStarted.accept(host);
        } catch (DataFileException | RuntimeException e) {
            if (host != null) {
                host.close();
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            errors.setText(Texts.get("classroom.host.cannotStart", address.getValue() + ":" + port.getText(),
                    root.getMessage() == null ? root.toString() : root.getMessage()));
        }
    }
}
