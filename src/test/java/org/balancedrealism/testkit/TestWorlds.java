package org.balancedrealism.testkit;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.RulesLoader;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.model.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small worlds for rule tests: states laid out as unit squares on a line or a grid, land borders between
 * the ones you name, sea links, and figures per state. Everything goes through the real WorldFactory.
 *
 * <pre>
 * World w = TestWorlds.builder()
 *     .state("AAA", 1000, 50, 0.02).state("BBB", 1000, 50, 0.02).state("CCC", 100, 10, 0.02)
 *     .land("AAA", "BBB").land("BBB", "CCC")
 *     .build(7);
 * </pre>
 */
public final class TestWorlds {
    private static Rules rules;

    private final Map<String, Scenario.NationSpec> states = new LinkedHashMap<>();
    private final Map<String, String> regions = new LinkedHashMap<>();
    private final List<String[]> land = new ArrayList<>();
    private final List<String[]> sea = new ArrayList<>();
    private final Scenario scenario = new Scenario();

    private TestWorlds() {
        scenario.format = 1;
        scenario.id = "test";
        scenario.title = "Test world";
        scenario.startDate = "2030-01";
        scenario.monthsPerTurn = 3;
        scenario.turns = 200;
        scenario.defaultDoctrine = "balanced-realist";
    }

    public static TestWorlds builder() {
        return new TestWorlds();
    }

    /** The shipped default rules (loaded once). */
    public static synchronized Rules rules() {
        if (rules == null) {
            try {
                rules = RulesLoader.loadDefault();
            } catch (DataFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return rules;
    }

    /** A state with GDP ($bn), population (millions) and military share of GDP; democracy, balanced realist. */
    public TestWorlds state(String id, double gdp, double population, double milexShare) {
        Scenario.NationSpec n = new Scenario.NationSpec();
        n.id = id;
        n.name = id;
        n.gdp = gdp;
        n.population = population;
        n.milexShare = milexShare;
        n.regime = "democracy";
        n.nuclear = 0;
        states.put(id, n);
        regions.put(id, "Testland");
        return this;
    }

    /** Further settings of a state already added. */
    public TestWorlds with(String id, java.util.function.Consumer<Scenario.NationSpec> change) {
        change.accept(states.get(id));
        return this;
    }

    public TestWorlds region(String id, String region) {
        regions.put(id, region);
        return this;
    }

    public TestWorlds land(String a, String b) {
        land.add(new String[] {a, b});
        return this;
    }

    public TestWorlds sea(String a, String b) {
        sea.add(new String[] {a, b});
        return this;
    }

    public TestWorlds alliance(String a, String b) {
        Scenario.TreatySpec t = new Scenario.TreatySpec();
        t.type = "alliance";
        t.a = a;
        t.b = b;
        scenario.treaties.add(t);
        return this;
    }

    public TestWorlds scenario(java.util.function.Consumer<Scenario> change) {
        change.accept(scenario);
        return this;
    }

    public GeoMap map() {
        List<MapCountry> countries = new ArrayList<>();
        int k = 0;
        for (String id : states.keySet()) {
            double x = (k % 10) * 2;
            double y = (k / 10) * 2;
            List<String> nbs = new ArrayList<>();
            for (String[] e : land) {
                if (e[0].equals(id)) {
                    nbs.add(e[1]);
                } else if (e[1].equals(id)) {
                    nbs.add(e[0]);
                }
            }
            double[] ring = {x, y, x + 1.5, y, x + 1.5, y + 1.5, x, y + 1.5};
            countries.add(new MapCountry(id, id, regions.get(id), regions.get(id), id, x + 0.75, y + 0.75,
                    List.of(List.of(ring)), nbs, states.get(id).population, states.get(id).gdp, states.get(id).milexShare,
                    false, 0, false));
            k++;
        }
        List<SeaLink> links = new ArrayList<>();
        for (String[] e : sea) {
            links.add(new SeaLink(e[0], e[1], 100, null, 0, 0, 1, 1));
        }
        return new GeoMap("test", countries, links);
    }

    public World build(long seed) {
        scenario.nations = new ArrayList<>(states.values());
        World w = WorldFactory.create(map(), scenario, rules(), seed);
        Perception.refresh(w);
        return w;
    }
}
