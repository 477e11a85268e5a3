package org.balancedrealism.model.map;

import java.util.List;
import java.util.Optional;

/**
 * The world map as shipped in {@code assets/map/world.json}: every shape (the playable states and the
 * dependencies they hold) with its outline, neighbours and starting figures, and the sea links that connect
 * coasts. Read it with {@code org.balancedrealism.io.MapLoader}.
 * Immutable; loaded once and shared by every game.
 */
public record GeoMap(String source, List<MapCountry> countries, List<SeaLink> seaLinks) {
    public GeoMap {
        countries = List.copyOf(countries);
        seaLinks = List.copyOf(seaLinks);
    }

    /** The shape with this id, if any. */
    public Optional<MapCountry> find(String id) {
        for (MapCountry c : countries) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The playable states (sovereign == id), in file order. */
    public List<MapCountry> playable() {
        return countries.stream().filter(MapCountry::playable).toList();
    }

    /** The dependencies held by this state at the start (GRL, FRO for DNK), in file order. */
    public List<MapCountry> dependenciesOf(String sovereign) {
        return countries.stream().filter(c -> !c.playable() && c.sovereign().equals(sovereign)).toList();
    }

    /** Sea links touching this state or dependency. */
    public List<SeaLink> seaLinksOf(String id) {
        return seaLinks.stream().filter(l -> l.a().equals(id) || l.b().equals(id)).toList();
    }
}
