package org.balancedrealism.ui.map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;

/**
 * Pan and zoom of a {@link MapView}: the one affine transform that places the world group in the view, its scale
 * and offsets as properties, and {@code unit} (map units per screen pixel) that every constant-on-screen width is
 * bound to. The scale is kept between a little under "whole world" and {@link MapView#MAX_ZOOM} times that, and the
 * offsets so that the centre of the view always lies over the world.
 */
final class MapCamera {
    private final Region view;
    private final MapProjection projection;
    private final MapLayers layers;
    private final Bounds worldBounds;
    /** Run before every jump (fit, centre): the map moves under a still pointer, so hover and tooltip go stale. */
    private final Runnable beforeJump;
    private final Affine transform = new Affine();
    private final ReadOnlyDoubleWrapper scale;
    private final ReadOnlyDoubleWrapper offsetX;
    private final ReadOnlyDoubleWrapper offsetY;
    private final DoubleProperty unit;

    private boolean fitted;
    private String pendingCentre;

    MapCamera(Region view, MapProjection projection, MapLayers layers, DoubleProperty unit, Runnable beforeJump) {
        this.view = view;
        this.projection = projection;
        this.layers = layers;
        this.worldBounds = layers.sphereBounds();
        this.unit = unit;
        this.beforeJump = beforeJump;
        // the view stays the properties' bean, as it was before the camera was split out of it
        scale = new ReadOnlyDoubleWrapper(view, "scale", 1);
        offsetX = new ReadOnlyDoubleWrapper(view, "offsetX", 0);
        offsetY = new ReadOnlyDoubleWrapper(view, "offsetY", 0);
    }

    Affine transform() {
        return transform;
    }

    Bounds worldBounds() {
        return worldBounds;
    }

    ReadOnlyDoubleWrapper scale() {
        return scale;
    }

    ReadOnlyDoubleWrapper offsetX() {
        return offsetX;
    }

    ReadOnlyDoubleWrapper offsetY() {
        return offsetY;
    }

    double fitScale() {
        double w = view.getWidth() > 0 ? view.getWidth() : 800;
        double h = view.getHeight() > 0 ? view.getHeight() : 450;
        return Math.min(w / worldBounds.getWidth(), h / worldBounds.getHeight()) * 0.96;
    }

    void fitWorld() {
        double s = fitScale();
        setView(s, worldBounds.getMinX() + worldBounds.getWidth() / 2, worldBounds.getMinY() + worldBounds.getHeight() / 2);
    }

    void centreOn(String id) {
        Bounds b = layers.mainBoundsOf(id);
        if (b == null) {
            return;
        }
        if (!fitted) {
            pendingCentre = id;   // not laid out yet: centre once the view has a size
            return;
        }
        double w = view.getWidth() > 0 ? view.getWidth() : 800;
        double h = view.getHeight() > 0 ? view.getHeight() : 450;
        double s = Math.min(w / Math.max(b.getWidth(), 1e-6), h / Math.max(b.getHeight(), 1e-6)) / 3;
        setView(s, b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /**
     * Called from the view's layout pass: the first time the view has a size, shows the whole world and then any
     * state {@link #centreOn} was asked for before that (a size-less view cannot work out a zoom).
     */
    void fitOnFirstLayout() {
        if (!fitted && view.getWidth() > 0 && view.getHeight() > 0) {
            fitted = true;
            fitWorld();
            if (pendingCentre != null) {
                centreOn(pendingCentre);
                pendingCentre = null;
            }
        }
    }

    void zoomAt(double factor, double x, double y) {
        double s = scale.get();
        double target = clampScale(s * factor);
        double wx = (x - offsetX.get()) / s;
        double wy = (y - offsetY.get()) / s;
        applyTransform(target, x - wx * target, y - wy * target);
    }

    void panBy(double dx, double dy) {
        applyTransform(scale.get(), offsetX.get() + dx, offsetY.get() + dy);
    }

    Point2D toView(double lon, double lat) {
        double[] p = projection.project(lon, lat);
        return new Point2D(offsetX.get() + p[0] * scale.get(), offsetY.get() + p[1] * scale.get());
    }

    private void setView(double s, double centreX, double centreY) {
        beforeJump.run();
        double target = clampScale(s);
        double w = view.getWidth() > 0 ? view.getWidth() : 800;
        double h = view.getHeight() > 0 ? view.getHeight() : 450;
        applyTransform(target, w / 2 - centreX * target, h / 2 - centreY * target);
    }

    private double clampScale(double s) {
        double fit = fitScale();
        return Math.max(fit * 0.9, Math.min(fit * MapView.MAX_ZOOM, s));
    }

    /** Sets the transform, keeping the centre of the view over the world. */
    void applyTransform(double s, double tx, double ty) {
        double w = view.getWidth();
        double h = view.getHeight();
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
}
