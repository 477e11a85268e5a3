package org.balancedrealism.ui.map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A row of toggle buttons, one per map mode, kept in step with a {@link MapView}'s mode. */
public class MapModeBar extends HBox {
    private final MapView view;
    private final ObservableList<MapMode> modes;
    private final ToggleGroup group = new ToggleGroup();

    public MapModeBar(MapView view, ObservableList<MapMode> modes) {
        this.view = view;
        this.modes = modes;
        getStyleClass().add("map-mode-bar");
        setId("map-mode-bar");
        rebuild();
        modes.addListener((ListChangeListener<MapMode>) c -> rebuild());
        view.modeProperty().addListener((obs, old, now) -> syncSelection());
    }

    public static String buttonId(MapMode mode) {
        return "map-mode-" + mode.id();
    }

    private void rebuild() {
        getChildren().clear();
        group.getToggles().clear();
        for (MapMode m : modes) {
            ToggleButton b = new ToggleButton(m.name());
            b.setId(buttonId(m));
            b.setToggleGroup(group);
            b.setUserData(m.id());
            b.setMinWidth(Region.USE_PREF_SIZE); // never "Po…": at large text the title gives way instead
            b.setOnAction(e -> {
                view.setMode(m);
                b.setSelected(true);
            });
            getChildren().add(b);
        }
        syncSelection();
    }

    private void syncSelection() {
        MapMode current = view.getMode();
        group.getToggles().forEach(t -> t.setSelected(current != null && current.id().equals(t.getUserData())));
    }
}
