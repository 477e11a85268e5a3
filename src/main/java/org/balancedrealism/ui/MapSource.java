package org.balancedrealism.ui;

import org.balancedrealism.model.map.GeoMap;

/** Where the UI gets the world map from: the shipped map in the game, a synthetic one in tests. */
@FunctionalInterface
public interface MapSource {

    /** Loads the map; any failure means "no map" and the screens that need one are absent. */
    GeoMap load() throws Exception;

    /** The map shipped with the game (assets/map/world.json, read by the io package's MapLoader). */
    static MapSource shipped() {
        return () -> {
            // The loader lives on another branch until it is merged; look it up so the UI builds without it.
            Class<?> loader = Class.forName("org.balancedrealism.io.MapLoader");
            return (GeoMap) loader.getMethod("loadDefault").invoke(null);
        };
    }
}
