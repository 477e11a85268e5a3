package org.balancedrealism.ui.screen;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.ui.UiSettings;

/** Interface settings: text size, full screen, what the map draws. Changes apply at once. */
public final class SettingsScreen {
    public static final String ID = "settings-screen";

    private SettingsScreen() {
    }

    public static ScreenFrame create(UiSettings settings) {
        Label textTitle = new Label("Text size");
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

        Label windowTitle = new Label("Window");
        windowTitle.getStyleClass().add("section-title");
        CheckBox fullScreen = new CheckBox("Full screen");
        fullScreen.setId("setting-full-screen");
        fullScreen.selectedProperty().bindBidirectional(settings.fullScreenProperty());

        Label mapTitle = new Label("Map");
        mapTitle.getStyleClass().add("section-title");
        CheckBox seaLanes = new CheckBox("Show sea lanes (dashed lines between coasts)");
        seaLanes.setId("setting-sea-lanes");
        seaLanes.selectedProperty().bindBidirectional(settings.seaLanesShownProperty());
        CheckBox graticule = new CheckBox("Show meridians and parallels");
        graticule.setId("setting-graticule");
        graticule.selectedProperty().bindBidirectional(settings.graticuleShownProperty());
        Label palettes = new Label("Every map mode uses colour-blind-safe palettes (Okabe–Ito, Tol, viridis, cividis).");
        palettes.getStyleClass().add("muted");
        palettes.setWrapText(true);

        VBox body = new VBox(10, textTitle, sizeRow, windowTitle, fullScreen, mapTitle, seaLanes, graticule,
                palettes);
        body.setPrefWidth(560);
        return new ScreenFrame(ID, "Settings", body);
    }
}
