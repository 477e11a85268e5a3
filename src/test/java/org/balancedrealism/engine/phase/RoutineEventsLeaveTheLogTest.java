package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The score phase drops routine events once they are older than the rules' window, turn by turn; the rest stay. */
class RoutineEventsLeaveTheLogTest {
    @Test
    void routineEventsLeaveAfterTheWindowAndActsStay() {
        World w = TestWorlds.builder().state("AAA", 1000, 30, 0.03).state("BBB", 1000, 30, 0.03).land("AAA", "BBB").build(1);
        Perception.refresh(w);
        int window = (int) w.rules.events.routineLogTurns;
        ScorePhase score = new ScorePhase();
        int turns = window + 5;
        for (int t = 0; t < turns; t++) {
            // each turn: a summit (routine), a build-up (routine) and an act of war (kept for the whole game)
            Events.all(w, EventKind.SUMMIT, 0, 1, "summit", "");
            Events.all(w, EventKind.ACT_WAR, 0, 1, "war", "");
            Events.all(w, EventKind.BUILD_UP, 1, -1, "build-up", "");
            score.run(w, List.of());
        }
        int oldest = w.turn - window; // as the last score phase saw it, before it advanced the clock
        for (GameEvent e : w.log) {
            boolean routine = EventKind.of(e.kind()).fadesFromLog();
            if (routine && e.turn() < oldest) {
                throw new AssertionError("a routine event of turn " + e.turn() + " is still logged (oldest kept " + oldest + ")");
            }
        }
        long acts = w.log.stream().filter(e -> EventKind.of(e.kind()) == EventKind.ACT_WAR).count();
        long routine = w.log.stream().filter(e -> EventKind.of(e.kind()).fadesFromLog()).count();
        assertEquals(turns, acts, "every act stays");
        assertEquals(2L * (turns + 1 - oldest), routine, "the routine events of the window's turns stay");
    }
}
