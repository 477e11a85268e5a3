package org.balancedrealism.ui.map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;

import java.util.Collections;
import java.util.List;
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
 *
 * <p>This class is the public face and the wiring; the work is done by package-private parts, so that each stays
 * small enough to read: {@link MapLayers} draws the world, {@link MapHighlights} the hover and selection outlines,
 * {@link MapCamera} pans and zooms, {@link MapInput} turns mouse and keys into camera moves and selections, and
 * {@link MapTooltip} places the hover text.
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

    private final GeoMap map;
    /** Map units per screen pixel: 1 / scale. Every constant-on-screen width is bound to it. */
    private final DoubleProperty unit = new SimpleDoubleProperty(1);
    private final MapLayers layers;
    private final MapHighlights highlights;
    private final MapCamera camera;
    private final MapInput input;
    private final MapTooltip tooltip = new MapTooltip(this);
    private final MapLabels labels;
    private final MapWarLayer warLayer;

    private final Group world = new Group();
    private final Rectangle clip = new Rectangle();
    private final LegendBox legend = new LegendBox();
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);

    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<String> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObjectProperty<MapMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<Function<String, String>> tooltipProvider =
            new SimpleObjectProperty<>(this, "tooltipProvider");

    /** A map drawn with the Natural Earth projection, in the political mode. */
    public MapView(GeoMap map) {
        this(map, MapProjection.NATURAL_EARTH);
    }

    public MapView(GeoMap map, MapProjection projection) {
        this.map = Objects.requireNonNull(map, "map");
        Objects.requireNonNull(projection, "projection");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(0, 0);

        layers = new MapLayers(map, projection, unit);
        highlights = new MapHighlights(layers, unit);
        labels = new MapLabels(layers, map.countries());
        warLayer = new MapWarLayer(map, layers, projection, unit);
        camera = new MapCamera(this, projection, layers, unit, () -> hovered.set(null));
        input = new MapInput(this, camera, tooltip, hovered);

        world.getTransforms().add(camera.transform());
        Node[] above = new Node[highlights.outlines().length + 1];
        above[0] = warLayer.layer();   // wars over the states, under the hover and selection outlines
        System.arraycopy(highlights.outlines(), 0, above, 1, highlights.outlines().length);
        layers.assemble(world, above);
        world.setManaged(false);

        legend.setManaged(false);
        legendShown.addListener((obs, old, now) -> legend.setVisible(now && getMode() != null));

        getChildren().addAll(world, labels.layer(), legend, tooltip.label());
        // names are placed in view pixels: once per layout pass after the camera moved, however many properties changed
        camera.scale().addListener((obs, old, now) -> requestLayout());
        camera.offsetX().addListener((obs, old, now) -> requestLayout());
        camera.offsetY().addListener((obs, old, now) -> requestLayout());
        labels.layer().visibleProperty().addListener((obs, old, now) -> requestLayout());
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        selected.addListener((obs, old, now) -> highlights.showSelection(now));
        hovered.addListener((obs, old, now) -> showHover(now));
        mode.addListener((obs, old, now) -> recolour());
        tooltipProvider.addListener((obs, old, now) -> refreshTooltip());
        unit.addListener((obs, old, now) -> {
            layers.rescaleDashes();
            warLayer.rescale();
        });
        layers.rescaleDashes();

        input.install();

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
        selected.set(id != null && layers.contains(id) ? id : null);
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
        return camera.scale().getReadOnlyProperty();
    }

    public double getScale() {
        return camera.scale().get();
    }

    /** Where the map's origin sits in this view's coordinates. */
    public ReadOnlyDoubleProperty offsetXProperty() {
        return camera.offsetX().getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return camera.offsetY().getReadOnlyProperty();
    }

    public double getOffsetX() {
        return camera.offsetX().get();
    }

    public double getOffsetY() {
        return camera.offsetY().get();
    }

    /** The scale at which the whole world fits the view. */
    public double fitScale() {
        return camera.fitScale();
    }

    /** Puts the camera back where it was ({@link #getScale()}, {@link #getOffsetX()}, {@link #getOffsetY()}). */
    public void setCamera(double scale, double offsetX, double offsetY) {
        camera.applyTransform(scale, offsetX, offsetY);
    }

    /** Shows the whole world, centred. */
    public void fitWorld() {
        camera.fitWorld();
    }

    /** Centres the view on a state's largest shape, zoomed so that it fills about a third of the view. */
    public void centreOn(String id) {
        camera.centreOn(id);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the map point under ({@code x}, {@code y}) in place.
     */
    public void zoomAt(double factor, double x, double y) {
        camera.zoomAt(factor, x, y);
    }

    /** Moves the map by (dx, dy) screen pixels. */
    public void panBy(double dx, double dy) {
        camera.panBy(dx, dy);
    }

    /** Where a longitude/latitude lands in this view's coordinates (for tests, pins and labels). */
    public Point2D toView(double lon, double lat) {
        return camera.toView(lon, lat);
    }

    /** The view point of a state's label point. */
    public Point2D labelPoint(String id) {
        MapCountry c = layers.country(id);
        return c == null ? null : toView(c.labelLon(), c.labelLat());
    }

    /** The shape of a state (for tests and for overlays that follow it), or null. */
    public Path shapeOf(String id) {
        return layers.shape(id);
    }

    /** The marker of a tiny state, or null. */
    public Circle markerOf(String id) {
        return layers.marker(id);
    }

    /** The sea-lane lines, in map order. */
    public List<Line> seaLinkLines() {
        return Collections.unmodifiableList(layers.links());
    }

    /** Whether sea lanes are drawn (bind it to a setting). */
    public BooleanProperty seaLanesVisibleProperty() {
        return layers.linkLayer().visibleProperty();
    }

    /** Whether meridians and parallels are drawn (bind it to a setting). */
    public BooleanProperty graticuleVisibleProperty() {
        return layers.graticuleLayer().visibleProperty();
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
        return tooltip.label();
    }

    /**
     * The key handler this view uses when focused: arrows/WASD pan, +/− zoom, Home fits the world. A screen that
     * holds the map can add it to its own root too, so the keys work whichever control has the focus.
     */
    public EventHandler<KeyEvent> keyHandler() {
        return input.keyHandler();
    }

    /** Whether state names are drawn on the map (bind it to a setting; off for a decorative backdrop). */
    public BooleanProperty labelsVisibleProperty() {
        return labels.layer().visibleProperty();
    }

    /** Ids of the states whose names are drawn now, larger states first (for tests and screen readers). */
    public List<String> shownLabels() {
        return labels.layer().isVisible() ? labels.shown() : List.of();
    }

    /** The name drawn for a state (hidden when it does not fit), or null for tiny states and unknown ids. */
    public Text labelOf(String id) {
        return labels.text(id);
    }

    /** Draws these wars: both sides' shapes hatched, a marker on each front. An empty list clears them. */
    public void setWars(List<MapWar> wars) {
        warLayer.show(wars);
    }

    public List<MapWar> wars() {
        return warLayer.wars();
    }

    /** The front markers drawn now, one per pair of neighbouring shapes on opposite sides of a war. */
    public List<Group> frontMarkers() {
        return warLayer.frontMarkers();
    }

    // ------------------------------------------------------------------ layout

    @Override
    protected void layoutChildren() {
        camera.fitOnFirstLayout();
        if (labels.layer().isVisible() && getWidth() > 0) {
            labels.place(p -> camera.toView(p[0], p[1]), camera.scale().get(), getWidth(), getHeight());
        }
        legend.autosize();
        legend.relocate(12, getHeight() - legend.getHeight() - 12);
        tooltip.place();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 450;
    }

    // ------------------------------------------------------------------ state changes

    private void recolour() {
        MapMode m = mode.get();
        layers.fill(m);
        legend.show(m == null ? null : m.legend(), m == null ? null : m.noValueLabel());
        legend.setVisible(m != null && legendShown.get());
        requestLayout();
    }

    private void showHover(String id) {
        highlights.showHover(id, selected.get());
        refreshTooltip();
    }

    private void refreshTooltip() {
        tooltip.refresh(hovered.get(), tooltipProvider.get(), input.dragging());
    }

    /** Bounds of the whole projected world (the sphere outline), in map units. */
    Bounds worldBounds() {
        Bounds b = camera.worldBounds();
        return new BoundingBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
