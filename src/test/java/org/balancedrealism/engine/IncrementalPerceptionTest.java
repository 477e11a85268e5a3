package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A derivation that redoes only the pairs whose inputs changed gives the very figures a derivation from scratch gives:
 * the speed-up must never change a game.
 */
class IncrementalPerceptionTest {

    /** The world's figures against those of a copy derived with nothing to start from. */
    private static void assertSameAsFromScratch(World w) {
        World scratch = w.scratch();
        scratch.derived = null;
        Derived fresh = Perception.refresh(scratch);
        Derived kept = w.derived;
        assertArrayEquals(fresh.threat, kept.threat, 0.0, "threats at turn " + w.turn);
        assertArrayEquals(fresh.overreach, kept.overreach, 0.0, "overreach at turn " + w.turn);
        assertArrayEquals(fresh.distance, kept.distance, 0.0, "distances at turn " + w.turn);
        assertArrayEquals(fresh.ties, kept.ties, "ties at turn " + w.turn);
    }

    @Test
    void threatsDerivedPairByPairEqualThreatsDerivedFromScratchAfterEveryChange() {
        World w = TestWorlds.builder().state("AAA", 1000, 50, 0.03).state("BBB", 800, 40, 0.02)
                .state("CCC", 100, 10, 0.02).state("DDD", 300, 20, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").sea("CCC", "DDD").alliance("CCC", "DDD").build(5);
        Perception.refresh(w);
        assertNotNull(w.derived.basis, "a derivation keeps what it was derived from");

        w.memory.add(0, 2, 500); // what CCC remembers of AAA, nothing else
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        Hostility.record(w, 1, 2, 5); // one act: a row of remembered hostility and the opinions it costs
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.trust.set(1, 3, 0.9); // trust and opinion of one pair
        w.opinion.set(3, 1, -60);
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(1).military *= 2; // one state's own figures
        w.nation(3).nuclear = 5;
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(0).reach *= 3; // the proximities kept with the basis no longer hold for one source
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.treaties.add(new Treaty(TreatyType.ALLIANCE, 0, 3, w.turn, null)); // a new tie and a new protégé
        w.treaties.add(new Treaty(TreatyType.ARMS_CONTROL, 1, 2, w.turn, null));
        Perception.refresh(w);
        assertSameAsFromScratch(w);

        w.nation(2).alive = false;
        Perception.refresh(w);
        assertSameAsFromScratch(w);
    }

    @Test
    void aSeededFullWorldGameKeepsTheFiguresOfADerivationFromScratch() throws Exception {
        World w = Games.load("ukraine-2022").newWorld(11);
        w.nations[0].human = false;
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 6 && !TurnEngine.isOver(w); t++) {
            ai.playTurn(w, engine);
            assertSameAsFromScratch(w);
        }
    }

    @Test
    void protectorsFeelTheSameSharedThreatWhetherExtendedByRowsOrSourceBySource() throws Exception {
        World w = Games.load("modern-world").newWorld(4);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false);
        for (int t = 0; t < 3; t++) {
            ai.playTurn(w, engine);
        }
        Derived d = w.derived;
        int n = d.n;
        int[][] proteges = Perception.proteges(w);
        double[][] reach = Perception.reach(w, d, proteges);
        double[] byRows = d.basis.direct.clone();
        Perception.extendAll(w, d, d.basis.direct, byRows, proteges, reach);
        double[] col = new double[n];
        for (int source = 0; source < n; source++) {
            for (int i = 0; i < n; i++) {
                col[i] = d.basis.direct[i * n + source];
            }
            Perception.extend(w, d, source, col, proteges, reach);
            for (int i = 0; i < n; i++) {
                assertEquals(col[i], byRows[i * n + source], 0.0, w.id(i) + " from " + w.id(source));
            }
        }
        assertArrayEquals(d.threat, byRows, 0.0, "the derivation's threats are the extended ones");
    }
}
