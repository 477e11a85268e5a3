package org.balancedrealism.ui.map;

/**
 * Turns longitude and latitude (degrees) into flat map coordinates (x to the east, y downward), in "map units"
 * where the whole world is about 1,600 units wide.
 */
@FunctionalInterface
public interface MapProjection {

    /** Map units per radian at the equator. */
    double RADIUS = 300.0;

    /** Projects a point; returns {x, y} with y growing southward. */
    double[] project(double lon, double lat);

    /**
     * The Natural Earth projection (Šavrič, Jenny, Patterson 2011): a pseudo-cylindrical compromise that keeps
     * the shapes of mid-latitude states readable and the poles short, without the Mercator blow-up.
     */
    MapProjection NATURAL_EARTH = (lon, lat) -> {
        double phi = Math.toRadians(Math.max(-89.9, Math.min(89.9, lat)));
        double lambda = Math.toRadians(lon);
        double p2 = phi * phi;
        double p4 = p2 * p2;
        double p6 = p4 * p2;
        double p8 = p4 * p4;
        double p10 = p8 * p2;
        double p12 = p6 * p6;
        double x = lambda * (0.8707 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p10 - 0.001529 * p12);
        double y = phi * (1.007226 + 0.015085 * p2 - 0.044475 * p6 + 0.028874 * p8 - 0.005916 * p10);
        return new double[] {x * RADIUS, -y * RADIUS};
    };

    /** Plain equirectangular (plate carrée), latitude clamped to ±85°: cheap, used by tests that want round numbers. */
    MapProjection EQUIRECTANGULAR = (lon, lat) -> {
        double clamped = Math.max(-85, Math.min(85, lat));
        return new double[] {Math.toRadians(lon) * RADIUS, -Math.toRadians(clamped) * RADIUS};
    };
}
