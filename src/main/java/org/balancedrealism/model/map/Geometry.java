package org.balancedrealism.model.map;

import java.util.List;

/**
 * Plane geometry on the map's lon/lat rings (flat arrays {@code lon0,lat0,lon1,lat1,…}, implicitly closed:
 * the last point is not a repeat of the first). Used for hit testing (which state is under the cursor, even a
 * tiny one), label checks and lane lengths. Pure functions; no state.
 */
public final class Geometry {
    /** Mean Earth radius used for great-circle distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geometry() {
    }

    /** Even-odd test of one ring: true when the point is inside it (points on an edge may go either way). */
    public static boolean ringContains(double[] ring, double lon, double lat) {
        return crossings(ring, lon, lat) % 2 == 1;
    }

    /**
     * Even-odd test of a polygon (outline and holes): true when the point is inside the outline and not in
     * a hole. This is how the map is filled.
     */
    public static boolean polygonContains(List<double[]> polygon, double lon, double lat) {
        int n = 0;
        for (double[] ring : polygon) {
            n += crossings(ring, lon, lat);
        }
        return n % 2 == 1;
    }

    /** True when the point lies inside any polygon of the country. */
    public static boolean contains(MapCountry country, double lon, double lat) {
        for (List<double[]> polygon : country.polygons()) {
            if (polygonContains(polygon, lon, lat)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country whose shape contains the point, preferring a tiny state over the shape around it
     * (so a click on Vatican City is not taken for Italy), or null when the point is at sea.
     */
    public static MapCountry countryAt(GeoMap map, double lon, double lat) {
        MapCountry found = null;
        for (MapCountry c : map.countries()) {
            if (contains(c, lon, lat)) {
                if (c.tiny()) {
                    return c;
                }
                if (found == null) {
                    found = c;
                }
            }
        }
        return found;
    }

    /** Signed planar area of a ring in square degrees (the sign gives the winding). */
    public static double signedArea(double[] ring) {
        double s = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            s += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return s / 2;
    }

    /** Planar area of a polygon in square degrees: outline minus holes. */
    public static double area(List<double[]> polygon) {
        double a = 0;
        for (int k = 0; k < polygon.size(); k++) {
            double ringArea = Math.abs(signedArea(polygon.get(k)));
            a += k == 0 ? ringArea : -ringArea;
        }
        return a;
    }

    /** The polygon with the largest planar area (the mainland; where the label sits). */
    public static List<double[]> largestPolygon(MapCountry country) {
        List<double[]> best = null;
        double bestArea = Double.NEGATIVE_INFINITY;
        for (List<double[]> polygon : country.polygons()) {
            double a = area(polygon);
            if (a > bestArea) {
                bestArea = a;
                best = polygon;
            }
        }
        return best;
    }

    /** Bounding box {minLon, minLat, maxLon, maxLat} of all the country's polygons. */
    public static double[] bounds(MapCountry country) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (List<double[]> polygon : country.polygons()) {
            for (double[] ring : polygon) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    b[0] = Math.min(b[0], ring[i]);
                    b[1] = Math.min(b[1], ring[i + 1]);
                    b[2] = Math.max(b[2], ring[i]);
                    b[3] = Math.max(b[3], ring[i + 1]);
                }
            }
        }
        return b;
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double greatCircleKm(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static int crossings(double[] ring, double x, double y) {
        int n = ring.length / 2;
        int count = 0;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                count++;
            }
        }
        return count;
    }
}
