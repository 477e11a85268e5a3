package org.balancedrealism.engine;

import org.balancedrealism.io.Games;
import org.balancedrealism.model.PairTable;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The many's embargo records its senders' acts at once ({@link Hostility#recordEach}): every figure, to the last bit,
 * is what recording the acts one by one gives, whether the acts answer the victim's aggression or not.
 */
class ManyActsAtOnceTest {

    private static void assertSameTable(PairTable one, PairTable all, String what) {
        for (int i = 0; i < one.size(); i++) {
            for (int j = 0; j < one.size(); j++) {
                assertEquals(Double.doubleToRawLongBits(one.get(i, j)), Double.doubleToRawLongBits(all.get(i, j)),
                        what + " " + i + "," + j);
            }
        }
    }

    private static void check(World base, int victim) {
        int[] actors = new int[base.size()];
        int count = 0;
        for (int a = 0; a < base.size(); a += 3) {
            if (a != victim && base.nation(a).alive) {
                actors[count++] = a;
            }
        }
        World oneByOne = base.scratch();
        World atOnce = base.scratch();
        double severity = base.rules.hostility.sanctions;
        double[] relevance = Hostility.publicRelevanceTo(base, victim);
        for (int k = 0; k < count; k++) {
            Hostility.record(oneByOne, actors[k], victim, severity, relevance);
        }
        Hostility.recordEach(atOnce, actors, count, victim, severity, relevance);
        assertSameTable(oneByOne.opinion, atOnce.opinion, "opinion");
        assertSameTable(oneByOne.memory, atOnce.memory, "memory");
        for (int a = 0; a < base.size(); a++) {
            assertEquals(oneByOne.nation(a).lastActTurn, atOnce.nation(a).lastActTurn, "last act of " + base.id(a));
            assertEquals(oneByOne.nation(a).lastAggressionTurn, atOnce.nation(a).lastAggressionTurn,
                    "last aggression of " + base.id(a));
        }
    }

    @Test
    void recordingTheManyActsAtOnceGivesTheFiguresOfRecordingThemOneByOne() throws Exception {
        World w = Games.load("modern-world").newWorld(3);
        Perception.refresh(w);
        int victim = w.indexOf("RUS");
        check(w, victim); // acts that are aggression of their own
        w.nation(victim).lastAggressionTurn = w.turn + 1;
        check(w, victim); // acts that answer the victim's aggression
    }
}
