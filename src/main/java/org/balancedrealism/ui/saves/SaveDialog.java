package org.balancedrealism.ui.saves;

import org.balancedrealism.text.Texts;
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
        Button cancel = new Button(Texts.get("save.cancel"));
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
            showError(Texts.get("save.noGame"));
        }
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
        return new ScreenFrame(ID, Texts.get("menu.saveGame"), body);
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
            save.setText(Texts.get("save.overwrite"));
            showError(Texts.get("save.exists", n));
            return;
        }
        try {
            Path written = session.save(saves, n);
            confirmOverwrite = null;
            message.getStyleClass().setAll("label", "notice-text");
            message.setText(Texts.get("save.savedAs", written.getFileName()));
            save.setText(Texts.get("save.done"));
        } catch (IOException | RuntimeException e) {
            confirmOverwrite = null;
            save.setText(Texts.get("save.save"));
            showError(e instanceof org.balancedrealism.io.AtomicFiles.DiskFullException
                    ? Texts.get("save.failed.diskFull", e.getMessage())
                    : Texts.get("save.failed", e.getMessage()));
        }
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "error-text");
        message.setText(text);
    }
}
