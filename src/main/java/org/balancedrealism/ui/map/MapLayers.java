package org.balancedrealism.ui.map;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineJoin;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drawn world of a {@link MapView}, in map units: ocean, graticule, one even-odd {@link Path} per state, round
 * markers for tiny states and dashed sea lanes. Built once from the {@link GeoMap}; afterwards only fills and dash
 * lengths change, so panning and zooming never rebuild a shape. Every width is bound to {@code unit} (map units per
 * screen pixel) so that it keeps the same size on screen at every zoom.
 */
final class MapLayers {
    /** Package-visible because selection highlighting swaps a marker's stroke between this and its own colour. */
    static final Color BORDER = Color.web("#2a2f3a");
    private static final Color LINK = Color.web("#dfe9f5", 0.8);
    private static final Color OCEAN = Color.web("#1f3a57");
    private static final Color GRATICULE = Color.web("#ffffff", 0.10);

    private final GeoMap map;
    private final MapProjection projection;
    private final DoubleProperty unit;
    private final Map<String, MapCountry> countries = new LinkedHashMap<>();
    private final Map<String, Path> shapes = new LinkedHashMap<>();
    private final Map<String, Circle> markers = new LinkedHashMap<>();
    private final Map<String, Bounds> shapeBounds = new LinkedHashMap<>();
    private final List<Line> links = new ArrayList<>();

    private final Path sphere;
    private final Group graticule;
    private final Group shapeLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group markerLayer = new Group();

    MapLayers(GeoMap map, MapProjection projection, DoubleProperty unit) {
        this.map = map;
        this.projection = projection;
        this.unit = unit;
        sphere = sphereOutline();
        graticule = graticule();
        buildShapes();
        buildLinks();
    }

    /**
     * Fills {@code world} bottom to top. The highlight {@code outlines} go above the shapes and sea lanes but under
     * the markers, so a tiny state's marker stays clickable and visible over a neighbour's selection outline.
     */
    void assemble(Group world, Node... outlines) {
        world.getChildren().addAll(sphere, graticule, shapeLayer, linkLayer);
        world.getChildren().addAll(outlines);
        world.getChildren().add(markerLayer);
    }

    /** Bounds of the projected sphere: the whole world, in map units. */
    Bounds sphereBounds() {
        return sphere.getLayoutBounds();
    }

    boolean contains(String id) {
        return countries.containsKey(id);
    }

    MapCountry country(String id) {
        return countries.get(id);
    }

    Path shape(String id) {
        return shapes.get(id);
    }

    Circle marker(String id) {
        return markers.get(id);
    }

    Map<String, Circle> markers() {
        return markers;
    }

    /** Bounds of a state's largest shape, or null for ids not on the map. */
    Bounds mainBoundsOf(String id) {
        return shapeBounds.get(id);
    }

    List<Line> links() {
        return links;
    }

    Group linkLayer() {
        return linkLayer;
    }

    Group graticuleLayer() {
        return graticule;
    }

    /** Colours every shape and marker from {@code mode}; states it has no colour for (or no mode) get NO_DATA. */
    void fill(MapMode mode) {
        for (Map.Entry<String, Path> e : shapes.entrySet()) {
            Color c = mode == null ? null : mode.colorOf(e.getKey());
            Color fill = c == null ? Palettes.NO_DATA : c;
            e.getValue().setFill(fill);
            Circle marker = markers.get(e.getKey());
            if (marker != null) {
                marker.setFill(fill);
            }
        }
    }

    /** Dash arrays are plain lists, not properties, so unlike widths they must be reset whenever the zoom changes. */
    void rescaleDashes() {
        double u = unit.get();
        for (Line l : links) {
            l.getStrokeDashArray().setAll(6 * u, 4 * u);
        }
    }

