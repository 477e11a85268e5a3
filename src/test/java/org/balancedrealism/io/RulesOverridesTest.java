package org.balancedrealism.io;

import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Overrides change a copy of the rules, never the shared rules, and only real figures within their range. */
class RulesOverridesTest {
    @Test
    void overridesApplyToACopy() {
        Rules base = TestWorlds.rules();
        double before = base.coalition.balancing;
        Rules changed = RulesOverrides.apply(base, Map.of("coalition.balancing", 0.0, "moves.INVADE.ap", 1.0,
                "doctrines.balanced-realist.power", 0.9));
        assertNotSame(base, changed);
        assertEquals(0.0, changed.coalition.balancing);
        assertEquals(1.0, changed.cost("INVADE").ap);
        assertEquals(0.9, changed.doctrine("balanced-realist").power);
        assertEquals(before, base.coalition.balancing);
        assertEquals(before, RulesOverrides.value(base, "coalition.balancing"));
    }

    @Test
    void onlyFiguresWithinTheirRangeMayBeChanged() {
        Rules r = TestWorlds.rules();
        assertNull(RulesOverrides.problem(r, "war.exponent", 2));
        assertNotNull(RulesOverrides.problem(r, "war.exponent", 9));
        assertNotNull(RulesOverrides.problem(r, "war", 1));
        assertNotNull(RulesOverrides.problem(r, "war.nothing", 1));
        assertNotNull(RulesOverrides.problem(r, "moves.FLY.ap", 1));
        assertNotNull(RulesOverrides.problem(r, "id", 1));
    }
}
