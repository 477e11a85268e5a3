package org.balancedrealism.ui.screen;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.UiSettings;

/** Interface settings: language, text size, full screen, what the map draws. Changes apply at once. */
public final class SettingsScreen {
    public static final String ID = "settings-screen";

    private SettingsScreen() {
    }

    public static ScreenFrame create(UiSettings settings) {
        Label languageTitle = new Label(Texts.get("settings.language"));
        languageTitle.getStyleClass().add("section-title");
        ToggleGroup languages = new ToggleGroup();
        HBox languageRow = new HBox();
        languageRow.setAlignment(Pos.CENTER_LEFT);
        for (java.util.Locale language : Texts.LANGUAGES) {
            // each language is named in itself, so a player lost in the other one finds their own
            ToggleButton b = new ToggleButton(Texts.languageName(language));
            b.setId("language-" + language.getLanguage());
            b.setToggleGroup(languages);
            b.setSelected(settings.languageProperty().get().getLanguage().equals(language.getLanguage()));
            b.setOnAction(e -> {
                b.setSelected(true);
                settings.languageProperty().set(language);
            });
            languageRow.getChildren().add(b);
        }

        Label textTitle = new Label(Texts.get("settings.textSize"));
        textTitle.getStyleClass().add("section-title");
        ToggleGroup sizes = new ToggleGroup();
        HBox sizeRow = new HBox();
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        for (UiSettings.TextSize size : UiSettings.TextSize.values()) {
            ToggleButton b = new ToggleButton(size.label());
            b.setId("text-size-" + size.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(sizes);
            b.setSelected(settings.getTextSize() == size);
            b.setOnAction(e -> {
                settings.setTextSize(size);
                b.setSelected(true);
            });
            sizeRow.getChildren().add(b);
        }

        Label windowTitle = new Label(Texts.get("settings.window"));
        windowTitle.getStyleClass().add("section-title");
        CheckBox fullScreen = new CheckBox(Texts.get("settings.fullScreen"));
        fullScreen.setId("setting-full-screen");
        fullScreen.selectedProperty().bindBidirectional(settings.fullScreenProperty());

        Label mapTitle = new Label(Texts.get("settings.map"));
        mapTitle.getStyleClass().add("section-title");
        CheckBox seaLanes = new CheckBox(Texts.get("settings.seaLanes"));
        seaLanes.setId("setting-sea-lanes");
        seaLanes.selectedProperty().bindBidirectional(settings.seaLanesShownProperty());
        CheckBox graticule = new CheckBox(Texts.get("settings.graticule"));
        graticule.setId("setting-graticule");
        graticule.selectedProperty().bindBidirectional(settings.graticuleShownProperty());
        Label palettes = new Label(Texts.get("settings.palettes"));
        palettes.getStyleClass().add("muted");
        palettes.setWrapText(true);

        VBox body = new VBox(10, languageTitle, languageRow, textTitle, sizeRow, windowTitle, fullScreen, mapTitle, seaLanes, graticule,
                palettes);
        body.setPrefWidth(560);
        return new ScreenFrame(ID, Texts.get("settings.title"), body);
    }
}