    /** Path elements of every ring of a state, projected; also used to trace its hover and selection outlines. */
    List<PathElement> elementsOf(MapCountry c) {
        List<PathElement> elements = new ArrayList<>();
        for (List<double[]> polygon : c.polygons()) {
            for (double[] ring : polygon) {
                if (ring.length < 6) {
                    continue;
                }
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    double[] p = projection.project(ring[i], ring[i + 1]);
                    elements.add(i == 0 ? new MoveTo(p[0], p[1]) : new LineTo(p[0], p[1]));
                }
                elements.add(new ClosePath());
            }
        }
        return elements;
    }

    private void buildShapes() {
        Color none = Palettes.NO_DATA;
        for (MapCountry c : map.countries()) {
            countries.put(c.id(), c);
            List<PathElement> elements = elementsOf(c);
            Path path = new Path(elements);
            path.setFillRule(FillRule.EVEN_ODD);
            path.setFill(none);
            path.setStroke(BORDER);
            path.strokeWidthProperty().bind(unit.multiply(MapView.BORDER_PX));
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.getStyleClass().add("map-country");
            path.setId("country-" + c.id());
            path.getProperties().put(MapView.COUNTRY_KEY, c.id());
            shapes.put(c.id(), path);
            shapeBounds.put(c.id(), mainBounds(c));
            shapeLayer.getChildren().add(path);
            if (c.tiny()) {
                double[] p = projection.project(c.labelLon(), c.labelLat());
                Circle marker = new Circle(p[0], p[1], 1);
                marker.radiusProperty().bind(unit.multiply(MapView.MARKER_RADIUS_PX));
                marker.setFill(none);
                marker.setStroke(BORDER);
                marker.strokeWidthProperty().bind(unit.multiply(1.0));
                marker.getStyleClass().add("map-marker");
                marker.setId("marker-" + c.id());
                marker.getProperties().put(MapView.COUNTRY_KEY, c.id());
                marker.setCursor(Cursor.HAND);
                markers.put(c.id(), marker);
                markerLayer.getChildren().add(marker);
            }
        }
    }

    /**
     * Bounds of a state's largest shape (France without French Guiana), so that centring on a state shows its
     * heartland rather than everything between its far-flung pieces.
     */
    private Bounds mainBounds(MapCountry c) {
        Bounds best = null;
        double bestArea = -1;
        for (List<double[]> polygon : c.polygons()) {
            if (polygon.isEmpty() || polygon.get(0).length < 6) {
                continue;
            }
            double[] ring = polygon.get(0);
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double[] p = projection.project(ring[i], ring[i + 1]);
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            double area = (maxX - minX) * (maxY - minY);
            if (area > bestArea) {
                bestArea = area;
                best = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        if (best == null) {
            double[] p = projection.project(c.labelLon(), c.labelLat());
            best = new BoundingBox(p[0] - 1, p[1] - 1, 2, 2);
        }
        return best;
    }

    private void buildLinks() {
        for (SeaLink s : map.seaLinks()) {
            double[] a = projection.project(s.fromLon(), s.fromLat());
            double[] b = projection.project(s.toLon(), s.toLat());
            Line line = new Line(a[0], a[1], b[0], b[1]);
            line.setStroke(LINK);
            line.strokeWidthProperty().bind(unit.multiply(MapView.LINK_PX));
            line.getStyleClass().add("map-sea-link");
            line.setMouseTransparent(true);
            line.getProperties().put("br.link", s.a() + "-" + s.b());
            links.add(line);
            linkLayer.getChildren().add(line);
        }
        linkLayer.setMouseTransparent(true);
    }

    private Path sphereOutline() {
        Path p = new Path();
        List<PathElement> el = p.getElements();
        for (int lat = -90; lat <= 90; lat += 2) {
            double[] q = projection.project(-180, lat);
            el.add(el.isEmpty() ? new MoveTo(q[0], q[1]) : new LineTo(q[0], q[1]));
        }
        for (int lat = 90; lat >= -90; lat -= 2) {
            double[] q = projection.project(180, lat);
            el.add(new LineTo(q[0], q[1]));
        }
        el.add(new ClosePath());
        p.setFill(OCEAN);
        p.setStroke(Color.web("#0c1726"));
        p.strokeWidthProperty().bind(unit.multiply(1.5));
        p.getStyleClass().add("map-ocean");
        p.setId("map-ocean");
        return p;
    }

    private Group graticule() {
        Group g = new Group();
        for (int lon = -180; lon <= 180; lon += 30) {
            Path p = new Path();
            for (int lat = -90; lat <= 90; lat += 3) {
                double[] q = projection.project(lon, lat);
                p.getElements().add(p.getElements().isEmpty() ? new MoveTo(q[0], q[1]) : new LineTo(q[0], q[1]));
            }
            g.getChildren().add(p);
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            Path p = new Path();
            for (int lon = -180; lon <= 180; lon += 5) {
                double[] q = projection.project(lon, lat);
                p.getElements().add(p.getElements().isEmpty() ? new MoveTo(q[0], q[1]) : new LineTo(q[0], q[1]));
            }
            g.getChildren().add(p);
        }
        for (Node n : g.getChildren()) {
            Path p = (Path) n;
            p.setStroke(GRATICULE);
            p.strokeWidthProperty().bind(unit.multiply(0.8));
        }
        g.setMouseTransparent(true);
        return g;
    }
}
