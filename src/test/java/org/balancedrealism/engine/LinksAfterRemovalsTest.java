package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.ai.AllAiWorlds;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a world lists the treaties of a derivation less some (a war broke them), its ties and protégés are the
 * derivation's with only the removed treaties' pairs and parties worked out again: the same, to the bit, as reading
 * every treaty anew.
 */
class LinksAfterRemovalsTest {

    private static void assertSameAsReadAnew(World s, Derived before, String what) {
        Derived.Links links = LinksAfterRemovals.of(before.links, s);
        assertNotNull(links, what + ": treaties only removed");
        assertArrayEquals(Perception.ties(s), links.ties, what + ": ties");
        assertTrue(java.util.Arrays.deepEquals(Perception.proteges(s), links.proteges), what + ": protégés");
        assertArrayEquals(s.treaties.toArray(), links.treaties, what + ": treaties");
    }

    @Test
    void theTiesAfterAWarBreaksTreatiesAreThoseReadAnew() throws Exception {
        World w = AllAiWorlds.modernWorld(1);
        AiTurns ai = new AiTurns(false, false);
        TurnEngine engine = new TurnEngine(null);
        int broken = 0;
        for (int turn = 0; turn < 12; turn++) {
            if (turn % 4 == 0) {
                Perception.refresh(w);
                for (int a = 0; a < w.size(); a += 7) {
                    for (int t = 0; t < w.size(); t++) {
                        Move m = Move.of(MoveKind.INVADE, w.id(a), w.id(t));
                        if (t == a || !MoveRules.check(w, m).isEmpty()) {
                            continue;
                        }
                        World s = w.scratch();
                        MoveRules.apply(s, m);
                        if (s.treaties.size() < w.treaties.size()) {
                            assertSameAsReadAnew(s, w.derived, "turn " + w.turn + ": " + m);
                            broken++;
                        }
                    }
                }
            }
            ai.playTurn(w, engine);
        }
        assertTrue(broken > 50, "invasions that broke treaties: " + broken);
    }

    @Test
    void alliancesAndGuaranteesRemovedLeaveTheProtegesReadAnew() throws Exception {
        World w = AllAiWorlds.modernWorld(2);
        Perception.refresh(w);
        int checked = 0;
        for (TreatyType type : new TreatyType[] {TreatyType.ALLIANCE, TreatyType.GUARANTEE}) {
            for (int k = 0; k < w.treaties.size() && checked < 40; k += 5) {
                Treaty gone = w.treaties.get(k);
                if (gone.type() != type) {
                    continue;
                }
                World s = w.scratch();
                TreatyList list = (TreatyList) s.treaties;
                list.removeIfOf(gone.a(), x -> x == gone);
                list.removeIfOf(0, x -> x.type() == TreatyType.TRADE); // and a few more of one state's
                assertSameAsReadAnew(s, w.derived, "without " + gone);
                checked++;
            }
        }
        assertTrue(checked > 10, "alliances and guarantees removed: " + checked);
    }
}
