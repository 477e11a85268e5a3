package org.balancedrealism.ui.map;

import javafx.beans.property.DoubleProperty;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineJoin;

import java.util.Map;

/**
 * The hover and selection outlines of a {@link MapView}. They are separate paths traced over a state's shape rather
 * than restyled shapes, so a thick outline is never hidden under the neighbours drawn after it; the selection gets
 * a dark halo under its light line so it reads on light and dark fills alike.
 */
final class MapHighlights {
    private static final Color SELECTION = Color.web("#fff4c2");
    private static final Color SELECTION_HALO = Color.web("#151a26");
    private static final Color HOVER = Color.web("#ffffff", 0.85);

    private final MapLayers layers;
    private final DoubleProperty unit;
    private final Path hoverOutline = new Path();
    private final Path selectionHalo = new Path();
    private final Path selectionOutline = new Path();

    MapHighlights(MapLayers layers, DoubleProperty unit) {
        this.layers = layers;
        this.unit = unit;
        configureOutline(hoverOutline, HOVER, MapView.HOVER_PX);
        configureOutline(selectionHalo, SELECTION_HALO, MapView.SELECTION_PX + 2.2);
        configureOutline(selectionOutline, SELECTION, MapView.SELECTION_PX);
        selectionOutline.setId("map-selection");
    }

    /** The outlines bottom to top, for {@link MapLayers#assemble}. */
    Path[] outlines() {
        return new Path[] {hoverOutline, selectionHalo, selectionOutline};
    }

    /** Outlines the state {@code id} (null or an unknown id hides the outline); markers show it in their stroke. */
    void showSelection(String id) {
        for (Map.Entry<String, Circle> e : layers.markers().entrySet()) {
            boolean on = e.getKey().equals(id);
            e.getValue().setStroke(on ? SELECTION : MapLayers.BORDER);
            e.getValue().strokeWidthProperty().bind(unit.multiply(on ? MapView.SELECTION_PX : 1.0));
        }
        if (id == null || layers.shape(id) == null) {
            selectionOutline.setVisible(false);
            selectionHalo.setVisible(false);
            return;
        }
        selectionOutline.getElements().setAll(layers.elementsOf(layers.country(id)));
        selectionHalo.getElements().setAll(layers.elementsOf(layers.country(id)));
        selectionOutline.setVisible(true);
        selectionHalo.setVisible(true);
    }

    /** Outlines the hovered state, unless it is the selected one: the selection outline already marks it. */
    void showHover(String id, String selected) {
        if (id == null || id.equals(selected)) {
            hoverOutline.setVisible(false);
        } else {
            hoverOutline.getElements().setAll(layers.elementsOf(layers.country(id)));
            hoverOutline.setVisible(true);
        }
    }

    private void configureOutline(Path outline, Color stroke, double px) {
        outline.setFill(null);
        outline.setStroke(stroke);
        outline.setFillRule(FillRule.EVEN_ODD);
        outline.setStrokeLineJoin(StrokeLineJoin.ROUND);
        outline.strokeWidthProperty().bind(unit.multiply(px));
        outline.setMouseTransparent(true);
        outline.setVisible(false);
    }
}
