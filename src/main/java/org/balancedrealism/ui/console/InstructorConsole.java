package org.balancedrealism.ui.console;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.balancedrealism.engine.Injects;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.Inject;
import org.balancedrealism.model.World;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.session.Seat;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.session.TurnControls;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.Headless;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.saves.SaveScreens;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.balancedrealism.ui.console.ConsoleParts.text;

/**
 * The instructor's console (DESIGN §9, §12), for a hot-seat game (opened from the curtain between seats, behind the
 * instructor's password) and a hosted classroom game (opened by the host with its {@link TurnControls}). It sees
 * everything: every seat's own view, every message, every order once given, the AI's reasons. It injects events
 * (prepared or written on the spot), edits a state's figures, writes to the seats, branches from an earlier turn and
 * writes the debrief. Every change goes through {@link Instructor}, so only the engine changes the world and a
 * replay reproduces it; injects and edits take effect when the turn being played is resolved.
 */
public final class InstructorConsole {
    public static final String ID = "instructor-console";
    public static final String PASSWORD_ID = "instructor-password";
    /** The console's own few styles (its tabs), on top of the game's sheet. */
    static final String STYLESHEET = "/assets/ui/console.css";
    private static final Logger LOG = Logger.getLogger(InstructorConsole.class.getName());

    private final GameSession session;
    private final TurnControls controls;
    private final Instructor instructor;
    private final Label header = new Label();
    private final SeatPanel seat;
    private final InjectPanel injects;
    private final EditPanel edit;
    private final MessagesPanel messages;
    private final OrdersPanel orders;
    private final BranchPanel branch;
    private final PacePanel pace;
    private final ToggleGroup seatPick = new ToggleGroup();
    private World shownWorld;

    private InstructorConsole(GameSession session, TurnControls controls, UiShell shell, Consumer<GameSession> openBranch) {
        this.session = session;
        this.controls = controls;
        this.instructor = new Instructor(session);
        this.seat = new SeatPanel(session, controls);
        this.injects = new InjectPanel(session, instructor, library(shell), this::refresh);
        this.edit = new EditPanel(instructor, injects.states(), this::refresh);
        this.messages = new MessagesPanel(session, instructor);
        this.orders = new OrdersPanel(session);
        // the player's saves folder, read with the shell's scenarios (a branch is loaded back to be played)
        this.branch = new BranchPanel(session, instructor,
                () -> new SaveGames(SaveGames.fromSettings().folder(), shell.scenarioSource()), shell.scenarioSource(),
                save -> shell.sessions().loaded(save), openBranch, Headless.isOn() ? null : InstructorConsole::browse);
        this.pace = controls == null ? null : new PacePanel(controls);
    }

    /**
     * Opens the console on {@code session}; {@code controlsOrNull} gives the pace of a hosted game (a hot-seat game
     * has none). A branch made from the console is opened as a new game, behind its curtain.
     */
    public static ScreenFrame open(GameSession session, TurnControls controlsOrNull, UiShell shell) {
        return open(session, controlsOrNull, shell, Texts.get("console.title"));
    }

    /**
     * As {@link #open(GameSession, TurnControls, UiShell)} under {@code title} (a host of several worlds names the
     * world and its join code, so the instructor knows which group the console drives).
     */
    public static ScreenFrame open(GameSession session, TurnControls controlsOrNull, UiShell shell, String title) {
        ScreenFrame frame = new InstructorConsole(session, controlsOrNull, shell, branched -> {
            while (shell.screens().top() != null) {
                shell.screens().close();
            }
            SaveScreens.present(shell, branched);
        }).build(title);
        shell.screens().open(frame);
        return frame;
    }

    /** As {@link #open(GameSession, TurnControls, UiShell)}, with the host deciding what a branched game becomes. */
    public static ScreenFrame open(GameSession session, TurnControls controlsOrNull, UiShell shell,
                                   Consumer<GameSession> openBranch) {
        ScreenFrame frame = new InstructorConsole(session, controlsOrNull, shell, openBranch).build(Texts.get("console.title"));
        shell.screens().open(frame);
        return frame;
    }

