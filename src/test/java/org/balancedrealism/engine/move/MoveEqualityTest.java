package org.balancedrealism.engine.move;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Two orders are the same order when every field is the same, as a record compares them; equal orders hash alike. */
class MoveEqualityTest {
    private static final Move BASE = Move.of(MoveKind.MULTILATERAL_SANCTION, "AAA", "BBB").withPartners(List.of("CCC"))
            .withTerritory("BBB").withAmount(0.5).withSubject(3);

    @Test
    void theSameFieldsMakeTheSameOrder() {
        Move copy = new Move(MoveKind.MULTILATERAL_SANCTION, "AAA", "BBB", List.of("CCC"), "BBB", 0.5, 3);
        assertEquals(BASE, copy);
        assertEquals(BASE.hashCode(), copy.hashCode());
        Move nan = BASE.withAmount(Double.NaN);
        assertEquals(nan, BASE.withAmount(Double.NaN), "amounts compare as Double.compare does");
    }

    @Test
    void anyFieldThatDiffersMakesAnotherOrder() {
        assertNotEquals(BASE, new Move(MoveKind.SANCTION, "AAA", "BBB", List.of("CCC"), "BBB", 0.5, 3));
        assertNotEquals(BASE, new Move(MoveKind.MULTILATERAL_SANCTION, "ZZZ", "BBB", List.of("CCC"), "BBB", 0.5, 3));
        assertNotEquals(BASE, new Move(MoveKind.MULTILATERAL_SANCTION, "AAA", "ZZZ", List.of("CCC"), "BBB", 0.5, 3));
        assertNotEquals(BASE, new Move(MoveKind.MULTILATERAL_SANCTION, "AAA", "BBB", List.of(), "BBB", 0.5, 3));
        assertNotEquals(BASE, new Move(MoveKind.MULTILATERAL_SANCTION, "AAA", "BBB", List.of("CCC"), null, 0.5, 3));
        assertNotEquals(BASE, BASE.withAmount(0.25));
        assertNotEquals(BASE.withAmount(0.0), BASE.withAmount(-0.0), "as a record: 0.0 and -0.0 differ");
        assertNotEquals(BASE, BASE.withSubject(4));
        assertNotEquals(BASE, "AAA: Multilateral sanction → BBB");
    }
}
