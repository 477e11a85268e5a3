package org.balancedrealism.io;

import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.map.GeoMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Distances between states on the shipped map, over the parts of their territories: overseas land counts where
 * it lies, not as part of the mainland (DESIGN §2). A state's distance is the shortest over the shapes it holds
 * at the start, as the engine's perception reckons it.
 */
class WorldGeographyTest {
    private static GeoMap map;
    private static Geography geo;

    @BeforeAll
    static void load() throws DataFileException {
        map = MapLoader.loadDefault();
        geo = WorldFactory.geography(map);
    }

    /** Hops between two states: the nearest pair of shapes they hold. */
    private static double hops(String a, String b) {
        double best = Double.POSITIVE_INFINITY;
        for (int ta = 0; ta < geo.size(); ta++) {
            for (int tb = 0; tb < geo.size(); tb++) {
                if (holder(ta).equals(a) && holder(tb).equals(b)) {
                    best = Math.min(best, geo.hops(ta, tb));
                }
            }
        }
        return best;
    }

    private static String holder(int territory) {
        return map.find(geo.id(territory)).orElseThrow().sovereign();
    }

    private static int territory(String id) {
        for (int t = 0; t < geo.size(); t++) {
            if (geo.id(t).equals(id)) {
                return t;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void italyIsFarFromParaguay() {
        assertTrue(hops("ITA", "PRY") >= 4, "ITA–PRY " + hops("ITA", "PRY"));
        assertTrue(hops("ITA", "BRA") >= 4, "ITA–BRA " + hops("ITA", "BRA"));
    }

    @Test
    void franceNeighboursBrazilAndSurinameThroughFrenchGuiana() {
        assertTrue(geo.parts(territory("FRA")) >= 3, "French Guiana, the Antilles and Réunion are parts of FRA");
        assertEquals(Geography.LAND_HOP, hops("FRA", "BRA"), 1e-9);
        assertEquals(Geography.LAND_HOP, hops("FRA", "SUR"), 1e-9);
    }

    @Test
    void franceNeighboursSpainGermanyAndItaly() {
        assertEquals(Geography.LAND_HOP, hops("FRA", "ESP"), 1e-9);
        assertEquals(Geography.LAND_HOP, hops("FRA", "DEU"), 1e-9);
        assertEquals(Geography.LAND_HOP, hops("FRA", "ITA"), 1e-9);
    }

    @Test
    void germanyIsNotNearVenezuelaThroughTheDutchCaribbean() {
        assertEquals(Geography.SEA_HOP, hops("NLD", "VEN"), 1e-9, "Bonaire is one sea hop from Venezuela");
        assertTrue(hops("DEU", "VEN") >= 4, "DEU–VEN " + hops("DEU", "VEN"));
    }

    @Test
    void usaIsNotALandNeighbourOfRussiaButOneSeaHopAcrossTheBering() {
        assertEquals(Geography.SEA_HOP, hops("USA", "RUS"), 1e-9);
    }

    @Test
    void usaNeighboursCanadaAndMexico() {
        assertEquals(Geography.LAND_HOP, hops("USA", "CAN"), 1e-9);
        assertEquals(Geography.LAND_HOP, hops("USA", "MEX"), 1e-9);
    }

    @Test
    void alaskaIsNoFreeBridgeFromRussiaToTheLowerStates() {
        // Russia reaches Alaska over the Bering Strait, then Alaska reaches Canada by land: 2.5, not 1.5 + 1
        // through the mainland for free; and nothing in Asia borders Mexico through the USA
        assertTrue(hops("RUS", "MEX") > Geography.SEA_HOP + Geography.LAND_HOP, "RUS–MEX " + hops("RUS", "MEX"));
    }

    @Test
    void norwayNeighboursRussiaAndSpainIsOneSeaHopFromMorocco() {
        assertEquals(Geography.LAND_HOP, hops("NOR", "RUS"), 1e-9);
        assertEquals(Geography.SEA_HOP, hops("ESP", "MAR"), 1e-9);
    }

    @Test
    void kaliningradStillBordersPolandAndLithuania() {
        assertEquals(Geography.LAND_HOP, hops("RUS", "POL"), 1e-9);
        assertEquals(Geography.LAND_HOP, hops("RUS", "LTU"), 1e-9);
    }

    @Test
    void everyTerritoryCanReachEveryOther() {
        for (int a = 0; a < geo.size(); a++) {
            for (int b = 0; b < geo.size(); b++) {
                assertTrue(Double.isFinite(geo.hops(a, b)), geo.id(a) + "–" + geo.id(b));
                assertEquals(geo.hops(a, b), geo.hops(b, a), 1e-9);
            }
        }
    }
}
