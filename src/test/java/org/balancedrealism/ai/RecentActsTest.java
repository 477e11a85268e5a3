package org.balancedrealism.ai;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did this state do that to that state lately?" is read from the turn's index of recent acts for the kinds the rules
 * ask about, and from the log for any other kind: both give the log's answer.
 */
class RecentActsTest {
    private static World world() {
        return TestWorlds.builder().state("AAA", 2000, 60, 0.03).state("BBB", 1000, 40, 0.02)
                .state("CCC", 800, 30, 0.02).land("AAA", "BBB").land("BBB", "CCC").build(1);
    }

    @Test
    void anIndexedActAndAnActOfAnotherKindAreBothFound() {
        World w = world();
        assertTrue(MoveRules.apply(w, AiMoveRulesKit.move(MoveKind.DENOUNCE, "AAA", "BBB")).isEmpty());
        assertTrue(MoveRules.apply(w, AiMoveRulesKit.move(MoveKind.IMPROVE_RELATIONS, "CCC", "BBB")).isEmpty());
        RecentActs recent = RecentActs.of(w);
        int a = w.indexOf("AAA"), b = w.indexOf("BBB"), c = w.indexOf("CCC");
        assertTrue(recent.since(a, b, 1, EventKind.DENOUNCE), "indexed kind, its actor");
        assertTrue(recent.since(-1, b, 1, EventKind.DENOUNCE), "indexed kind, any actor");
        assertFalse(recent.since(c, b, 1, EventKind.DENOUNCE), "another actor");
        assertFalse(recent.since(a, c, 1, EventKind.DENOUNCE), "another target");
        assertTrue(recent.since(c, b, 1, EventKind.SUMMIT), "a kind the index leaves out is read from the log");
        assertFalse(recent.since(a, b, 1, EventKind.SUMMIT), "and still by its actor");
    }

    /** The next turn's index, made from the last one and the events logged since, is the one made from the whole log. */
    @Test
    void anIndexExtendedWithTheEventsSinceIsTheIndexOfTheWholeWindow() throws Exception {
        World w = org.balancedrealism.io.Games.load("modern-world").newWorld(7);
        for (var n : w.nations) {
            n.human = false;
        }
        org.balancedrealism.engine.TurnEngine engine = new org.balancedrealism.engine.TurnEngine();
        AiTurns turns = new AiTurns(false);
        RecentActs before = null;
        int extended = 0;
        for (int t = 0; t < 30; t++) {
            RecentActs whole = RecentActs.of(w);
            RecentActs made = RecentActs.of(w, before);
            org.junit.jupiter.api.Assertions.assertEquals(whole.describe(), made.describe(), "turn " + w.turn);
            extended += made.extended ? 1 : 0;
            before = made;
            turns.playTurn(w, engine);
        }
        assertTrue(RecentActs.of(w).describe().length() > 0, "some acts are indexed");
        assertTrue(extended >= 15, "most turns' indexes were extended, not made anew: " + extended);
    }
}
