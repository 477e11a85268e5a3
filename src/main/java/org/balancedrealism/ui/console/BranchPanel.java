package org.balancedrealism.ui.console;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.debrief.Debrief;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.session.Branching;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Instructor;
import org.balancedrealism.text.Texts;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.balancedrealism.ui.console.ConsoleParts.muted;
import static org.balancedrealism.ui.console.ConsoleParts.section;
import static org.balancedrealism.ui.console.ConsoleParts.text;
import static org.balancedrealism.ui.console.ConsoleParts.tip;

/**
 * Roll back and branch (a new game from turn N, replayed from the seed, the orders and the injects, saved under a new
 * name and opened), and the debrief of the game so far (a folder with figures, events, charts and index.html).
 * Both replay the game, so they run off the FX thread.
 */
final class BranchPanel {
    private final GameSession session;
    private final Instructor instructor;
    private final Supplier<SaveGames> saves;
    private final ScenarioSource scenarios;
    private final java.util.function.Function<SaveGame, GameSession> reopen;
    private final Consumer<GameSession> openGame;
    private final Consumer<String> browse;
    private final VBox node = new VBox(10);
    private final Spinner<Integer> turn = new Spinner<>(0, 0, 0);
    private final TextField name = new TextField();
    private final Label branchStatus = text("", "muted");
    private final Label debriefStatus = text("", "muted");
    private final Label debriefPath = text("", "figure-name");
    private Path written;
    /** The name last suggested (replaced when the turn changes, unless the instructor typed another). */
    private String suggested = "";

    /**
     * @param reopen   makes the session of a branched save (with the AI and autosave of the game's own), off the
     *                 FX thread
     * @param openGame plays a branched game (the console closes first)
     * @param browse   opens a file address in the browser, or null where there is none
     */
    BranchPanel(GameSession session, Instructor instructor, Supplier<SaveGames> saves, ScenarioSource scenarios,
                java.util.function.Function<SaveGame, GameSession> reopen, Consumer<GameSession> openGame,
                Consumer<String> browse) {
        this.reopen = reopen;
        this.session = session;
        this.instructor = instructor;
        this.saves = saves;
        this.scenarios = scenarios;
        this.openGame = openGame;
        this.browse = browse;
        node.setPadding(new Insets(6));
        turn.setId("console-branch-turn");
        turn.setEditable(true);
        turn.setPrefWidth(90);
        name.setId("console-branch-name");
        name.setPrefColumnCount(24);
        turn.valueProperty().addListener((o, a, b) -> suggestName());
        Button branch = new Button(Texts.get("console.branch.go"));
        branch.setId("console-branch");
        tip(branch, "console.branch.tip");
        branch.setOnAction(e -> branch(branch));
        branchStatus.setId("console-branch-status");
        HBox row = new HBox(10, text(Texts.get("console.branch.turn"), "muted"), turn,
                text(Texts.get("console.branch.name"), "muted"), name, branch);
        row.setAlignment(Pos.CENTER_LEFT);

        Button debrief = new Button(Texts.get("console.debrief.go"));
        debrief.setId("console-debrief");
        debrief.getStyleClass().add("primary");
        tip(debrief, "console.debrief.tip");
        debrief.setOnAction(e -> debrief(debrief));
        debriefStatus.setId("console-debrief-status");
        debriefPath.setId("console-debrief-path");
        Button open = new Button(Texts.get("console.debrief.open"));
        open.setId("console-debrief-open");
        open.setVisible(false);
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> browse.accept(written.toUri().toString()));
        Button copy = new Button(Texts.get("console.debrief.copy"));
        copy.setId("console-debrief-copy");
        copy.setVisible(false);
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(written.toAbsolutePath().toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            debriefStatus.setText(Texts.get("console.debrief.copied"));
        });
        debriefPath.textProperty().addListener((o, a, b) -> {
            open.setVisible(!b.isEmpty() && browse != null);
            copy.setVisible(!b.isEmpty());
        });
        node.getChildren().addAll(section("console.branch.title"), muted("console.branch.hint"), row, branchStatus,
                section("console.debrief.title"), muted("console.debrief.hint"), debrief, debriefStatus,
                debriefPath, new HBox(10, open, copy));
        refresh();
    }

    Node node() {
        return node;
    }

    void refresh() {
        int played = instructor.turnsPlayed();
        var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) turn.getValueFactory();
        factory.setMax(played);
        if (turn.getValue() > played) {
            factory.setValue(played);
        }
        suggestName();
    }

    /** Names the branch after the scenario and the turn, unless the instructor has typed a name of their own. */
    private void suggestName() {
        String title = session.world().title;
        String suggestion = Texts.get("console.branch.suggest", title == null ? session.scenarioId() : title,
                turn.getValue());
        String now = name.getText() == null ? "" : name.getText();
        if (now.isBlank() || now.equals(suggested)) {
            name.setText(suggestion);
        }
        suggested = suggestion;
    }

    private void branch(Button button) {
        int at = turn.getValue();
        String as = name.getText() == null ? "" : name.getText().strip();
        button.setDisable(true);
        branchStatus.setText(Texts.get("console.branch.working", at));
        Task<GameSession> task = new Task<>() {
            @Override
            protected GameSession call() throws Exception {
                SaveGames folder = saves.get();
                Path file = instructor.branch(folder, Branching.from(scenarios), at, as);
                SaveGame save = folder.load(file);
                return reopen.apply(save);
            }
        };
        task.setOnSucceeded(e -> {
            button.setDisable(false);
            branchStatus.setText(Texts.get("console.branch.done", as));
            openGame.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            button.setDisable(false);
            Throwable t = task.getException();
            branchStatus.setText(Texts.get("console.branch.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
        });
        start(task, "branch");
    }

    private void debrief(Button button) {
        button.setDisable(true);
        debriefStatus.setText(Texts.get("console.debrief.working"));
        SaveGame save = session.toSave();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                if (System.getProperty("java.awt.headless") == null) {
                    // the charts are drawn with Java2D into images: no AWT window is ever wanted
                    System.setProperty("java.awt.headless", "true");
                }
                Path dir = saves.get().folder().resolve("debrief-" + save.scenario + "-turn-" + save.world.turn);
                return Debrief.write(save, Branching.from(scenarios).fresh(save), dir).report();
            }
        };
        task.setOnSucceeded(e -> {
            button.setDisable(false);
            written = task.getValue();
            debriefStatus.setText(Texts.get("console.debrief.done"));
            debriefPath.setText(written.toAbsolutePath().toString());
        });
        task.setOnFailed(e -> {
            button.setDisable(false);
            Throwable t = task.getException();
            debriefStatus.setText(Texts.get("console.debrief.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
        });
        start(task, "debrief");
    }

    /** The report written last, or null (tests). */
    Path written() {
        return written;
    }

    private static void start(Task<?> task, String name) {
        Thread t = new Thread(task, "console-" + name);
        t.setDaemon(true);
        t.start();
    }
}
