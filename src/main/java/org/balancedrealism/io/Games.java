package org.balancedrealism.io;

import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starting a game from a scenario: reads the scenario, its map and its rules, checks them together and builds the
 * world. A scenario is named either as a shipped asset ("modern-world" or "scenarios/modern-world.json") or as a
 * path on disk.
 */
public final class Games {
    private Games() {
    }

    /** A scenario with the map and rules it names, all checked. */
    public record Loaded(Scenario scenario, GeoMap map, Rules rules, String fileName) {
        public World newWorld(long seed) {
            return WorldFactory.create(map, scenario, rules, seed);
        }
    }

    public static Loaded load(String scenario) throws DataFileException {
        Scenario s;
        String file;
        Path folder = null; // where a scenario on disk keeps its own rules
        Path path = Path.of(scenario);
        if (Files.isRegularFile(path)) {
            s = ScenarioLoader.readFile(path);
            file = path.getFileName().toString();
            folder = path.toAbsolutePath().getParent();
        } else {
            String asset = scenario.endsWith(".json") ? scenario : "scenarios/" + scenario + ".json";
            if (!asset.startsWith("scenarios/") && !asset.contains("/")) {
                asset = "scenarios/" + asset;
            }
            s = ScenarioLoader.readAsset(asset);
            file = ScenarioLoader.fileName(asset);
        }
        GeoMap map = s.map == null || s.map.equals("map/world.json") ? MapLoader.loadDefault() : loadMap(s.map, file);
        Rules rules = ScenarioRules.load(s.rules, folder, file);
        ScenarioLoader.validate(s, map, rules, file);
        return new Loaded(s, map, rules, file);
    }

    private static GeoMap loadMap(String asset, String scenarioFile) throws DataFileException {
        try (var r = Json.openAsset(asset)) {
            return MapLoader.load(r, asset);
        } catch (java.io.IOException e) {
            throw new DataFileException(scenarioFile, "map", "cannot be read: " + e.getMessage(), e);
        }
    }
}
