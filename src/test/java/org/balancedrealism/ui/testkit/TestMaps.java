package org.balancedrealism.ui.testkit;

import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny synthetic world for UI tests: two square states side by side, an enclave inside the second (a hole in
 * its outline), a dependency of the first, a tiny island state with a marker, and two sea lanes.
 *
 * <pre>
 *   DEP (held by AAA)      lon 0..10,  lat 20..30
 *   AAA                    lon 0..10,  lat 0..10
 *   BBB (hole 13..17/3..7) lon 10..20, lat 0..10
 *   CCC (enclave)          lon 13..17, lat 3..7
 *   TNY (tiny island)      lon 30..30.2, lat 5..5.2
 * </pre>
 */
public final class TestMaps {
    private TestMaps() {
    }

    public static GeoMap small() {
        List<MapCountry> countries = new ArrayList<>();
        countries.add(country("AAA", "Alphaland", "AAA", 5, 5, List.of(List.of(square(0, 0, 10, 10))),
                List.of("BBB"), false));
        countries.add(country("BBB", "Betaland", "BBB", 11.5, 5,
                List.of(List.of(square(10, 0, 20, 10), square(13, 3, 17, 7))), List.of("AAA", "CCC"), false));
        countries.add(country("CCC", "Gammaland", "CCC", 15, 5, List.of(List.of(square(13, 3, 17, 7))),
                List.of("BBB"), false));
        countries.add(country("DEP", "Deltaland", "AAA", 5, 25, List.of(List.of(square(0, 20, 10, 30))),
                List.of(), false));
        countries.add(country("TNY", "Tinyland", "TNY", 30.1, 5.1, List.of(List.of(square(30, 5, 30.2, 5.2))),
                List.of(), true));
        List<SeaLink> links = List.of(
                new SeaLink("AAA", "DEP", 1100, null, 5, 10, 5, 20),
                new SeaLink("BBB", "TNY", 1110, "Tiny Strait", 20, 5, 30, 5.1));
        return new GeoMap("test kit", countries, links);
    }

    /** A map of {@code n} small square states on a grid, for load and smoothness checks. */
    public static GeoMap grid(int n) {
        List<MapCountry> countries = new ArrayList<>();
        int side = (int) Math.ceil(Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            double lon = -170 + (i % side) * (340.0 / side);
            double lat = -60 + (i / side) * (130.0 / side);
            double w = 300.0 / side;
            double h = 110.0 / side;
            String id = String.format("G%02d", i);
            countries.add(country(id, "Grid " + i, id, lon + w / 2, lat + h / 2,
                    List.of(List.of(circle(lon + w / 2, lat + h / 2, w / 2, h / 2, 200))), List.of(), false));
        }
        return new GeoMap("grid", countries, List.of());
    }

    public static MapCountry country(String id, String name, String sovereign, double labelLon, double labelLat,
                                     List<List<double[]>> polygons, List<String> neighbours, boolean tiny) {
        return new MapCountry(id, name, "Testia", "Test region", sovereign, labelLon, labelLat, polygons,
                neighbours, 10, 100, 0.02, false, 0, tiny);
    }

    /** A closed square ring (counter-clockwise), flat lon,lat pairs. */
    public static double[] square(double lon0, double lat0, double lon1, double lat1) {
        return new double[] {lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0};
    }

    private static double[] circle(double cx, double cy, double rx, double ry, int points) {
        double[] ring = new double[points * 2 + 2];
        for (int i = 0; i <= points; i++) {
            double a = 2 * Math.PI * i / points;
            ring[2 * i] = cx + rx * Math.cos(a);
            ring[2 * i + 1] = cy + ry * Math.sin(a);
        }
        return ring;
    }
}