    /**
     * Opens the console after asking the instructor's password, if the game has one (hot-seat: a student at the
     * curtain cannot open it without it). Does nothing for a game without an instructor.
     */
    public static void openGuarded(UiShell shell, GameSession session) {
        if (!session.hasInstructor()) {
            return;
        }
        if (session.instructorAccepts("")) {
            open(session, null, shell);
            return;
        }
        PasswordField password = new PasswordField();
        password.setId("console-password");
        password.setPromptText(Texts.get("console.password.prompt"));
        password.setMaxWidth(320);
        Label message = text("", "error-text");
        message.setId("console-password-message");
        Button ok = new Button(Texts.get("console.password.ok"));
        ok.setId("console-password-ok");
        ok.getStyleClass().add("primary");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            if (session.instructorAccepts(password.getText())) {
                shell.screens().close();
                open(session, null, shell);
            } else {
                message.setText(Texts.get("console.password.wrong"));
                password.clear();
                password.requestFocus();
            }
        });
        VBox box = new VBox(14, text(Texts.get("console.password.hint")), password, message, ok);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWidth(460);
        shell.screens().open(new ScreenFrame(PASSWORD_ID, Texts.get("console.title"), box));
        javafx.application.Platform.runLater(password::requestFocus);
    }

    /** The scenario's prepared injects (none when the scenario cannot be read again or ships none). */
    private List<Inject> library(UiShell shell) {
        try {
            var loaded = shell.scenarioSource().load(session.scenarioId());
            return loaded.scenario() == null ? List.of() : Injects.library(loaded.scenario());
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.WARNING, "no inject library for " + session.scenarioId() + ": " + e.getMessage());
            return List.of();
        }
    }

    private ScreenFrame build(String title) {
        header.setId("console-header");
        header.setWrapText(true);
        Button refresh = new Button(Texts.get("console.refresh"));
        refresh.setId("console-refresh");
        ConsoleParts.tip(refresh, "console.refresh.tip");
        refresh.setOnAction(e -> refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, header, grow, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane();
        tabs.setId("console-tabs");
        tabs.getStyleClass().add("console-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("console-tab-seats", "console.tab.seats", seatsPane()));
        if (pace != null) {
            tabs.getTabs().add(tab("console-tab-pace", "console.tab.pace", pace.node()));
        }
        tabs.getTabs().add(tab("console-tab-messages", "console.tab.messages", messages.node()));
        tabs.getTabs().add(tab("console-tab-orders", "console.tab.orders", orders.node()));
        tabs.getTabs().add(tab("console-tab-injects", "console.tab.injects", injects.node()));
        tabs.getTabs().add(tab("console-tab-edit", "console.tab.edit", edit.node()));
        tabs.getTabs().add(tab("console-tab-branch", "console.tab.branch", branch.node()));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox body = new VBox(8, top, tabs);
        body.setPrefSize(1400, 720);
        body.setPadding(new Insets(0, 4, 4, 4));
        ScreenFrame frame = new ScreenFrame(ID, title, body);
        var sheet = InstructorConsole.class.getResource(STYLESHEET);
        if (sheet != null) {
            frame.getStylesheets().add(sheet.toExternalForm());
        }
        refresh();
        // a hosted game goes on while the console is open: its clock ticks, and a resolved turn is shown
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        frame.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        return frame;
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(Texts.get(key), content);
        t.setId(id);
        return t;
    }

    private BorderPane seatsPane() {
        VBox list = new VBox(6);
        list.setPadding(new Insets(6));
        list.setPrefWidth(220);
        list.getChildren().add(ConsoleParts.section("console.seats"));
        List<Seat> seats = session.seats();
        for (int i = 0; i < seats.size(); i++) {
            int at = i;
            ToggleButton b = new ToggleButton(ConsoleParts.seatName(session, seats.get(i)));
            b.setId("console-seat-" + seats.get(i).stateId());
            b.setToggleGroup(seatPick);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(i);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                seat.show(at);
            });
            list.getChildren().add(b);
        }
        list.getChildren().add(ConsoleParts.muted("console.seats.hint"));
        if (!seats.isEmpty()) {
            int current = Math.max(0, session.currentSeatIndex());
            seatPick.selectToggle(seatPick.getToggles().get(current));
        }
        BorderPane pane = new BorderPane();
        pane.setLeft(list);
        pane.setCenter(seat.node());
        return pane;
    }

    private int pickedSeat() {
        return seatPick.getSelectedToggle() == null ? -1 : (Integer) seatPick.getSelectedToggle().getUserData();
    }

    /** Reads the game again: the header, the picked seat, messages, orders, injects waiting, the branch turns. */
    void refresh() {
        if (session.isResolving()) {
            header.setText(Texts.get("console.header.resolving"));
            return;
        }
        shownWorld = session.world();
        SeatView.Game g = session.seats().isEmpty() ? null : session.view(0).game();
        Seat playing = session.currentSeat();
        int waiting = instructor.pending().size();
        header.setText(Texts.get("console.header", g == null ? session.scenarioId() : g.title(),
                g == null ? shownWorld.turn : g.turn() + 1, g == null ? shownWorld.maxTurns : g.maxTurns(),
                g == null ? "" : g.dateLabel(),
                playing == null ? Texts.get("console.header.nobody") : ConsoleParts.seatName(session, playing),
                waiting));
        seat.show(pickedSeat());
        injects.refresh();
        edit.refresh();
        messages.refresh();
        orders.refresh();
        branch.refresh();
        if (pace != null) {
            pace.refresh();
        }
    }

    private void tick() {
        if (pace != null) {
            pace.refresh();
        }
        if (!session.isResolving() && session.world() != shownWorld) {
            refresh();
        }
    }

    private static void browse(String uri) {
        try {
            com.almasb.fxgl.dsl.FXGL.getFXApp().getHostServices().showDocument(uri);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "no browser to open " + uri, e);
        }
    }
}
