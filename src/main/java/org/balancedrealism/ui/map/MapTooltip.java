package org.balancedrealism.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.function.Function;

/**
 * The hover tooltip of a {@link MapView}: a plain label inside the view rather than a JavaFX {@code Tooltip}
 * window, so it follows the pointer at once, costs no popup and works headless. It sits below and right of the
 * pointer, flipping to the other side where it would leave the view.
 */
final class MapTooltip {
    private final Region view;
    private final Label label = new Label();
    private double mouseX;
    private double mouseY;

    MapTooltip(Region view) {
        this.view = view;
        label.getStyleClass().add("map-tooltip");
        label.setId("map-tooltip");
        label.setManaged(false);
        label.setVisible(false);
        label.setMouseTransparent(true);
        label.setWrapText(true);
        label.setMaxWidth(360);
    }

    Label label() {
        return label;
    }

    /** Remembers where the pointer is, in view coordinates, for placing the label. */
    void pointerAt(double x, double y) {
        mouseX = x;
        mouseY = y;
    }

    void hide() {
        label.setVisible(false);
    }

    /**
     * Asks {@code provider} for the text of state {@code id} and shows it; no state, no provider, a drag under way
     * (the map slides under the pointer) or a null/blank answer hides the tooltip.
     */
    void refresh(String id, Function<String, String> provider, boolean dragging) {
        String text = id == null || provider == null || dragging ? null : provider.apply(id);
        if (text == null || text.isBlank()) {
            label.setVisible(false);
            return;
        }
        label.setText(text);
        label.setVisible(true);
        place();
    }

    void place() {
        if (!label.isVisible()) {
            return;
        }
        label.autosize();
        double x = mouseX + 16;
        double y = mouseY + 18;
        if (x + label.getWidth() > view.getWidth() - 4) {
            x = mouseX - label.getWidth() - 8;
        }
        if (y + label.getHeight() > view.getHeight() - 4) {
            y = mouseY - label.getHeight() - 8;
        }
        label.relocate(Math.max(4, x), Math.max(4, y));
    }
}
