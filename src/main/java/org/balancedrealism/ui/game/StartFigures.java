package org.balancedrealism.ui.game;

import org.balancedrealism.io.Games;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

import java.util.HashMap;
import java.util.Map;

/**
 * A state's figures at the start of a scenario as the game will use them. The map carries one year's figures; a
 * scenario may set its own (Türkiye's GDP is $806 bn on the map, $1.1 tn in the modern world), so the new-campaign
 * screen reads them from the world the scenario builds, not from the map.
 */
public record StartFigures(double gdpBn, double populationM, double milexShare, int nuclear) {

    /** Every living state's starting figures in this scenario, by id. */
    public static Map<String, StartFigures> of(Games.Loaded scenario) {
        World w = scenario.newWorld(0); // figures do not depend on the seed
        Map<String, StartFigures> out = new HashMap<>();
        for (int i = 0; i < w.size(); i++) {
            Nation n = w.nation(i);
            if (n.alive) {
                out.put(w.id(i), new StartFigures(n.gdp, n.population, n.milexShare, n.nuclear));
            }
        }
        return out;
    }
}
