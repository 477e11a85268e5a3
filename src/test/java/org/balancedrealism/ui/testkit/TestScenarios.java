package org.balancedrealism.ui.testkit;

import org.balancedrealism.io.Games;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.testkit.TestWorlds;

import java.util.ArrayList;

/**
 * Scenarios on the small test map ({@link TestMaps#small()}) so the UI journeys play real games on the map they
 * show: Alphaland, Betaland, Gammaland (an enclave in Betaland) and Tinyland; Deltaland is Alphaland's dependency.
 * Any scenario id is answered with this world (the new-campaign screen offers the shipped cards); an id ending in
 * "-short" lasts two turns.
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static final ScenarioSource SMALL = TestScenarios::small;

    public static Games.Loaded small(String id) {
        Scenario s = new Scenario();
        s.format = 1;
        s.id = id;
        s.title = "Test world";
        s.startDate = "2030-01";
        s.monthsPerTurn = 3;
        s.turns = id.endsWith("-short") ? 2 : 40;
        s.defaultDoctrine = "balanced-realist";
        s.nations = new ArrayList<>();
        s.nations.add(spec("AAA", 1000, 50, 0.03, 1));
        s.nations.add(spec("BBB", 900, 40, 0.04, 0));
        s.nations.add(spec("CCC", 300, 20, 0.02, 0));
        s.nations.add(spec("TNY", 20, 1, 0.01, 0));
        return new Games.Loaded(s, TestMaps.small(), TestWorlds.rules(), "test");
    }

    private static Scenario.NationSpec spec(String id, double gdp, double pop, double milex, int nuclear) {
        Scenario.NationSpec n = new Scenario.NationSpec();
        n.id = id;
        n.gdp = gdp;
        n.population = pop;
        n.milexShare = milex;
        n.regime = "democracy";
        n.nuclear = nuclear;
        return n;
    }
}
