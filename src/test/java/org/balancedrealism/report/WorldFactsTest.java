package org.balancedrealism.report;

import org.balancedrealism.model.Objective;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the seat's report and goals read of a world: neighbours and threats, objectives' progress, place. */
class WorldFactsTest {
    private static World world() {
        return TestWorlds.builder()
                .state("AAA", 1000, 50, 0.02).state("BBB", 2000, 80, 0.05).state("CCC", 500, 20, 0.02)
                .state("DDD", 300, 10, 0.02)
                .land("AAA", "BBB").sea("AAA", "CCC")
                .build(5);
    }

    @Test
    void neighboursAreTheStatesAcrossALandBorderOrASeaLink() {
        SeatContext c = WorldFacts.context(world(), "AAA");
        assertEquals(java.util.Set.of("BBB", "CCC"), c.neighbours());
    }

    @Test
    void aPowerShareObjectiveTellsTheShareNowTheGoalAndTheTurnsHeld() {
        World w = world();
        w.objectives = List.of(new Objective("AAA", "aaa-rise", "Reach 90% of world power", "power-share", 0.9, 8,
                null, false));
        w.objectiveStreaks.put("aaa-rise", 3);
        GoalProgress g = WorldFacts.goals(w, "AAA").get(0);
        assertTrue(g.progress().matches("Now [0-9.]+% of world power \\(goal 90\\.0%\\); held 3 of 8 turns\\."),
                g.progress());
        w.objectivesMet.add("aaa-rise");
        assertTrue(WorldFacts.goals(w, "AAA").get(0).met());
        assertTrue(WorldFacts.goals(w, "BBB").isEmpty(), "another state's objective is not mine");
    }

    @Test
    void thePlaceCountsTheLivingStatesWithABetterScore() {
        World w = world();
        Standing s = WorldFacts.standing(w, "AAA");
        assertEquals(4, s.of());
        int better = 0;
        for (String id : List.of("BBB", "CCC", "DDD")) {
            if (WorldFacts.standing(w, id).total() > s.total()) {
                better++;
            }
        }
        assertEquals(better + 1, s.place());
    }
}
