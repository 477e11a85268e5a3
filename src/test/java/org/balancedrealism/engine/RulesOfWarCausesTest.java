package org.balancedrealism.engine;

import org.balancedrealism.engine.phase.EventsPhase;
import org.balancedrealism.io.RulesLoader;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where wars come from (§5.1): the defence an attacker should expect, and disputes between hostile neighbours. */
class RulesOfWarCausesTest {
    private static World trio(boolean nuclearAttacker, long seed) {
        return TestWorlds.builder().state("ATK", 3000, 80, 0.04).state("DEF", 1000, 30, 0.03)
                .state("ALY", 2000, 50, 0.03).land("ATK", "DEF").land("DEF", "ALY").alliance("DEF", "ALY")
                .with("ATK", n -> n.nuclear = nuclearAttacker ? 3 : 0).build(seed);
    }

    @Test
    void anAttackerExpectsAnAllyOfItsVictimAsFarAsTheAllyWouldHonourTheCall() {
        World w = trio(false, 1);
        int atk = w.indexOf("ATK"), def = w.indexOf("DEF"), aly = w.indexOf("ALY");
        War alone = new War();
        alone.attackers.add(atk);
        alone.defenders.add(def);
        War both = new War();
        both.attackers.add(atk);
        both.defenders.add(def);
        both.defenders.add(aly);
        double own = Wars.strength(w, w.derived, alone, false);
        double full = Wars.strength(w, w.derived, both, false);
        double expected = Wars.expectedDefence(w, w.derived, atk, def);
        double p = Wars.honourChance(w, aly, atk);
        assertTrue(p > 0 && p < 1, "the ally honours with a chance, not surely: " + p);
        assertEquals(own + p * (full - own), expected, 1e-9 * full);
    }

    @Test
    void againstANuclearAttackerOnlyTheVictimsOwnForcesAreExpectedToFight() {
        World w = trio(true, 1);
        int atk = w.indexOf("ATK"), def = w.indexOf("DEF");
        War alone = new War();
        alone.attackers.add(atk);
        alone.defenders.add(def);
        assertEquals(Wars.strength(w, w.derived, alone, false), Wars.expectedDefence(w, w.derived, atk, def), 1e-9);
    }

    /** Rules where a border incident happens every turn. */
    private static World neighbours(long seed) throws Exception {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03)
                .state("CCC", 1000, 30, 0.03).state("DDD", 1000, 30, 0.03).state("FAR", 1000, 30, 0.03)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD").alliance("CCC", "DDD").build(seed);
        // a private copy of the rules: the shared one stays as shipped
        w.rules = RulesLoader.loadDefault();
        w.rules.events.borderIncident = 1000;
        return w;
    }

    @Test
    void borderIncidentsHappenOnlyBetweenHostileNeighboursThatAreNotAllies() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            World w = neighbours(seed);
            int a = w.indexOf("AAA"), b = w.indexOf("BBB"), c = w.indexOf("CCC"), d = w.indexOf("DDD"), far = w.indexOf("FAR");
            // AAA and BBB dislike each other; CCC and DDD dislike each other but are allies; FAR dislikes all, far off
            w.opinion.add(a, b, -50);
            w.opinion.add(b, a, -50);
            w.opinion.add(c, d, -80);
            w.opinion.add(d, c, -80);
            for (int k = 0; k < w.size(); k++) {
                if (k != far) {
                    w.opinion.add(far, k, -90);
                    w.opinion.add(k, far, -90);
                }
            }
            new EventsPhase().run(w, List.of());
            double h = w.rules.events.borderIncidentHostility;
            assertEquals(h, w.memory.get(a, b), 1e-9, "seed " + seed + ": each remembers the other's part");
            assertEquals(h, w.memory.get(b, a), 1e-9);
            assertEquals(0, w.memory.get(c, d), 1e-9, "allies have no border incidents");
            assertEquals(0, w.memory.get(far, a) + w.memory.get(a, far), 1e-9, "only land neighbours clash");
            assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("border-incident")));
        }
    }

    @Test
    void neighboursOnGoodTermsHaveNoBorderIncidents() throws Exception {
        World w = neighbours(3);
        for (int i = 0; i < w.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
                w.opinion.add(i, j, 20);
            }
        }
        new EventsPhase().run(w, List.of());
        assertTrue(w.log.stream().noneMatch(e -> e.kind().equals("border-incident")));
    }

    @Test
    void aBystanderInTheRegionOfOneUnprovokedWarHasNoGrievanceWorthAWarButTheVictimHas() {
        Rules r = TestWorlds.rules();
        double bystander = r.hostility.relevanceSameRegion * r.hostility.unprovokedWar;
        double victim = r.hostility.relevanceVictim * r.hostility.unprovokedWar;
        assertTrue(bystander < r.ai.warGrievanceHostility, bystander + " vs " + r.ai.warGrievanceHostility);
        assertTrue(victim >= r.ai.warGrievanceHostility);
        assertTrue(2 * r.events.borderIncidentHostility >= r.ai.warGrievanceHostility,
                "two incidents between the same neighbours make a grievance worth a war");
    }
}
