package org.balancedrealism.io;

import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.Geometry;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on the shipped map, {@code assets/map/world.json}, as the game reads it from the classpath. */
class WorldMapAssetTest {
    private static GeoMap map;

    @BeforeAll
    static void loadTheShippedMap() throws DataFileException {
        map = MapLoader.loadDefault();
    }

    @Test
    void thereAreAtLeast190PlayableStates() {
        assertTrue(map.playable().size() >= 190, "playable states: " + map.playable().size());
    }

    @Test
    void theUnMembersObserversKosovoAndTaiwanArePlayable() {
        Set<String> playable = map.playable().stream().map(MapCountry::id).collect(Collectors.toSet());
        for (String id : List.of("USA", "CHN", "RUS", "FRA", "GBR", "DEU", "UKR", "IND", "BRA", "NGA", "AUS", "JPN",
                "VAT", "PSE", "XKX", "TWN", "SGP", "MLT", "AND", "TUV", "NRU", "MCO", "SMR", "LIE")) {
            assertTrue(playable.contains(id), id + " should be playable");
        }
        for (String id : List.of("GRL", "ESH", "PRI", "FLK", "NCL", "PYF", "HKG")) {
            MapCountry c = map.find(id).orElseThrow();
            assertTrue(!c.playable(), id + " should be a dependency");
        }
        assertEquals("DNK", map.find("GRL").orElseThrow().sovereign());
        assertEquals("MAR", map.find("ESH").orElseThrow().sovereign());
        assertEquals("USA", map.find("PRI").orElseThrow().sovereign());
    }

    @Test
    void everyPlayableStateHasALandNeighbourOrASeaLink() {
        Set<String> linked = new HashSet<>();
        for (SeaLink l : map.seaLinks()) {
            linked.add(l.a());
            linked.add(l.b());
        }
        List<String> isolated = map.playable().stream()
                .filter(c -> c.landNeighbours().isEmpty() && !linked.contains(c.id()))
                .map(MapCountry::id).toList();
        assertEquals(List.of(), isolated);
    }

    @Test
    void landBordersAndSeaLinksConnectEveryShape() {
        Map<String, Set<String>> adjacency = new HashMap<>();
        for (MapCountry c : map.countries()) {
            adjacency.computeIfAbsent(c.id(), k -> new HashSet<>()).addAll(c.landNeighbours());
        }
        for (SeaLink l : map.seaLinks()) {
            adjacency.get(l.a()).add(l.b());
            adjacency.get(l.b()).add(l.a());
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("FRA"));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                todo.addAll(adjacency.get(id));
            }
        }
        List<String> unreached = map.countries().stream().map(MapCountry::id)
                .filter(id -> !reached.contains(id)).toList();
        assertEquals(List.of(), unreached);
    }

    @Test
    void noRingJumpsAcrossTheAntimeridian() {
        List<String> jumps = new ArrayList<>();
        for (MapCountry c : map.countries()) {
            for (List<double[]> polygon : c.polygons()) {
                for (double[] ring : polygon) {
                    int n = ring.length / 2;
                    for (int i = 0; i < n; i++) {
                        int j = (i + 1) % n;   // the closing edge counts too
                        if (Math.abs(ring[2 * i] - ring[2 * j]) > 180) {
                            jumps.add(c.id() + " at " + ring[2 * i] + "," + ring[2 * i + 1]);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), jumps);
    }

    @Test
    void everyPlayableStateHasItsLabelInsideItsLargestShape() {
        List<String> outside = map.playable().stream()
                .filter(c -> !Geometry.polygonContains(Geometry.largestPolygon(c), c.labelLon(), c.labelLat()))
                .map(c -> c.id() + " " + c.labelLon() + "," + c.labelLat()).toList();
        assertEquals(List.of(), outside);
    }

    @Test
    void theNuclearPosturesAreTheFixedList() {
        Map<String, Integer> nuclear = new TreeMap<>();
        for (MapCountry c : map.countries()) {
            if (c.nuclear() > 0) {
                nuclear.put(c.id(), c.nuclear());
            }
        }
        assertEquals(new TreeMap<>(Map.of("USA", 3, "RUS", 3, "GBR", 3, "FRA", 3, "CHN", 3,
                "IND", 2, "PAK", 2, "ISR", 2, "PRK", 2, "IRN", 1)), nuclear);
    }

    @Test
    void playableStatesHavePeopleAndAnEconomy() {
        List<String> empty = map.playable().stream()
                .filter(c -> !(c.population() > 0 && c.gdpBn() > 0)).map(MapCountry::id).toList();
        assertEquals(List.of(), empty);
    }

    @Test
    void knownLandBordersAndStraitsArePresent() {
        assertTrue(map.find("BWA").orElseThrow().landNeighbours().contains("ZMB"), "Kazungula, added by hand");
        assertTrue(map.find("FRA").orElseThrow().landNeighbours().contains("BRA"), "French Guiana");
        assertTrue(!map.find("IND").orElseThrow().landNeighbours().contains("LKA"));
        assertTrue(!map.find("ESP").orElseThrow().landNeighbours().contains("MAR"));
        Set<String> straits = map.seaLinks().stream().filter(l -> l.name() != null).map(SeaLink::name)
                .collect(Collectors.toSet());
        for (String name : List.of("Strait of Dover", "Bering Strait", "Strait of Gibraltar", "Strait of Hormuz",
                "Taiwan Strait", "Korea Strait")) {
            assertTrue(straits.contains(name), name);
        }
    }

    @Test
    void seaLinkDistancesMatchTheirCoastPoints() {
        for (SeaLink l : map.seaLinks()) {
            double km = Geometry.greatCircleKm(l.fromLon(), l.fromLat(), l.toLon(), l.toLat());
            assertEquals(l.distanceKm(), km, 1.0, l.a() + "-" + l.b());
        }
    }

    @Test
    void tinyStatesAreFoundUnderTheirLabel() {
        for (String id : List.of("VAT", "MCO", "SMR", "SGP", "MLT")) {
            MapCountry c = map.find(id).orElseThrow();
            assertTrue(c.tiny(), id + " is tiny");
            assertEquals(id, Geometry.countryAt(map, c.labelLon(), c.labelLat()).id());
        }
        assertEquals("ITA", Geometry.countryAt(map, 12.5, 42.5).id());
    }
}
