package org.balancedrealism.io;

import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapLoaderTest {
    /** Two states sharing a border and an island dependency of the first, joined by one sea link. */
    private static final String VALID = """
            {"source": "test map",
             "countries": [
              {"id": "AAA", "name": "Alpha", "region": "Europe", "subregion": "Western Europe", "sovereign": "AAA",
               "label": [0.5, 0.5], "polygons": [[[0, 0, 1, 0, 1, 1, 0, 1], [0.2, 0.2, 0.3, 0.2, 0.3, 0.3]]],
               "landNeighbours": ["BBB"], "population": 1.5, "gdpBn": 10, "milexShare": 0.02,
               "milexEstimated": false, "nuclear": 0, "tiny": false},
              {"id": "BBB", "name": "Beta", "region": "Europe", "subregion": "Western Europe", "sovereign": "BBB",
               "label": [1.5, 0.5], "polygons": [[[1, 0, 2, 0, 2, 1, 1, 1]]],
               "landNeighbours": ["AAA"], "population": 2.5, "gdpBn": 20, "milexShare": 0.03,
               "milexEstimated": true, "nuclear": 2, "tiny": false},
              {"id": "CCC", "name": "Gamma Island", "region": "Europe", "subregion": "Western Europe", "sovereign": "AAA",
               "label": [3.6, 0.3], "polygons": [[[3, 0, 4, 0, 4, 1]]],
               "landNeighbours": [], "population": 0, "gdpBn": 0, "milexShare": 0,
               "milexEstimated": false, "nuclear": 0, "tiny": true}
             ],
             "seaLinks": [
              {"a": "BBB", "b": "CCC", "distanceKm": 111, "name": null, "from": [2, 0.5], "to": [3, 0.5]},
              {"a": "AAA", "b": "CCC", "distanceKm": 333, "name": "Gamma Sound", "from": [1, 0.9], "to": [3.5, 0.9]}
             ]}
            """;

    private static GeoMap load(String json) throws DataFileException {
        return MapLoader.load(new StringReader(json), "test.json");
    }

    /** Replaces one exact, unique snippet of the valid map. */
    private static String variant(String from, String to) {
        int at = VALID.indexOf(from);
        if (at < 0 || VALID.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("snippet not found once: " + from);
        }
        return VALID.substring(0, at) + to + VALID.substring(at + from.length());
    }

    @Test
    void aValidMapLoadsWithEveryField() throws DataFileException {
        GeoMap map = load(VALID);

        assertEquals("test map", map.source());
        assertEquals(3, map.countries().size());
        MapCountry alpha = map.find("AAA").orElseThrow();
        assertEquals("Alpha", alpha.name());
        assertEquals(0.5, alpha.labelLon());
        assertEquals(0.5, alpha.labelLat());
        assertEquals(1, alpha.polygons().size());
        assertEquals(2, alpha.polygons().get(0).size(), "outline and one hole");
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 1, 0, 1}, alpha.polygons().get(0).get(0));
        assertEquals(List.of("BBB"), alpha.landNeighbours());
        assertTrue(alpha.playable());

        MapCountry beta = map.find("BBB").orElseThrow();
        assertEquals(2, beta.nuclear());
        assertTrue(beta.milexEstimated());
        assertEquals(0.03, beta.milexShare());

        MapCountry gamma = map.find("CCC").orElseThrow();
        assertFalse(gamma.playable());
        assertEquals("AAA", gamma.sovereign());
        assertTrue(gamma.tiny());
        assertEquals(List.of(gamma), map.dependenciesOf("AAA"));
        assertEquals(2, map.playable().size());

        SeaLink link = map.seaLinks().get(0);
        assertEquals("BBB", link.a());
        assertEquals("CCC", link.b());
        assertEquals(111, link.distanceKm());
        assertNull(link.name());
        assertEquals(2, link.fromLon());
        assertEquals(0.5, link.fromLat());
        assertEquals(3, link.toLon());
        assertEquals(0.5, link.toLat());
        assertEquals("Gamma Sound", map.seaLinks().get(1).name());
    }

    @Test
    void aNegativeGdpIsReportedWithFileFieldAndValue() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> load(variant("\"gdpBn\": 20", "\"gdpBn\": -3")));

        assertEquals("test.json: field 'countries[1].gdpBn': must be a number ≥ 0, got -3", e.getMessage());
        assertEquals("test.json", e.file());
        assertEquals("countries[1].gdpBn", e.field());
    }

    static Stream<Arguments> badMaps() {
        return Stream.of(
                // missing and ill-typed fields
                Arguments.of(variant("\"name\": \"Alpha\", ", ""), "countries[0].name", "is missing"),
                Arguments.of(variant("{\"source\": \"test map\",", "{"), "source", "is missing"),
                Arguments.of(variant("\"population\": 2.5", "\"population\": \"many\""),
                        "countries[1].population", "must be a number ≥ 0, got \"many\""),
                Arguments.of(variant("\"population\": 1.5", "\"population\": null"),
                        "countries[0].population", "got null"),
                Arguments.of(variant("\"milexEstimated\": true", "\"milexEstimated\": \"yes\""),
                        "countries[1].milexEstimated", "must be true or false"),
                Arguments.of(variant("\"id\": \"BBB\"", "\"id\": \"\""), "countries[1].id", "non-empty string"),
                Arguments.of(variant("\"label\": [1.5, 0.5]", "\"label\": [1.5]"), "countries[1].label",
                        "[lon, lat] pair"),
                Arguments.of(variant("\"label\": [1.5, 0.5]", "\"label\": [1.5, 95]"), "countries[1].label[1]",
                        "latitude between -90 and 90"),
                Arguments.of(variant("\"seaLinks\": [", "\"seaLinks\": \"none\", \"x\": ["),
                        "seaLinks", "must be an array, got \"none\""),
                // value ranges
                Arguments.of(variant("\"milexShare\": 0.03", "\"milexShare\": 0.6"), "countries[1].milexShare",
                        "between 0 and 0.5, got 0.6"),
                Arguments.of(variant("\"milexShare\": 0.02", "\"milexShare\": -0.01"), "countries[0].milexShare",
                        "got -0.01"),
                Arguments.of(variant("\"nuclear\": 2", "\"nuclear\": 4"), "countries[1].nuclear",
                        "whole number from 0 to 3, got 4"),
                Arguments.of(variant("\"nuclear\": 2", "\"nuclear\": 1.5"), "countries[1].nuclear", "got 1.5"),
                Arguments.of(variant("\"distanceKm\": 111", "\"distanceKm\": -1"), "seaLinks[0].distanceKm",
                        "≥ 0"),
                // rings
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[[[3, 0, 4, 0]]]"), "countries[2].polygons[0][0]",
                        "at least 3 points, got 2"),
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[[[3, 0, 4, 0, 4, 1, 3]]]"),
                        "countries[2].polygons[0][0]", "even count"),
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[[[3, 0, 4, \"x\", 4, 1]]]"),
                        "countries[2].polygons[0][0][3]", "latitude"),
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[]"), "countries[2].polygons", "at least one polygon"),
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[[]]"), "countries[2].polygons[0]", "outline"),
                Arguments.of(variant("[[[3, 0, 4, 0, 4, 1]]]", "[[[183, 0, 4, 0, 4, 1]]]"),
                        "countries[2].polygons[0][0][0]", "longitude between -180 and 180, got 183"),
                // identities and references
                Arguments.of(variant("\"id\": \"CCC\"", "\"id\": \"BBB\""), "countries[2].id",
                        "duplicate id \"BBB\" (already used by countries[1])"),
                Arguments.of(variant("\"landNeighbours\": [\"AAA\"]", "\"landNeighbours\": [\"AAA\", \"ZZZ\"]"),
                        "countries[1].landNeighbours[1]", "unknown id \"ZZZ\""),
                Arguments.of(variant("\"landNeighbours\": [\"AAA\"]", "\"landNeighbours\": []"),
                        "countries[0].landNeighbours[0]", "BBB (countries[1]) does not list AAA"),
                Arguments.of(variant("\"landNeighbours\": [\"AAA\"]", "\"landNeighbours\": [\"AAA\", \"AAA\"]"),
                        "countries[1].landNeighbours[1]", "twice"),
                Arguments.of(variant("\"landNeighbours\": [\"AAA\"]", "\"landNeighbours\": [\"AAA\", \"BBB\"]"),
                        "countries[1].landNeighbours", "itself"),
                Arguments.of(variant("\"Gamma Island\", \"region\": \"Europe\", \"subregion\": \"Western Europe\", \"sovereign\": \"AAA\"",
                        "\"Gamma Island\", \"region\": \"Europe\", \"subregion\": \"Western Europe\", \"sovereign\": \"XYZ\""),
                        "countries[2].sovereign", "unknown id \"XYZ\""),
                Arguments.of(variant("\"sovereign\": \"BBB\"", "\"sovereign\": \"CCC\""),
                        "countries[1].sovereign", "itself a dependency"),
                Arguments.of(variant("{\"a\": \"BBB\", \"b\": \"CCC\"", "{\"a\": \"BBB\", \"b\": \"QQQ\""),
                        "seaLinks[0].b", "unknown id \"QQQ\""),
                Arguments.of(variant("{\"a\": \"BBB\", \"b\": \"CCC\"", "{\"a\": \"BBB\", \"b\": \"BBB\""),
                        "seaLinks[0].b", "two different shapes"),
                Arguments.of(variant("{\"a\": \"AAA\", \"b\": \"CCC\"", "{\"a\": \"CCC\", \"b\": \"BBB\""),
                        "seaLinks[1]", "duplicate sea link between CCC and BBB"),
                Arguments.of(variant("\"name\": \"Gamma Sound\"", "\"name\": 7"), "seaLinks[1].name",
                        "string or null"),
                Arguments.of(variant("\"to\": [3.5, 0.9]", "\"to\": [3.5, 0.9, 1]"), "seaLinks[1].to",
                        "[lon, lat] pair"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badMaps")
    void aBadMapIsRefusedNamingTheField(String json, String field, String problem) {
        DataFileException e = assertThrows(DataFileException.class, () -> load(json));

        assertEquals("test.json", e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), () -> "problem was: " + e.problem());
        assertTrue(e.getMessage().startsWith("test.json: field '" + field + "': "), e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumnAndNoCause() {
        String broken = VALID.replace("\"region\": \"Europe\", \"subregion\": \"Western Europe\", \"sovereign\": \"BBB\"",
                "\"region\": \"Europe\" \"subregion\": \"Western Europe\", \"sovereign\": \"BBB\"");

        DataFileException e = assertThrows(DataFileException.class, () -> load(broken));

        assertTrue(e.getMessage().startsWith("test.json: malformed JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 7 column"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line, no troubleshooting link");
        assertNull(e.getCause(), "no stack trace to show");
    }

    @Test
    void truncatedEmptyAndNonStrictJsonAreRefused() {
        for (String json : List.of(VALID.substring(0, VALID.length() / 2), "", "   ",
                VALID + " {}", "// comment\n" + VALID, VALID.replace("\"test map\"", "'test map'"))) {
            DataFileException e = assertThrows(DataFileException.class, () -> load(json), json);
            assertTrue(e.getMessage().startsWith("test.json: malformed JSON: "), e.getMessage());
        }
    }

    @Test
    void aTopLevelArrayIsRefused() {
        DataFileException e = assertThrows(DataFileException.class, () -> load("[1, 2]"));

        assertEquals("test.json: the top level must be an object, got an array", e.getMessage());
    }

    @Test
    void aFileIsReadFromDiskAndAMissingOneIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.json");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);

        assertEquals(3, MapLoader.load(file).countries().size());

        Path missing = dir.resolve("nowhere.json");
        DataFileException e = assertThrows(DataFileException.class, () -> MapLoader.load(missing));
        assertEquals(missing.toString(), e.file());
        assertTrue(e.problem().startsWith("cannot be read"), e.problem());
    }

    @Test
    void theDefaultMapIsLoadedOnceAndShared() throws DataFileException {
        assertTrue(MapLoader.loadDefault() == MapLoader.loadDefault());
    }
}
