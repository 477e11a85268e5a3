package org.balancedrealism.ui.hotseat;

import org.balancedrealism.text.Texts;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.console.InstructorConsole;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.screen.ScreenFrame;
import org.balancedrealism.ui.screen.Screens;

import java.util.function.Function;

/**
 * The hot-seat curtain (DESIGN §9): an opaque cover over the whole window between two seats, so the next player
 * does not see the last one's map, orders or reports. "Pass to Alice (Russia)", a password field when the seat has
 * a password, and Ready. Esc does not lift it; only Ready (with the right password) does.
 */
public final class CurtainScreen {
    public static final String ID = "curtain-screen";

    private final Screens screens;
    private final Function<String, String> stateNames;
    /** Opens the instructor's console of the game behind the curtain, or null where the game has no instructor. */
    private final java.util.function.Supplier<Runnable> console;

    /** @param stateNames the name of a state id (the running game's world), or the id itself */
    public CurtainScreen(Screens screens, Function<String, String> stateNames) {
        this(screens, stateNames, () -> null);
    }

    /** @param console what the curtain's "Instructor console" button does now, or null for no button */
    public CurtainScreen(Screens screens, Function<String, String> stateNames,
                         java.util.function.Supplier<Runnable> console) {
        this.screens = screens;
        this.stateNames = stateNames;
        this.console = console;
    }

    /**
     * Registers the curtain as the shell's ({@link UiShell#showCurtain}); state names come from the running game,
     * else the map (before the first seat of a new game), else the id.
     */
    public static void register(UiShell shell) {
        shell.setCurtain(new CurtainScreen(shell.screens(), id -> {
            var game = shell.runningGame();
            String name = game == null ? null : game.stateName(id);
            if (name != null) {
                return name;
            }
            return shell.map().flatMap(m -> m.find(id)).map(c -> c.name()).orElse(id);
        }, () -> {
            // the console of an instructor's game opens behind the curtain, where no seat's screen shows
            GameSession game = shell.curtainGame();
            return game == null || !game.hasInstructor() ? null : () -> InstructorConsole.openGuarded(shell, game);
        })::show);
    }

    /** Covers the screen for {@code seat}; Ready closes the cover and runs {@code onReady}. */
    public void show(Seat seat, Runnable onReady) {
        screens.open(build(seat, stateNames.apply(seat.stateId()), () -> {
            screens.close();
            onReady.run();
        }, console.get()));
    }

    /** The curtain for {@code seat} playing {@code stateName}; {@code ready} runs when the player may go on. */
    public static ScreenFrame build(Seat seat, String stateName, Runnable ready) {
        return build(seat, stateName, ready, null);
    }

    /** As {@link #build(Seat, String, Runnable)}, with an "Instructor console" button when {@code console} is given. */
    public static ScreenFrame build(Seat seat, String stateName, Runnable ready, Runnable console) {
        Label pass = new Label(Texts.get("curtain.passTo", seat.name(), stateName));
        pass.setId("curtain-pass-to");
        pass.getStyleClass().add("curtain-title");
        pass.setWrapText(true);
        Label hint = new Label(Texts.get("curtain.lookAway", seat.name()));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        PasswordField password = new PasswordField();
        password.setId("curtain-password");
        password.setPromptText(Texts.get("curtain.passwordOf", seat.name()));
        password.setMaxWidth(320);
        Label message = new Label();
        message.setId("curtain-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setManaged(false);

        Button readyButton = new Button(Texts.get("curtain.ready", seat.name()));
        readyButton.setId("curtain-ready");
        readyButton.getStyleClass().add("primary");
        readyButton.setDefaultButton(true);
        readyButton.setOnAction(e -> {
            if (seat.accepts(password.getText())) {
                ready.run();
            } else {
                message.setText(Texts.get("curtain.wrongPassword", seat.name()));
                message.setManaged(true);
                password.clear();
                password.requestFocus();
            }
        });

        VBox box = new VBox(18, pass, hint);
        if (seat.hasPassword()) {
            box.getChildren().addAll(password, message);
        }
        box.getChildren().add(readyButton);
        if (console != null) {
            Button open = new Button(Texts.get("console.curtain.open"));
            open.setId("curtain-console");
            open.setTooltip(new javafx.scene.control.Tooltip(Texts.get("console.curtain.tip")));
            open.setOnAction(e -> console.run());
            box.getChildren().add(open);
        }
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(720);

        ScreenFrame frame = new ScreenFrame(ID, Texts.get("curtain.title"), box);
        frame.setClosable(false);
        frame.getStyleClass().add("curtain");
        frame.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        frame.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        if (seat.hasPassword()) {
            Platform.runLater(password::requestFocus);
        } else {
            Platform.runLater(readyButton::requestFocus);
        }
        return frame;
    }
}
