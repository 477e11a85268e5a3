package org.balancedrealism.ui;

import org.balancedrealism.io.MapLoader;
import org.balancedrealism.model.map.GeoMap;

/** Where the UI gets the world map from: the shipped map in the game, a synthetic one in tests. */
@FunctionalInterface
public interface MapSource {

    /** Loads the map; any failure means "no map" and the screens that need one are absent. */
    GeoMap load() throws Exception;

    /** The map shipped with the game (assets/map/world.json, read by the io package's MapLoader). */
    static MapSource shipped() {
        return MapLoader::loadDefault;
    }
}
