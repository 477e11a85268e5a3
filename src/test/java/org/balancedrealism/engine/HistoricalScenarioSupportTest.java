package org.balancedrealism.engine;

import org.balancedrealism.engine.phase.EventsPhase;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What historical scenarios need besides CINC: predecessors holding later states' shapes, and the bomb on a date. */
class HistoricalScenarioSupportTest {
    @Test
    void aStateWhoseShapesThePredecessorHoldsStartsAbsorbed() {
        World w = TestWorlds.builder()
                .state("SUN", 500, 180, 0.1).state("UUU", 100, 40, 0.02).state("OTH", 300, 50, 0.02)
                .land("SUN", "UUU").land("UUU", "OTH")
                .scenario(s -> {
                    Scenario.TerritorySpec t = new Scenario.TerritorySpec();
                    t.territory = "UUU";
                    t.owner = "SUN";
                    s.territories.add(t);
                })
                .build(1);
        int u = w.indexOf("UUU");
        assertFalse(w.nation(u).alive);
        assertEquals(0, w.nation(u).gdp);
        assertEquals(0, w.derived.power[u]);
        assertTrue(w.nation(w.indexOf("SUN")).alive);
        assertEquals(2, w.territoriesOf(w.indexOf("SUN")));
    }

    @Test
    void aScriptedEventCanGiveAStateTheBomb() {
        World w = TestWorlds.builder().state("SUN", 500, 180, 0.1).state("USA", 1500, 150, 0.05).land("SUN", "USA").build(1);
        int sun = w.indexOf("SUN");
        assertEquals(0, w.nation(sun).nuclear);
        EventsPhase.fire(w, new ScriptedEvent("soviet-bomb", 1, "RDS-1", Visibility.ALL, List.of("SUN"),
                List.of(new ScriptedEvent.Effect("SUN", "nuclear", 2, 1))));
        assertEquals(2, w.nation(sun).nuclear);
        EventsPhase.fire(w, new ScriptedEvent("more", 2, "more", Visibility.ALL, List.of("SUN"),
                List.of(new ScriptedEvent.Effect("SUN", "nuclear", 5, 1))));
        assertEquals(3, w.nation(sun).nuclear, "kept within 0-3");
    }
}
