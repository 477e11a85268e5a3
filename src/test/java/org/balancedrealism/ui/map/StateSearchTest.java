package org.balancedrealism.ui.map;

import org.balancedrealism.io.MapLoader;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state filters find states by the names players type, from the shipped alias table. */
class StateSearchTest {
    private static final GeoMap MAP = load();

    private static GeoMap load() {
        try {
            return MapLoader.loadDefault();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> found(String query) {
        StateSearch s = StateSearch.shipped();
        return MAP.countries().stream().filter(MapCountry::playable).filter(c -> s.matches(c, query))
                .map(MapCountry::id).toList();
    }

    @Test
    void turkeyFindsTurkiye() {
        assertEquals(List.of("TUR"), found("Turkey"));
        assertEquals(List.of("TUR"), found("turkiye"), "accents never matter");
    }

    @Test
    void commonEnglishNamesFindTheirStates() {
        assertTrue(found("Burma").contains("MMR"));
        assertTrue(found("Ivory Coast").contains("CIV"));
        assertTrue(found("UK").contains("GBR"));
        assertTrue(found("Czech Republic").contains("CZE"));
    }

    @Test
    void theMapNameAndTheIdStillWork() {
        assertTrue(found("Ukr").contains("UKR"));
        assertTrue(found("usa").contains("USA"));
    }

    @Test
    void anAliasMatchesFromTheStartOfAWord() {
        assertEquals(List.of("RUS"), found("Russia"), "not Belarus through 'Belorussia'");
    }

    @Test
    void aBlankQueryFindsEveryState() {
        assertEquals(MAP.countries().stream().filter(MapCountry::playable).count(), found("  ").size());
    }
}
