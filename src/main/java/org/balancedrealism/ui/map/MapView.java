package org.balancedrealism.ui.map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The world map: one {@link Path} per state (even-odd fill) in a {@link Group} moved by a single affine transform
 * inside a clipped pane, so panning and zooming never rebuild a shape.
 *
 * <ul>
 *   <li>mouse wheel (or pinch) zooms at the cursor, dragging pans, arrows/WASD pan, +/− zoom, Home shows the
 *       whole world;</li>
 *   <li>a click selects a state ({@link #selectedProperty()}, its id or null after a click on the sea);</li>
 *   <li>hovering shows a tooltip whose text comes from {@link #setTooltipProvider(Function)};</li>
 *   <li>{@link #setMode(MapMode)} recolours every state and shows the mode's legend;</li>
 *   <li>tiny states get a round marker at their label point; sea lanes are thin dashed lines.</li>
 * </ul>
 * Line widths, markers and dashes keep the same size on screen at every zoom.
 */
public class MapView extends Pane {
    /** Key under which every shape and marker keeps its state id in {@link Node#getProperties()}. */
    public static final String COUNTRY_KEY = "br.country";

    static final double BORDER_PX = 0.7;
    static final double MARKER_RADIUS_PX = 4.5;
    static final double LINK_PX = 1.2;
    static final double SELECTION_PX = 2.4;
    static final double HOVER_PX = 1.6;
    /** Zoom factor of one wheel notch (40 pixels of scroll) and of one key press. */
    static final double ZOOM_STEP = 1.25;
    /** How far in, relative to the whole-world view, one may zoom. */
    static final double MAX_ZOOM = 60;
    /** Share of the view one arrow key press pans. */
    static final double KEY_PAN = 0.15;
    /** Pointer travel (pixels) before a press becomes a drag rather than a click. */
    static final double DRAG_SLOP = 4;

    private static final Color BORDER = Color.web("#2a2f3a");
    private static final Color SELECTION = Color.web("#fff4c2");
    private static final Color SELECTION_HALO = Color.web("#151a26");
    private static final Color HOVER = Color.web("#ffffff", 0.85);
    private static final Color LINK = Color.web("#dfe9f5", 0.8);
    private static final Color OCEAN = Color.web("#1f3a57");
    private static final Color GRATICULE = Color.web("#ffffff", 0.10);

    private final GeoMap map;
    private final MapProjection projection;
    private final Map<String, MapCountry> countries = new LinkedHashMap<>();
    private final Map<String, Path> shapes = new LinkedHashMap<>();
    private final Map<String, Circle> markers = new LinkedHashMap<>();
    private final Map<String, Bounds> shapeBounds = new LinkedHashMap<>();
    private final List<Line> links = new ArrayList<>();
    private final Bounds worldBounds;

    private final Group world = new Group();
    private final Group graticule;
    private final Group shapeLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group markerLayer = new Group();
    private final Path hoverOutline = new Path();
    private final Path selectionHalo = new Path();
    private final Path selectionOutline = new Path();
    private final Affine transform = new Affine();
    private final Rectangle clip = new Rectangle();
    private final Label tooltip = new Label();
    private final LegendBox legend = new LegendBox();
    private final BooleanProperty legendShown = new javafx.beans.property.SimpleBooleanProperty(this, "legendShown", true);

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX", 0);
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY", 0);
    /** Map units per screen pixel: 1 / scale. Every constant-on-screen width is bound to it. */
    private final DoubleProperty unit = new SimpleDoubleProperty(1);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<String> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObjectProperty<MapMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<Function<String, String>> tooltipProvider =
            new SimpleObjectProperty<>(this, "tooltipProvider");

    private boolean fitted;
    private String pendingCentre;
    private double pressX;
    private double pressY;
    private double pressOffsetX;
    private double pressOffsetY;
    private boolean dragging;
    private double mouseX;
    private double mouseY;

    /** A map drawn with the Natural Earth projection, in the political mode. */
    public MapView(GeoMap map) {
        this(map, MapProjection.NATURAL_EARTH);
    }

    public MapView(GeoMap map, MapProjection projection) {
        this.map = Objects.requireNonNull(map, "map");
        this.projection = Objects.requireNonNull(projection, "projection");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(0, 0);

        Path sphere = sphereOutline();
        graticule = graticule();
        buildShapes();
        buildLinks();
        worldBounds = sphere.getLayoutBounds();

        configureOutline(hoverOutline, HOVER, HOVER_PX);
        configureOutline(selectionHalo, SELECTION_HALO, SELECTION_PX + 2.2);
        configureOutline(selectionOutline, SELECTION, SELECTION_PX);
        selectionOutline.setId("map-selection");

        world.getTransforms().add(transform);
        world.getChildren().addAll(sphere, graticule, shapeLayer, linkLayer, hoverOutline, selectionHalo,
                selectionOutline, markerLayer);
        world.setManaged(false);

        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setId("map-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);

        legend.setManaged(false);
        legendShown.addListener((obs, old, now) -> legend.setVisible(now && getMode() != null));

        getChildren().addAll(world, legend, tooltip);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        selected.addListener((obs, old, now) -> showSelection(now));
        hovered.addListener((obs, old, now) -> showHover(now));
        mode.addListener((obs, old, now) -> recolour());
        tooltipProvider.addListener((obs, old, now) -> refreshTooltip());
        unit.addListener((obs, old, now) -> rescaleDashes());
        rescaleDashes();

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(null));
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered.set(null));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, keyHandler());

        setMode(PoliticalMode.of(map));
    }

    // ------------------------------------------------------------------ public API

    /** The map this view draws. */
    public GeoMap map() {
        return map;
    }

    /** Id of the selected state, or null; writable, so the game can select from a list or an event link. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public String getSelected() {
        return selected.get();
    }

    /** Selects a state by id (null clears the selection); ids not on the map clear it too. */
    public void select(String id) {
        selected.set(id != null && countries.containsKey(id) ? id : null);
    }

    /** Id of the state under the pointer, or null. */
    public ReadOnlyObjectProperty<String> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The current map mode; setting it recolours every state and replaces the legend. */
    public ObjectProperty<MapMode> modeProperty() {
        return mode;
    }

    public MapMode getMode() {
        return mode.get();
    }

    public void setMode(MapMode newMode) {
        Objects.requireNonNull(newMode, "mode");
        if (newMode == mode.get()) {
            recolour();
        } else {
            mode.set(newMode);
        }
    }

    /** Asks the current mode again for every colour (after the state it reads has changed). */
    public void refresh() {
        recolour();
        refreshTooltip();
    }

    /**
     * Sets where tooltip texts come from: called with a state id when the pointer comes onto it; a null or blank
     * answer shows no tooltip. A null provider turns tooltips off.
     */
    public void setTooltipProvider(Function<String, String> provider) {
        tooltipProvider.set(provider);
    }

    public ObjectProperty<Function<String, String>> tooltipProviderProperty() {
        return tooltipProvider;
    }

    /** Screen pixels per map unit. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /** Where the map's origin sits in this view's coordinates. */
    public ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }

    public double getOffsetX() {
        return offsetX.get();
    }

    public double getOffsetY() {
        return offsetY.get();
    }

    /** The scale at which the whole world fits the view. */
    public double fitScale() {
        double w = getWidth() > 0 ? getWidth() : 800;
        double h = getHeight() > 0 ? getHeight() : 450;
        return Math.min(w / worldBounds.getWidth(), h / worldBounds.getHeight()) * 0.96;
    }

    /** Shows the whole world, centred. */
    public void fitWorld() {
        double s = fitScale();
        setView(s, worldBounds.getMinX() + worldBounds.getWidth() / 2, worldBounds.getMinY() + worldBounds.getHeight() / 2);
    }

    /** Centres the view on a state's largest shape, zoomed so that it fills about a third of the view. */
    public void centreOn(String id) {
        Bounds b = shapeBounds.get(id);
        if (b == null) {
            return;
        }
        if (!fitted) {
            pendingCentre = id;   // not laid out yet: centre once the view has a size
            return;
        }
        double w = getWidth() > 0 ? getWidth() : 800;
        double h = getHeight() > 0 ? getHeight() : 450;
        double s = Math.min(w / Math.max(b.getWidth(), 1e-6), h / Math.max(b.getHeight(), 1e-6)) / 3;
        setView(s, b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the map point under ({@code x}, {@code y}) in place.
     */
    public void zoomAt(double factor, double x, double y) {
        double s = getScale();
        double target = clampScale(s * factor);
        double wx = (x - getOffsetX()) / s;
        double wy = (y - getOffsetY()) / s;
        applyTransform(target, x - wx * target, y - wy * target);
    }

    /** Moves the map by (dx, dy) screen pixels. */
    public void panBy(double dx, double dy) {
        applyTransform(getScale(), getOffsetX() + dx, getOffsetY() + dy);
    }

    /** Where a longitude/latitude lands in this view's coordinates (for tests, pins and labels). */
    public Point2D toView(double lon, double lat) {
        double[] p = projection.project(lon, lat);
        return new Point2D(getOffsetX() + p[0] * getScale(), getOffsetY() + p[1] * getScale());
    }

    /** The view point of a state's label point. */
    public Point2D labelPoint(String id) {
        MapCountry c = countries.get(id);
        return c == null ? null : toView(c.labelLon(), c.labelLat());
    }

    /** The shape of a state (for tests and for overlays that follow it), or null. */
    public Path shapeOf(String id) {
        return shapes.get(id);
    }

    /** The marker of a tiny state, or null. */
    public Circle markerOf(String id) {
        return markers.get(id);
    }

    /** The sea-lane lines, in map order. */
    public List<Line> seaLinkLines() {
        return Collections.unmodifiableList(links);
    }

    /** Whether sea lanes are drawn (bind it to a setting). */
    public BooleanProperty seaLanesVisibleProperty() {
        return linkLayer.visibleProperty();
    }

    /** Whether meridians and parallels are drawn (bind it to a setting). */
    public BooleanProperty graticuleVisibleProperty() {
        return graticule.visibleProperty();
    }

    /** Whether the legend box is shown (off for a decorative backdrop). */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** The legend box shown on the map. */
    public LegendBox legendBox() {
        return legend;
    }

    /** The tooltip label (for tests). */
    public Label tooltipLabel() {
        return tooltip;
    }

    /**
     * The key handler this view uses when focused: arrows/WASD pan, +/− zoom, Home fits the world. A screen that
     * holds the map can add it to its own root too, so the keys work whichever control has the focus.
     */
    public EventHandler<KeyEvent> keyHandler() {
        return e -> {
            if (e.isConsumed() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || e.getTarget() instanceof TextInputControl) {
                return;
            }
            double stepX = getWidth() * KEY_PAN;
            double stepY = getHeight() * KEY_PAN;
            boolean handled = true;
            switch (e.getCode()) {
                case LEFT, A -> panBy(stepX, 0);
                case RIGHT, D -> panBy(-stepX, 0);
                case UP, W -> panBy(0, stepY);
                case DOWN, S -> panBy(0, -stepY);
                case PLUS, EQUALS, ADD -> zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
                case MINUS, SUBTRACT -> zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
                case HOME -> fitWorld();
                default -> handled = false;
            }
            if (handled) {
                hovered.set(null);   // the map moved under a still pointer: the tooltip would be stale
                e.consume();
            }
        };
    }

    // ------------------------------------------------------------------ layout

    @Override
    protected void layoutChildren() {
        if (!fitted && getWidth() > 0 && getHeight() > 0) {
            fitted = true;
            fitWorld();
            if (pendingCentre != null) {
                centreOn(pendingCentre);
                pendingCentre = null;
            }
        }
        legend.autosize();
        legend.relocate(12, getHeight() - legend.getHeight() - 12);
        placeTooltip();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 450;
    }

    // ------------------------------------------------------------------ building

    private void buildShapes() {
        Color none = Palettes.NO_DATA;
        for (MapCountry c : map.countries()) {
            countries.put(c.id(), c);
            List<PathElement> elements = elementsOf(c);
            Path path = new Path(elements);
            path.setFillRule(FillRule.EVEN_ODD);
            path.setFill(none);
            path.setStroke(BORDER);
            path.strokeWidthProperty().bind(unit.multiply(BORDER_PX));
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.getStyleClass().add("map-country");
            path.setId("country-" + c.id());
            path.getProperties().put(COUNTRY_KEY, c.id());
            shapes.put(c.id(), path);
            shapeBounds.put(c.id(), mainBounds(c));
            shapeLayer.getChildren().add(path);
            if (c.tiny()) {
                double[] p = projection.project(c.labelLon(), c.labelLat());
                Circle marker = new Circle(p[0], p[1], 1);
                marker.radiusProperty().bind(unit.multiply(MARKER_RADIUS_PX));
                marker.setFill(none);
                marker.setStroke(BORDER);
                marker.strokeWidthProperty().bind(unit.multiply(1.0));
                marker.getStyleClass().add("map-marker");
                marker.setId("marker-" + c.id());
                marker.getProperties().put(COUNTRY_KEY, c.id());
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

    private List<PathElement> elementsOf(MapCountry c) {
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

    private void buildLinks() {
        for (SeaLink s : map.seaLinks()) {
            double[] a = projection.project(s.fromLon(), s.fromLat());
            double[] b = projection.project(s.toLon(), s.toLat());
            Line line = new Line(a[0], a[1], b[0], b[1]);
            line.setStroke(LINK);
            line.strokeWidthProperty().bind(unit.multiply(LINK_PX));
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

    private void configureOutline(Path outline, Color stroke, double px) {
        outline.setFill(null);
        outline.setStroke(stroke);
        outline.setFillRule(FillRule.EVEN_ODD);
        outline.setStrokeLineJoin(StrokeLineJoin.ROUND);
        outline.strokeWidthProperty().bind(unit.multiply(px));
        outline.setMouseTransparent(true);
        outline.setVisible(false);
    }

    // ------------------------------------------------------------------ state changes

    private void recolour() {
        MapMode m = mode.get();
        for (Map.Entry<String, Path> e : shapes.entrySet()) {
            Color c = m == null ? null : m.colorOf(e.getKey());
            Color fill = c == null ? Palettes.NO_DATA : c;
            e.getValue().setFill(fill);
            Circle marker = markers.get(e.getKey());
            if (marker != null) {
                marker.setFill(fill);
            }
        }
        legend.show(m == null ? null : m.legend());
        legend.setVisible(m != null && legendShown.get());
        requestLayout();
    }

    private void showSelection(String id) {
        for (Map.Entry<String, Circle> e : markers.entrySet()) {
            boolean on = e.getKey().equals(id);
            e.getValue().setStroke(on ? SELECTION : BORDER);
            e.getValue().strokeWidthProperty().bind(unit.multiply(on ? SELECTION_PX : 1.0));
        }
        if (id == null || !shapes.containsKey(id)) {
            selectionOutline.setVisible(false);
            selectionHalo.setVisible(false);
            return;
        }
        selectionOutline.getElements().setAll(elementsOf(countries.get(id)));
        selectionHalo.getElements().setAll(elementsOf(countries.get(id)));
        selectionOutline.setVisible(true);
        selectionHalo.setVisible(true);
    }

    private void showHover(String id) {
        if (id == null || id.equals(selected.get())) {
            hoverOutline.setVisible(false);
        } else {
            hoverOutline.getElements().setAll(elementsOf(countries.get(id)));
            hoverOutline.setVisible(true);
        }
        refreshTooltip();
    }

    private void refreshTooltip() {
        String id = hovered.get();
        Function<String, String> provider = tooltipProvider.get();
        String text = id == null || provider == null || dragging ? null : provider.apply(id);
        if (text == null || text.isBlank()) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(text);
        tooltip.setVisible(true);
        placeTooltip();
    }

    private void placeTooltip() {
        if (!tooltip.isVisible()) {
            return;
        }
        tooltip.autosize();
        double x = mouseX + 16;
        double y = mouseY + 18;
        if (x + tooltip.getWidth() > getWidth() - 4) {
            x = mouseX - tooltip.getWidth() - 8;
        }
        if (y + tooltip.getHeight() > getHeight() - 4) {
            y = mouseY - tooltip.getHeight() - 8;
        }
        tooltip.relocate(Math.max(4, x), Math.max(4, y));
    }

    private void rescaleDashes() {
        double u = unit.get();
        for (Line l : links) {
            l.getStrokeDashArray().setAll(6 * u, 4 * u);
        }
    }

    private void setView(double s, double centreX, double centreY) {
        hovered.set(null);
        double target = clampScale(s);
        double w = getWidth() > 0 ? getWidth() : 800;
        double h = getHeight() > 0 ? getHeight() : 450;
        applyTransform(target, w / 2 - centreX * target, h / 2 - centreY * target);
    }

    private double clampScale(double s) {
        double fit = fitScale();
        return Math.max(fit * 0.9, Math.min(fit * MAX_ZOOM, s));
    }

    /** Sets the transform, keeping the centre of the view over the world. */
    private void applyTransform(double s, double tx, double ty) {
        double w = getWidth();
        double h = getHeight();
        if (w > 0 && h > 0) {
            tx = clamp(tx, w / 2 - worldBounds.getMaxX() * s, w / 2 - worldBounds.getMinX() * s);
            ty = clamp(ty, h / 2 - worldBounds.getMaxY() * s, h / 2 - worldBounds.getMinY() * s);
        }
        transform.setToTransform(s, 0, tx, 0, s, ty);
        scale.set(s);
        offsetX.set(tx);
        offsetY.set(ty);
        unit.set(1 / s);
    }

    private static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }

    // ------------------------------------------------------------------ input

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressOffsetX = getOffsetX();
        pressOffsetY = getOffsetY();
        dragging = false;
        requestFocus();
    }

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) >= DRAG_SLOP) {
            dragging = true;
            setCursor(Cursor.MOVE);
            tooltip.setVisible(false);
        }
        if (dragging) {
            applyTransform(getScale(), pressOffsetX + dx, pressOffsetY + dy);
        }
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        select(countryOf(e.getPickResult().getIntersectedNode()));
        e.consume();
    }

    private void onMoved(MouseEvent e) {
        mouseX = e.getX();
        mouseY = e.getY();
        String id = countryOf(e.getPickResult().getIntersectedNode());
        if (!Objects.equals(id, hovered.get())) {
            hovered.set(id);
        } else {
            placeTooltip();
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAt(Math.pow(ZOOM_STEP, e.getDeltaY() / 40.0), e.getX(), e.getY());
        e.consume();
    }

    private static String countryOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(COUNTRY_KEY);
            if (id != null) {
                return (String) id;
            }
        }
        return null;
    }

    /** Bounds of the whole projected world (the sphere outline), in map units. */
    Bounds worldBounds() {
        return new BoundingBox(worldBounds.getMinX(), worldBounds.getMinY(), worldBounds.getWidth(),
                worldBounds.getHeight());
    }
}
