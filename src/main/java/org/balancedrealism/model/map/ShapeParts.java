package org.balancedrealism.model.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of one shape: its polygons grouped so that a piece far from the rest stands apart. A shape of the
 * map can hold overseas land (France's holds French Guiana and the Caribbean and Indian Ocean islands, the
 * USA's Alaska and Hawaii); taken as one blob it would make Paris a land neighbour of Brazil. Polygons closer
 * than {@link #PART_GAP_KM} (or touching) chain into one part; part 0 is the one holding the largest polygon
 * (the mainland).
 *
 * <p>Distances use the points of the rings as unit vectors (chord length), which is exact enough for
 * thresholds of hundreds of km, quick, and blind to the ±180° cut (Russia's and Fiji's rings are split there).
 * Pure geometry, immutable.
 */
public final class ShapeParts {
    /**
     * Polygons this close belong to one part: the reach of the map's ordinary sea links (the map builder links
     * coasts within 250 km), so an island a ferry reaches stays with its mainland (Corsica, Sicily, Zealand,
     * the Canadian Arctic) while Alaska (≈ 800 km from Washington state) and anything across an ocean stand
     * apart.
     */
    public static final double PART_GAP_KM = 250;

    private final int[] partOfPolygon;
    private final int count;
    /** Per part, the ring points as unit vectors x,y,z,x,y,z,… */
    private final double[][] points;
    /** Per part, the ring points' keys (for shared borders). */
    private final long[][] keys;

    private ShapeParts(int[] partOfPolygon, int count, double[][] points, long[][] keys) {
        this.partOfPolygon = partOfPolygon;
        this.count = count;
        this.points = points;
        this.keys = keys;
    }

    /** Groups the polygons of a shape into parts, the mainland first. */
    public static ShapeParts of(MapCountry shape) {
        List<List<double[]>> polygons = shape.polygons();
        int n = polygons.size();
        double[][] vectors = new double[n][];
        double[][] spheres = new double[n][];
        for (int p = 0; p < n; p++) {
            vectors[p] = unitVectors(polygons.get(p));
            spheres[p] = boundingSphere(vectors[p]);
        }
        double gapChord = chord(PART_GAP_KM);
        int[] root = new int[n];
        for (int p = 0; p < n; p++) {
            root[p] = p;
        }
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (find(root, p) == find(root, q)) {
                    continue;
                }
                // bounding spheres bound the distance from below: skips most far pairs without a scan
                if (sphereGap(spheres[p], spheres[q]) > gapChord) {
                    continue;
                }
                if (minChord(vectors[p], vectors[q], gapChord) <= gapChord) {
                    root[find(root, p)] = find(root, q);
                }
            }
        }
        int main = indexOfLargest(polygons);
        int[] partOfPolygon = new int[n];
        Map<Integer, Integer> partOfRoot = new HashMap<>();
        partOfRoot.put(find(root, main), 0);
        for (int p = 0; p < n; p++) {
            partOfPolygon[p] = partOfRoot.computeIfAbsent(find(root, p), r -> partOfRoot.size());
        }
        int count = partOfRoot.size();
        double[][] points = new double[count][];
        long[][] keys = new long[count][];
        for (int part = 0; part < count; part++) {
            List<double[]> vs = new ArrayList<>();
            List<long[]> ks = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (partOfPolygon[p] == part) {
                    vs.add(vectors[p]);
                    ks.add(keys(polygons.get(p)));
                }
            }
            points[part] = concat(vs);
            keys[part] = concatKeys(ks);
        }
        return new ShapeParts(partOfPolygon, count, points, keys);
    }

    /** How many parts (1 for a shape all in one piece). */
    public int count() {
        return count;
    }

    /** The part holding polygon {@code polygon} of the shape. */
    public int partOf(int polygon) {
        return partOfPolygon[polygon];
    }

    /** The part nearest to a point (where a sea link's coast point lands). */
    public int nearest(double lon, double lat) {
        if (count == 1) {
            return 0;
        }
        double[] v = unitVector(lon, lat);
        int best = 0;
        double bestChord = Double.POSITIVE_INFINITY;
        for (int part = 0; part < count; part++) {
            double c = minChord(v, points[part], 0);
            if (c < bestChord) {
                bestChord = c;
                best = part;
            }
        }
        return best;
    }

    /** Great-circle distance in km between the closest ring points of two parts. */
    public double distanceKm(int part, int other) {
        double c = minChord(points[part], points[other], 0);
        return 2 * Geometry.EARTH_RADIUS_KM * Math.asin(Math.min(1, c / 2));
    }

    /**
     * The pairs {part of a, part of b} whose rings share a point: where two land neighbours actually meet (the
     * map's shapes are cut from shared arcs, so a common border has the very same coordinates on both sides).
     * Empty when they share no point (a border drawn by hand, such as Botswana–Zambia).
     */
    public static List<int[]> touching(ShapeParts a, ShapeParts b) {
        Map<Long, Integer> partOfKey = new HashMap<>();
        for (int part = 0; part < a.count; part++) {
            for (long k : a.keys[part]) {
                partOfKey.putIfAbsent(k, part);
            }
        }
        Set<Long> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (int part = 0; part < b.count; part++) {
            for (long k : b.keys[part]) {
                Integer pa = partOfKey.get(k);
                if (pa != null && seen.add((long) pa * 1_000_000 + part)) {
                    out.add(new int[] {pa, part});
                }
            }
        }
        return out;
    }

    /** The pair {part of a, part of b} with the closest ring points (fallback when no point is shared). */
    public static int[] closest(ShapeParts a, ShapeParts b) {
        int[] best = {0, 0};
        double bestChord = Double.POSITIVE_INFINITY;
        for (int pa = 0; pa < a.count; pa++) {
            for (int pb = 0; pb < b.count; pb++) {
                double c = minChord(a.points[pa], b.points[pb], 0);
                if (c < bestChord) {
                    bestChord = c;
                    best = new int[] {pa, pb};
                }
            }
        }
        return best;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static int find(int[] root, int p) {
        while (root[p] != p) {
            root[p] = root[root[p]];
            p = root[p];
        }
        return p;
    }

    private static int indexOfLargest(List<List<double[]>> polygons) {
        int best = 0;
        double bestArea = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < polygons.size(); p++) {
            double a = Geometry.area(polygons.get(p));
            if (a > bestArea) {
                bestArea = a;
                best = p;
            }
        }
        return best;
    }

    /** Chord length on the unit sphere for a great-circle distance. */
    private static double chord(double km) {
        return 2 * Math.sin(km / Geometry.EARTH_RADIUS_KM / 2);
    }

    /** Smallest chord between two point sets; stops early once at or under {@code enough}. */
    private static double minChord(double[] u, double[] v, double enough) {
        double enough2 = enough * enough;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < u.length; i += 3) {
            double x = u[i];
            double y = u[i + 1];
            double z = u[i + 2];
            for (int j = 0; j < v.length; j += 3) {
                double dx = x - v[j];
                double dy = y - v[j + 1];
                double dz = z - v[j + 2];
                double d2 = dx * dx + dy * dy + dz * dz;
                if (d2 < best) {
                    best = d2;
                    if (best <= enough2) {
                        return Math.sqrt(best);
                    }
                }
            }
        }
        return Math.sqrt(best);
    }

    private static double[] unitVector(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    private static double[] unitVectors(List<double[]> polygon) {
        int n = 0;
        for (double[] ring : polygon) {
            n += ring.length / 2;
        }
        double[] out = new double[3 * n];
        int k = 0;
        for (double[] ring : polygon) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double[] v = unitVector(ring[i], ring[i + 1]);
                out[k++] = v[0];
                out[k++] = v[1];
                out[k++] = v[2];
            }
        }
        return out;
    }

    /** A ball {x, y, z, radius} holding all the points (centred on their mean; not the smallest, but enough). */
    private static double[] boundingSphere(double[] v) {
        double x = 0;
        double y = 0;
        double z = 0;
        int n = v.length / 3;
        for (int i = 0; i < v.length; i += 3) {
            x += v[i];
            y += v[i + 1];
            z += v[i + 2];
        }
        x /= n;
        y /= n;
        z /= n;
        double r2 = 0;
        for (int i = 0; i < v.length; i += 3) {
            double dx = v[i] - x;
            double dy = v[i + 1] - y;
            double dz = v[i + 2] - z;
            r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
        }
        return new double[] {x, y, z, Math.sqrt(r2)};
    }

    /** A lower bound of the chord between any point of one ball and any of the other. */
    private static double sphereGap(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - a[3] - b[3];
    }

    /** Point keys at 0.001° (the map has at most 3 decimals); −180 and 180 are the same meridian. */
    private static long[] keys(List<double[]> polygon) {
        int n = 0;
        for (double[] ring : polygon) {
            n += ring.length / 2;
        }
        long[] out = new long[n];
        int k = 0;
        for (double[] ring : polygon) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                long lon = Math.round(ring[i] * 1000);
                if (lon == -180_000) {
                    lon = 180_000;
                }
                long lat = Math.round(ring[i + 1] * 1000);
                out[k++] = (lon + 200_000) * 1_000_000 + (lat + 100_000);
            }
        }
        return out;
    }

    private static double[] concat(List<double[]> arrays) {
        int n = 0;
        for (double[] a : arrays) {
            n += a.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] a : arrays) {
            System.arraycopy(a, 0, out, k, a.length);
            k += a.length;
        }
        return out;
    }

    private static long[] concatKeys(List<long[]> arrays) {
        int n = 0;
        for (long[] a : arrays) {
            n += a.length;
        }
        long[] out = new long[n];
        int k = 0;
        for (long[] a : arrays) {
            System.arraycopy(a, 0, out, k, a.length);
            k += a.length;
        }
        return out;
    }
}
