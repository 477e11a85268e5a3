package org.balancedrealism.ui.map;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import java.util.Objects;

/**
 * Mouse, touch and key input of a {@link MapView}: dragging pans, the wheel or a pinch zooms at the pointer, a click
 * (a press that moved less than {@link MapView#DRAG_SLOP}) selects, moving the pointer sets the hovered state, and
 * the keys pan and zoom. Kept apart from the camera so that the camera is plain geometry a test can drive directly.
 */
final class MapInput {
    private final MapView view;
    private final MapCamera camera;
    private final MapTooltip tooltip;
    private final ReadOnlyObjectWrapper<String> hovered;

    private double pressX;
    private double pressY;
    private double pressOffsetX;
    private double pressOffsetY;
    private boolean dragging;

    MapInput(MapView view, MapCamera camera, MapTooltip tooltip, ReadOnlyObjectWrapper<String> hovered) {
        this.view = view;
        this.camera = camera;
        this.tooltip = tooltip;
        this.hovered = hovered;
    }

    /** Whether a press has turned into a drag: no tooltip then, and the release is not a click. */
    boolean dragging() {
        return dragging;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> view.setCursor(null));
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered.set(null));
        view.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            camera.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler());
    }

    /** See {@link MapView#keyHandler()}. */
    EventHandler<KeyEvent> keyHandler() {
        return e -> {
            if (e.isConsumed() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || e.getTarget() instanceof TextInputControl) {
                return;
            }
            double w = view.getWidth();
            double h = view.getHeight();
            double stepX = w * MapView.KEY_PAN;
            double stepY = h * MapView.KEY_PAN;
            boolean handled = true;
            switch (e.getCode()) {
                case LEFT, A -> camera.panBy(stepX, 0);
                case RIGHT, D -> camera.panBy(-stepX, 0);
                case UP, W -> camera.panBy(0, stepY);
                case DOWN, S -> camera.panBy(0, -stepY);
                case PLUS, EQUALS, ADD -> camera.zoomAt(MapView.ZOOM_STEP, w / 2, h / 2);
                case MINUS, SUBTRACT -> camera.zoomAt(1 / MapView.ZOOM_STEP, w / 2, h / 2);
                case HOME -> camera.fitWorld();
                default -> handled = false;
            }
            if (handled) {
                hovered.set(null);   // the map moved under a still pointer: the tooltip would be stale
                e.consume();
            }
        };
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressOffsetX = camera.offsetX().get();
        pressOffsetY = camera.offsetY().get();
        dragging = false;
        view.requestFocus();
    }

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) >= MapView.DRAG_SLOP) {
            dragging = true;
            view.setCursor(Cursor.MOVE);
            tooltip.hide();
        }
        if (dragging) {
            camera.applyTransform(camera.scale().get(), pressOffsetX + dx, pressOffsetY + dy);
        }
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        view.select(countryOf(e.getPickResult().getIntersectedNode()));
        e.consume();
    }

    private void onMoved(MouseEvent e) {
        tooltip.pointerAt(e.getX(), e.getY());
        String id = countryOf(e.getPickResult().getIntersectedNode());
        if (!Objects.equals(id, hovered.get())) {
            hovered.set(id);
        } else {
            tooltip.place();
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        camera.zoomAt(Math.pow(MapView.ZOOM_STEP, e.getDeltaY() / 40.0), e.getX(), e.getY());
        e.consume();
    }

    /** The state id a picked node stands for: the shape or marker itself, or any ancestor carrying the key. */
    private static String countryOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(MapView.COUNTRY_KEY);
            if (id != null) {
                return (String) id;
            }
        }
        return null;
    }
}
