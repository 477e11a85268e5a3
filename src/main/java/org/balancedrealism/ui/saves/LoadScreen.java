package org.balancedrealism.ui.saves;

import org.balancedrealism.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.SaveGames.SaveInfo;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.function.Consumer;

/**
 * The load screen: every save in the saves folder, newest first (scenario, date, turn, seats, when it was saved).
 * Files that cannot be read are greyed out with the reason. A save that is refused on loading shows the reason
 * here and nothing is changed; a save played under other rules can be loaded anyway after a warning.
 */
public class LoadScreen {
    public static final String ID = "load-screen";

    private final SaveGames saves;
    private final Consumer<SaveGame> onLoad;
    private ListView<SaveInfo> list;
    private Label message;
    private Button load;
    private Button loadAnyway;

    /** @param onLoad called with the loaded save (the caller closes the screen and resumes the game) */
    public LoadScreen(SaveGames saves, Consumer<SaveGame> onLoad) {
        this.saves = saves;
        this.onLoad = onLoad;
    }

    public ScreenFrame build() {
        Label folder = new Label(Texts.get("load.folder", saves.folder().toAbsolutePath().normalize()));
        folder.getStyleClass().add("muted");
        folder.setId("load-folder");
        list = new ListView<>();
        list.setId("save-list");
        list.setPrefSize(980, 460);
        list.setCellFactory(v -> new SaveCell());
        list.setPlaceholder(new Label(Texts.get("load.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            clearMessage();
            load.setDisable(b == null || !b.readable());
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                loadSelected(false);
            }
        });

        message = new Label();
        message.setId("load-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(980);

        load = new Button(Texts.get("load.load"));
        load.setId("load-selected");
        load.getStyleClass().add("primary");
        load.setDefaultButton(true);
        load.setDisable(true);
        load.setOnAction(e -> loadSelected(false));
        loadAnyway = new Button(Texts.get("load.anyway"));
        loadAnyway.setId("load-anyway");
        loadAnyway.setOnAction(e -> loadSelected(true));
        loadAnyway.setVisible(false);
        loadAnyway.setManaged(false);
        Button refresh = new Button(Texts.get("load.refresh"));
        refresh.setId("load-refresh");
        refresh.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, refresh, spacer, loadAnyway, load);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(10, folder, list, message, buttons);
        body.setPrefWidth(1000);
        refresh();
        return new ScreenFrame(ID, Texts.get("menu.loadGame"), body);
    }

    /** Reads the folder again. */
    public void refresh() {
        list.getItems().setAll(saves.list());
        clearMessage();
        list.getItems().stream().filter(SaveInfo::readable).findFirst()
                .ifPresent(i -> list.getSelectionModel().select(i));
    }

    private void clearMessage() {
        message.setText("");
        loadAnyway.setVisible(false);
        loadAnyway.setManaged(false);
    }

    private void loadSelected(boolean ignoreRulesMismatch) {
        SaveInfo info = list.getSelectionModel().getSelectedItem();
        if (info == null) {
            return;
        }
        if (!info.readable()) {
            message.setText(Texts.get("load.cannot", info.fileName(), info.error()));
            return;
        }
        SaveGame save;
        try {
            save = saves.load(info.file(), ignoreRulesMismatch);
        } catch (DataFileException e) {
            message.setText(e.getMessage());
            boolean mismatch = SaveGames.isRulesMismatch(e);
            loadAnyway.setVisible(mismatch);
            loadAnyway.setManaged(mismatch);
            return;
        } catch (RuntimeException e) {
            message.setText(Texts.get("load.cannotBecause", info.fileName(), e.getClass().getSimpleName(),
                    e.getMessage()));
            return;
        }
        try {
            onLoad.accept(save);
        } catch (RuntimeException e) {
            message.setText(Texts.get("load.cannotResume", info.fileName(), e.getMessage()));
        }
    }

    private static final class SaveCell extends ListCell<SaveInfo> {
        @Override
        protected void updateItem(SaveInfo item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("save-row-unreadable");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label();
            title.getStyleClass().add("section-title");
            Label detail = new Label();
            detail.getStyleClass().add("muted");
            detail.setWrapText(true);
            if (item.readable()) {
                title.setText(Texts.get(item.autosave() ? "load.row.autosave" : "load.row", item.scenarioTitle(),
                        item.dateLabel(), item.playingTurn()));
                detail.setText(Texts.get("load.row.detail", item.seats().isEmpty() ? Texts.get("load.noHumans")
                        : String.join(", ", item.seats()), item.savedAtLabel(), item.fileName()));
            } else {
                getStyleClass().add("save-row-unreadable");
                title.setText(Texts.get("load.row.unreadable", item.fileName()));
                detail.setText(item.error());
                detail.getStyleClass().add("error-text");
            }
            VBox box = new VBox(2, title, detail);
            box.setMaxWidth(940);
            setText(null);
            setGraphic(box);
        }
    }
}
