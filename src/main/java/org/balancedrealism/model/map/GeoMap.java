package org.balancedrealism.model.map;

import java.util.List;

/**
 * The world map as shipped in {@code assets/map/world.json}: every playable state with its shape,
 * neighbours and starting figures, and the sea links that connect coasts.
 * Immutable; loaded once and shared by every game.
 */
public record GeoMap(String source, List<MapCountry> countries, List<SeaLink> seaLinks) {
    public GeoMap {
        countries = List.copyOf(countries);
        seaLinks = List.copyOf(seaLinks);
    }
}
