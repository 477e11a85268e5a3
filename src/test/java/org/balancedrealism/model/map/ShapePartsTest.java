package org.balancedrealism.model.map;

import org.balancedrealism.model.Geography;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Overseas parts on small made-up shapes: how parts are found and what they do to hops. */
class ShapePartsTest {
    /** 4° square mainland at the equator. */
    private static final List<double[]> MAINLAND = List.<double[]>of(new double[] {0, 0, 4, 0, 4, 4, 0, 4});
    /** Island 1° (≈ 111 km) off the mainland: within a ferry's reach. */
    private static final List<double[]> NEAR_ISLAND = List.<double[]>of(new double[] {5, 1, 6, 1, 6, 2, 5, 2});
    /** Island 40° (≈ 4400 km) away. */
    private static final List<double[]> FAR_ISLAND = List.<double[]>of(new double[] {44, 0, 45, 0, 45, 1, 44, 1});

    private static MapCountry shape(String id, List<String> neighbours, List<List<double[]>> polygons) {
        return new MapCountry(id, id, "Europe", "Western Europe", id, 0, 0, polygons, neighbours,
                1, 1, 0.01, false, 0, false);
    }

    @Test
    void anIslandWithinTheGapBelongsToTheMainlandAndAFarOneIsItsOwnPart() {
        ShapeParts parts = ShapeParts.of(shape("AAA", List.of(), List.of(FAR_ISLAND, NEAR_ISLAND, MAINLAND)));

        assertEquals(2, parts.count());
        assertEquals(0, parts.partOf(2), "the largest polygon is the main part");
        assertEquals(0, parts.partOf(1));
        assertEquals(1, parts.partOf(0));
        assertEquals(1, parts.nearest(44.5, 3));
        assertEquals(0, parts.nearest(10, 0));
        assertEquals(Geometry.greatCircleKm(6, 1, 44, 1), parts.distanceKm(0, 1), 1.0);
    }

    @Test
    void theAntimeridianCutDoesNotSplitAShape() {
        List<double[]> west = List.<double[]>of(new double[] {170, 60, 180, 60, 180, 65, 170, 65});
        List<double[]> east = List.<double[]>of(new double[] {-180, 60, -175, 60, -175, 65, -180, 65});

        assertEquals(1, ShapeParts.of(shape("AAA", List.of(), List.of(west, east))).count());
    }

    @Test
    void landNeighboursMeetWhereTheirRingsSharePoints() {
        List<double[]> across = List.<double[]>of(new double[] {45, 0, 46, 0, 46, 1, 45, 1});
        ShapeParts a = ShapeParts.of(shape("AAA", List.of("BBB"), List.of(MAINLAND, FAR_ISLAND)));
        ShapeParts b = ShapeParts.of(shape("BBB", List.of("AAA"), List.of(across)));

        List<int[]> touching = ShapeParts.touching(a, b);

        assertEquals(1, touching.size());
        assertEquals(List.of(1, 0), List.of(touching.get(0)[0], touching.get(0)[1]));
    }

    @Test
    void aPathCannotCrossATerritoryFromItsOverseasPartForFree() {
        // AAA: mainland at 0..4°, overseas part at 44..45° that borders BBB (45..46°); CCC borders the mainland
        List<double[]> across = List.<double[]>of(new double[] {45, 0, 46, 0, 46, 1, 45, 1});
        List<double[]> west = List.<double[]>of(new double[] {-1, 0, 0, 0, 0, 4, -1, 4});
        List<MapCountry> shapes = List.of(
                shape("AAA", List.of("BBB", "CCC"), List.of(MAINLAND, FAR_ISLAND)),
                shape("BBB", List.of("AAA"), List.of(across)),
                shape("CCC", List.of("AAA"), List.of(west)));

        Geography g = MapGraph.geography(shapes, List.of());

        assertEquals(2, g.parts(0));
        assertEquals(Geography.LAND_HOP, g.hops(0, 1), 1e-9, "AAA still borders BBB through its overseas part");
        assertEquals(Geography.LAND_HOP, g.hops(0, 2), 1e-9);
        double route = Geography.routeHops(Geometry.greatCircleKm(4, 0, 44, 0));
        assertEquals(2 * Geography.LAND_HOP + route, g.hops(1, 2), 0.05, "CCC reaches BBB only over AAA's sea route");
        assertTrue(route > 2 * Geography.SEA_HOP, "a 4400 km route is more than two sea hops");
    }

    @Test
    void aRouteCostsOneSeaHopPer2000KmAndNeverLess() {
        assertEquals(Geography.SEA_HOP, Geography.routeHops(300), 1e-9);
        assertEquals(Geography.SEA_HOP, Geography.routeHops(2000), 1e-9);
        assertEquals(3 * Geography.SEA_HOP, Geography.routeHops(6000), 1e-9);
    }
}
