package org.balancedrealism.ui.map;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Group;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wars on the map, in map units above the states: every shape held by a belligerent is hatched in red, its border
 * drawn red, and each front (a shape of one side next to a shape of the other, by land or sea lane) gets a crossed
 * red marker at the nearest points of the two shapes. Hatch spacing, line widths and marker size stay the same on
 * screen at every zoom.
 */
final class MapWarLayer {
    static final Color WAR_RED = Color.web("#d6452f");
    /** Hatch period and marker radius, in screen pixels. */
    static final double HATCH_PX = 9;
    static final double FRONT_PX = 6;

    private final GeoMap map;
    private final MapLayers layers;
    private final MapProjection projection;
    private final DoubleProperty unit;
    private final Group layer = new Group();
    private final Group hatches = new Group();
    private final Group fronts = new Group();
    private final WritableImage stripe = stripe();
    private final Map<String, Set<String>> neighbours = new LinkedHashMap<>();
    private List<MapWar> wars = List.of();

    MapWarLayer(GeoMap map, MapLayers layers, MapProjection projection, DoubleProperty unit) {
        this.map = map;
        this.layers = layers;
        this.projection = projection;
        this.unit = unit;
        layer.getChildren().addAll(hatches, fronts);
        layer.setMouseTransparent(true);
        layer.setId("map-wars");
        for (MapCountry c : map.countries()) {
            for (String n : c.landNeighbours()) {
                link(c.id(), n);
            }
        }
        for (SeaLink s : map.seaLinks()) {
            link(s.a(), s.b());
        }
    }

    Group layer() {
        return layer;
    }

    List<MapWar> wars() {
        return wars;
    }

    /** The front markers drawn now (for tests): one per pair of neighbouring shapes on opposite sides. */
    List<Group> frontMarkers() {
        List<Group> out = new ArrayList<>();
        fronts.getChildren().forEach(n -> out.add((Group) n));
        return out;
    }

    void show(List<MapWar> newWars) {
        wars = List.copyOf(newWars);
        hatches.getChildren().clear();
        fronts.getChildren().clear();
        Set<String> atWar = new LinkedHashSet<>();
        for (MapWar w : wars) {
            atWar.addAll(w.sideA());
            atWar.addAll(w.sideB());
        }
        for (String id : atWar) {
            MapCountry c = layers.country(id);
            if (c == null) {
                continue;
            }
            Path hatch = new Path(layers.elementsOf(c));
            hatch.setFillRule(FillRule.EVEN_ODD);
            hatch.setStroke(WAR_RED);
            hatch.strokeWidthProperty().bind(unit.multiply(1.4));
            hatch.setStrokeLineJoin(StrokeLineJoin.ROUND);
            hatch.getStyleClass().add("map-war-hatch");
            hatch.getProperties().put(MapView.COUNTRY_KEY, id);
            hatches.getChildren().add(hatch);
        }
        for (MapWar w : wars) {
            for (String a : w.sideA()) {
                for (String b : neighbours.getOrDefault(a, Set.of())) {
                    if (w.sideB().contains(b)) {
                        fronts.getChildren().add(front(w, a, b));
                    }
                }
            }
        }
        rescale();
    }

    /** Patterns are not properties: the hatch is rebuilt at the new period whenever the zoom changes. */
    void rescale() {
        double period = HATCH_PX * unit.get();
        ImagePattern pattern = new ImagePattern(stripe, 0, 0, period, period, false);
        hatches.getChildren().forEach(n -> ((Path) n).setFill(pattern));
    }

    private Group front(MapWar war, String a, String b) {
        double[] p = nearestPoints(layers.country(a), layers.country(b));
        Circle ring = new Circle(p[0], p[1], 1, Color.web("#0b1422", 0.75));
        ring.radiusProperty().bind(unit.multiply(FRONT_PX));
        ring.setStroke(WAR_RED);
        ring.strokeWidthProperty().bind(unit.multiply(1.6));
        Line l1 = cross(p, 1);
        Line l2 = cross(p, -1);
        Group g = new Group(ring, l1, l2);
        g.getStyleClass().add("map-front");
        g.getProperties().put("br.front", a + "-" + b);
        g.getProperties().put("br.war", war.name());
        return g;
    }

    private Line cross(double[] p, int sign) {
        Line l = new Line();
        double r = FRONT_PX * 0.55;
        l.startXProperty().bind(unit.multiply(-r).add(p[0]));
        l.endXProperty().bind(unit.multiply(r).add(p[0]));
        l.startYProperty().bind(unit.multiply(-r * sign).add(p[1]));
        l.endYProperty().bind(unit.multiply(r * sign).add(p[1]));
        l.setStroke(WAR_RED);
        l.strokeWidthProperty().bind(unit.multiply(1.8));
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }

    /**
     * The midpoint of the nearest pair of outline points of two shapes (on a shared border it lies on the border; for
     * a sea lane, between the coasts), in map units.
     */
    double[] nearestPoints(MapCountry a, MapCountry b) {
        List<double[]> pa = points(a);
        List<double[]> pb = points(b);
        double best = Double.MAX_VALUE;
        double[] out = projection.project(a.labelLon(), a.labelLat());
        for (double[] p : pa) {
            for (double[] q : pb) {
                double d = (p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]);
                if (d < best) {
                    best = d;
                    out = new double[] {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2};
                }
            }
        }
        return out;
    }

    private List<double[]> points(MapCountry c) {
        List<double[]> out = new ArrayList<>();
        for (List<double[]> polygon : c.polygons()) {
            if (polygon.isEmpty()) {
                continue;
            }
            double[] ring = polygon.get(0);
            for (int i = 0; i + 1 < ring.length; i += 2) {
                out.add(projection.project(ring[i], ring[i + 1]));
            }
        }
        return out;
    }

    private void link(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    }

    /** A tile with one diagonal red stripe; repeated, it hatches a shape. */
    private static WritableImage stripe() {
        int n = 12;
        WritableImage img = new WritableImage(n, n);
        Color stripe = WAR_RED.deriveColor(0, 1, 1, 0.55);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int d = Math.floorMod(x - y, n);
                img.getPixelWriter().setColor(x, y, d < 3 ? stripe : Color.TRANSPARENT);
            }
        }
        return img;
    }
}
