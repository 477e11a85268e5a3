package org.balancedrealism.ui.saves;

import org.balancedrealism.text.Texts;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.io.AtomicFiles;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.ui.screen.ScreenFrame;
import org.balancedrealism.ui.screen.Screens;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The save dialog: a name, Save; a name already in use asks before overwriting; success says where the game went.
 * The game is taken on the JavaFX thread ({@link GameSession#toSave()}: the envelope, the seats' planned orders and
 * the order history copied under the session's lock; its world is the published one, which is never changed again)
 * and written on a thread of its own, so the screen stays live while a long game is compressed and forced to disk;
 * meanwhile the dialog shows that it is saving. A failure opens an error dialog naming the file and the problem (a
 * full disk, a folder that may not be written to) and leaves the save dialog open to try again.
 */
public class SaveDialog {
    public static final String ID = "save-dialog";
    public static final String ERROR_ID = "save-error";

    private final SaveGames saves;
    private final GameSession session;
    private final Screens screens;
    private TextField name;
    private Label message;
    private Button save;
    private Button cancel;
    private ProgressIndicator saving;
    private ScreenFrame frame;
    private Path confirmOverwrite;

    /** @param screens where the dialog is shown: its top screen is closed by Done, and errors open above it */
    public SaveDialog(SaveGames saves, GameSession session, Screens screens) {
        this.saves = saves;
        this.session = session;
        this.screens = screens;
    }

    public ScreenFrame build() {
        Label prompt = new Label(Texts.get("save.as"));
        prompt.getStyleClass().add("section-title");
        name = new TextField(suggestedName());
        name.setId("save-name");
        name.setPrefColumnCount(28);
        name.textProperty().addListener((o, a, b) -> reset());
        Label folder = new Label(Texts.get("save.in", saves.folder().toAbsolutePath().normalize()));
        folder.getStyleClass().add("muted");
        folder.setWrapText(true);
        message = new Label();
        message.setId("save-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(520);
        save = new Button(Texts.get("save.save"));
        save.setId("save-confirm");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveOrConfirm());
        cancel = new Button(Texts.get("save.cancel"));
        cancel.setId("save-cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> screens.close());
        saving = new ProgressIndicator();
        saving.setId("save-progress");
        saving.setPrefSize(22, 22);
        saving.setVisible(false);
        HBox buttons = new HBox(10, saving, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(10, prompt, name, folder, message, buttons);
        body.setPrefWidth(540);
        if (session == null) {
            name.setDisable(true);
            save.setDisable(true);
            showError(Texts.get("save.noGame"));
        }
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        frame = new ScreenFrame(ID, Texts.get("menu.saveGame"), body);
        return frame;
    }

    private String suggestedName() {
        if (session == null) {
            return "";
        }
        var game = session.view().game();
        String base = (game.title() == null ? game.scenarioId() : game.title()) + " " + game.dateLabel();
        String cleaned = base.replaceAll("[^\\p{L}\\p{N} ._()\\-]", " ").replaceAll("\\s+", " ").trim();
        return cleaned.length() > 80 ? cleaned.substring(0, 80).trim() : cleaned;
    }

    private void reset() {
        confirmOverwrite = null;
        save.setText(Texts.get("save.save"));
        message.setText("");
    }

    private void saveOrConfirm() {
        if (message.getStyleClass().contains("notice-text") && confirmOverwrite == null && Texts.get("save.done").equals(save.getText())) {
            screens.close();
            return;
        }
        String n = name.getText() == null ? "" : name.getText().trim();
        Path file;
        try {
            file = saves.fileFor(n);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        if (Files.exists(file) && !file.equals(confirmOverwrite)) {
            confirmOverwrite = file;
            save.setText(Texts.get("save.overwrite"));
            showError(Texts.get("save.exists", n));
            return;
        }
        SaveGame game = session.toSave();
        busy(true);
        Thread writer = new Thread(() -> {
            try {
                session.awaitAutosave(); // the last turn's autosave, written in the background, is on disk first
                Path written = saves.save(game, file);
                Platform.runLater(() -> saved(written));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> failed(file, e));
            }
        }, "save-game");
        // not a daemon: a game being written when the window closes is finished first
        writer.start();
    }

    private void busy(boolean busy) {
        saving.setVisible(busy);
        name.setDisable(busy);
        save.setDisable(busy);
        cancel.setDisable(busy);
        frame.setClosable(!busy);
        if (busy) {
            message.getStyleClass().setAll("label", "muted");
            message.setText(Texts.get("save.saving"));
        }
    }

    private void saved(Path written) {
        busy(false);
        confirmOverwrite = null;
        message.getStyleClass().setAll("label", "notice-text");
        message.setText(Texts.get("save.savedAs", written.getFileName()));
        save.setText(Texts.get("save.done"));
        save.requestFocus();
    }

    private void failed(Path file, Throwable e) {
        busy(false);
        confirmOverwrite = null;
        save.setText(Texts.get("save.save"));
        String problem = problem(file, e);
        showError(problem);
        Label text = new Label(problem);
        text.setId("save-error-text");
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button ok = new Button(Texts.get("save.error.ok"));
        ok.setId("save-error-ok");
        ok.getStyleClass().add("primary");
        ok.setDefaultButton(true);
        ok.setOnAction(x -> screens.close());
        HBox buttons = new HBox(ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(14, text, buttons);
        body.setPrefWidth(500);
        screens.open(new ScreenFrame(ERROR_ID, Texts.get("save.error.title"), body));
        Platform.runLater(ok::requestFocus);
    }

    /** What went wrong, in the player's words, naming the file. */
    static String problem(Path file, Throwable e) {
        String where = file.toAbsolutePath().normalize().toString();
        if (e instanceof AtomicFiles.DiskFullException) {
            return Texts.get("save.error.diskFull", where);
        }
        if (e instanceof AccessDeniedException) {
            return Texts.get("save.error.denied", where);
        }
        if (e instanceof OutOfMemoryError) {
            return Texts.get("save.error.other", where, Texts.get("save.error.memory"));
        }
        Path folder = file.toAbsolutePath().getParent();
        String reason = folder != null && !Files.isDirectory(folder) ? Texts.get("save.error.noFolder")
                : e instanceof FileSystemException f ? (f.getReason() != null ? f.getReason() : Texts.get("save.error.refused"))
                : e.getMessage();
        return Texts.get("save.error.other", where, reason == null ? Texts.get("save.error.refused") : reason);
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "error-text");
        message.setText(text);
    }
}
