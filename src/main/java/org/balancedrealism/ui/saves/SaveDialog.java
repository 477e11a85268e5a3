package org.balancedrealism.ui.saves;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The save dialog: a name, Save; a name already in use asks before overwriting; a failure says why and keeps the
 * dialog open; success says where the game went.
 */
public class SaveDialog {
    public static final String ID = "save-dialog";

    private final SaveGames saves;
    private final GameSession session;
    private final Runnable close;
    private TextField name;
    private Label message;
    private Button save;
    private Path confirmOverwrite;

    /** @param close closes the dialog (Done after a successful save) */
    public SaveDialog(SaveGames saves, GameSession session, Runnable close) {
        this.saves = saves;
        this.session = session;
        this.close = close;
    }

    public ScreenFrame build() {
        Label prompt = new Label("Save as");
        prompt.getStyleClass().add("section-title");
        name = new TextField(suggestedName());
        name.setId("save-name");
        name.setPrefColumnCount(28);
        name.textProperty().addListener((o, a, b) -> reset());
        Label folder = new Label("In " + saves.folder().toAbsolutePath().normalize());
        folder.getStyleClass().add("muted");
        folder.setWrapText(true);
        message = new Label();
        message.setId("save-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(520);
        save = new Button("Save");
        save.setId("save-confirm");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveOrConfirm());
        Button cancel = new Button("Cancel");
        cancel.setId("save-cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> close.run());
        HBox buttons = new HBox(10, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(10, prompt, name, folder, message, buttons);
        body.setPrefWidth(540);
        if (session == null) {
            name.setDisable(true);
            save.setDisable(true);
            showError("No game is running: there is nothing to save.");
        }
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return new ScreenFrame(ID, "Save game", body);
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
        save.setText("Save");
        message.setText("");
    }

    private void saveOrConfirm() {
        if (message.getStyleClass().contains("notice-text") && confirmOverwrite == null && "Done".equals(save.getText())) {
            close.run();
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
            save.setText("Overwrite");
            showError("A save named \"" + n + "\" already exists. Press Overwrite to replace it, or change the name.");
            return;
        }
        try {
            Path written = session.save(saves, n);
            confirmOverwrite = null;
            message.getStyleClass().setAll("label", "notice-text");
            message.setText("Saved as " + written.getFileName() + ".");
            save.setText("Done");
        } catch (IOException | RuntimeException e) {
            confirmOverwrite = null;
            save.setText("Save");
            showError(e instanceof org.balancedrealism.io.AtomicFiles.DiskFullException
                    ? "The game could not be saved: " + e.getMessage() + "."
                    : "The game could not be saved: " + e.getMessage()
                    + ". Check that the saves folder exists and may be written to (Settings).");
        }
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "error-text");
        message.setText(text);
    }
}
