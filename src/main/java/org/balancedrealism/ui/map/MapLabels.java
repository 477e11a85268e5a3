package org.balancedrealism.ui.map;

import org.balancedrealism.text.CountryNames;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balancedrealism.model.map.MapCountry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * State names drawn over a {@link MapView}, in view pixels rather than map units so that the text stays crisp and
 * its size is chosen per zoom: each name is sized to about {@link #SPAN} of its state's width on screen, between
 * {@link #MIN_PX} and {@link #MAX_PX}. Names are placed larger states first and a name that would not fit, or would
 * overlap one already placed, is left out; zooming in brings smaller states' names in. Tiny states (drawn as markers)
 * have no name on the map; their tooltip names them.
 */
final class MapLabels {
    static final double MIN_PX = 9;
    static final double MAX_PX = 22;
    /** Share of a state's on-screen width its name may take. */
    static final double SPAN = 0.8;
    /** Share of a state's on-screen height its name may take. */
    static final double HEIGHT_SPAN = 0.7;
    private static final double REFERENCE_PX = 12;

    private final Group layer = new Group();
    private final MapLayers layers;
    private final List<Entry> byArea = new ArrayList<>();
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    /** One state's name: its text node and its width at {@link #REFERENCE_PX}. */
    private static final class Entry {
        final MapCountry country;
        final Text text;
        final double referenceWidth;
        double shownPx = -1;

        Entry(MapCountry country, Text text, double referenceWidth) {
            this.country = country;
            this.text = text;
            this.referenceWidth = referenceWidth;
        }
    }

    MapLabels(MapLayers layers, Iterable<MapCountry> countries) {
        this.layers = layers;
        layer.setMouseTransparent(true);
        layer.getStyleClass().add("map-labels");
        layer.setId("map-labels");
        layer.setManaged(false);
        // one halo for the whole layer: readable over light and dark fills alike, and cheap
        layer.setEffect(new DropShadow(BlurType.GAUSSIAN, Color.web("#0b1422", 0.9), 3, 0.55, 0, 0));
        for (MapCountry c : countries) {
            if (c.tiny()) {
                continue;
            }
            Text t = new Text(CountryNames.of(c.id(), c.name()));
            t.setFont(font(REFERENCE_PX));
            t.setFill(Color.web("#fbf6e8"));
            t.setTextAlignment(TextAlignment.CENTER);
            t.getStyleClass().add("map-label");
            t.setId("label-" + c.id());
            t.setManaged(false);
            t.setVisible(false);
            Entry e = new Entry(c, t, t.getLayoutBounds().getWidth());
            byArea.add(e);
            byId.put(c.id(), e);
            layer.getChildren().add(t);
        }
        byArea.sort(Comparator.comparingDouble((Entry e) -> -area(layers.mainBoundsOf(e.country.id())))
                .thenComparing(e -> e.country.id()));
    }

    Group layer() {
        return layer;
    }

    /**
     * Places the names for the current camera: {@code toView} maps a longitude/latitude to view pixels, {@code scale}
     * is pixels per map unit, and names whose point falls outside {@code width} × {@code height} are hidden.
     */
    void place(Function<double[], Point2D> toView, double scale, double width, double height) {
        List<Bounds> placed = new ArrayList<>();
        for (Entry e : byArea) {
            Bounds shape = layers.mainBoundsOf(e.country.id());
            double px = sizeFor(e.referenceWidth, shape.getWidth() * scale, shape.getHeight() * scale);
            Point2D at = toView.apply(new double[] {e.country.labelLon(), e.country.labelLat()});
            if (px < MIN_PX) {
                e.text.setVisible(false);
                continue;
            }
            px = Math.floor(px); // whole pixel sizes: a font is only rebuilt when the size really changes
            double w = e.referenceWidth * px / REFERENCE_PX;
            double h = px * 1.2;
            Bounds box = new BoundingBox(at.getX() - w / 2 - 2, at.getY() - h / 2, w + 4, h);
            // a name cut by the edge of the view ("ermany") reads worse than none
            boolean free = box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= width && box.getMaxY() <= height;
            for (Bounds b : placed) {
                if (b.intersects(box)) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                e.text.setVisible(false);
                continue;
            }
            placed.add(box);
            if (px != e.shownPx) {
                e.text.setFont(font(px));
                e.shownPx = px;
            }
            e.text.setX(at.getX() - w / 2);
            e.text.setY(at.getY() + px * 0.35);
            e.text.setVisible(true);
        }
    }

    /**
     * The font size (pixels) at which a name spans {@link #SPAN} of its state's width, capped by its height and by
     * {@link #MAX_PX}; below {@link #MIN_PX} the name is not drawn.
     */
    static double sizeFor(double referenceWidth, double shapeWidthPx, double shapeHeightPx) {
        double byWidth = REFERENCE_PX * SPAN * shapeWidthPx / Math.max(1, referenceWidth);
        double byHeight = shapeHeightPx * HEIGHT_SPAN;
        return Math.min(MAX_PX, Math.min(byWidth, byHeight));
    }

    /** Ids of the states whose names are drawn now, larger states first. */
    List<String> shown() {
        List<String> out = new ArrayList<>();
        for (Entry e : byArea) {
            if (e.text.isVisible()) {
                out.add(e.country.id());
            }
        }
        return out;
    }

    Text text(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.text;
    }

    private static Font font(double px) {
        return Font.font("System", FontWeight.SEMI_BOLD, px);
    }

    private static double area(Bounds b) {
        return b == null ? 0 : b.getWidth() * b.getHeight();
    }
}
