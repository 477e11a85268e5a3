package org.balancedrealism.model.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeometryTest {
    private static final double[] SQUARE = {0, 0, 4, 0, 4, 4, 0, 4};
    private static final double[] HOLE = {1, 1, 2, 1, 2, 2, 1, 2};

    private static MapCountry country(String id, boolean tiny, List<List<double[]>> polygons) {
        return new MapCountry(id, id, "Europe", "Western Europe", id, 0, 0, polygons, List.of(),
                1, 1, 0.01, false, 0, tiny);
    }

    @Test
    void aPointInAHoleIsOutsideThePolygon() {
        List<double[]> withHole = List.of(SQUARE, HOLE);

        assertTrue(Geometry.polygonContains(withHole, 3, 3));
        assertFalse(Geometry.polygonContains(withHole, 1.5, 1.5));
        assertFalse(Geometry.polygonContains(withHole, 5, 1));
        assertTrue(Geometry.ringContains(SQUARE, 1.5, 1.5));
    }

    @Test
    void areaIsOutlineMinusHolesAndTheLargestPolygonWins() {
        List<double[]> big = List.of(SQUARE, HOLE);
        List<double[]> small = List.<double[]>of(new double[] {10, 10, 11, 10, 11, 11});
        MapCountry c = country("AAA", false, List.of(small, big));

        assertEquals(15, Geometry.area(big), 1e-9);
        assertEquals(16, Math.abs(Geometry.signedArea(SQUARE)), 1e-9);
        assertSame(big, Geometry.largestPolygon(c));
        assertEquals(List.of(0.0, 0.0, 11.0, 11.0),
                java.util.Arrays.stream(Geometry.bounds(c)).boxed().toList());
    }

    @Test
    void aTinyStateInsideABiggerShapeIsTheOneFoundUnderTheCursor() {
        MapCountry big = country("BIG", false, List.of(List.of(SQUARE)));
        MapCountry tiny = country("TNY", true, List.of(List.of(HOLE)));
        GeoMap map = new GeoMap("test", List.of(big, tiny), List.of());

        assertEquals("TNY", Geometry.countryAt(map, 1.5, 1.5).id());
        assertEquals("BIG", Geometry.countryAt(map, 3, 3).id());
        assertEquals(null, Geometry.countryAt(map, 9, 9));
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertEquals(111.2, Geometry.greatCircleKm(10, 45, 10, 46), 0.1);
        assertEquals(0, Geometry.greatCircleKm(179.5, 0, 179.5, 0), 1e-9);
        assertEquals(111.2, Geometry.greatCircleKm(179.5, 0, -179.5, 0), 0.1);
    }
}
