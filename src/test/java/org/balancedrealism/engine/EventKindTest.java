package org.balancedrealism.engine;

import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventKindTest {

    @Test
    void everyKindReadsBackFromTheStringTheLogHolds() {
        Set<String> ids = new HashSet<>();
        for (EventKind k : EventKind.values()) {
            if (k.id() != null) {
                assertTrue(ids.add(k.id()), "two kinds share the id " + k.id());
                assertEquals(k, EventKind.of(k.id()));
            }
        }
    }

    @Test
    void loggedIdsKeepTheirFormat() {
        // saves, event exports and claims hold these strings: renaming one breaks them
        assertEquals("act:war", EventKind.ACT_WAR.id());
        assertEquals("coalition-formed", EventKind.COALITION_FORMED.id());
        assertEquals("order-failed", EventKind.ORDER_FAILED.id());
        assertEquals("resolution-passed", EventKind.RESOLUTION_PASSED.id());
    }

    @Test
    void anUnknownKindFromAnOldSaveLoadsAsOtherAndKeepsItsString() {
        GameEvent e = new GameEvent(3, "something-new", "USA", null, Visibility.ALL, List.of(), "text", "");
        assertEquals(EventKind.OTHER, EventKind.of(e.kind()));
        assertEquals("something-new", e.kind());
        assertEquals(EventKinds.Category.OTHER, EventKinds.of("something-new"));
        assertEquals(EventKind.OTHER, EventKind.of(null));
    }

    @Test
    void aScriptedActUnderItsOwnNameIsStillAnAct() {
        assertEquals(EventKind.OTHER_ACT, EventKind.of("act:puppet"));
        assertTrue(EventKinds.isAct("act:puppet"));
        assertFalse(EventKinds.startsWar("act:puppet"));
    }

    @Test
    void onlyInvasionsAndInterventionsStartWars() {
        for (EventKind k : EventKind.values()) {
            assertEquals(k == EventKind.ACT_WAR || k == EventKind.ACT_INTERVENTION, k.startsWar(), k.name());
        }
    }

    @Test
    void sanctionsAnsweringAggressionAreNotRoutineDiplomacyNorAnAct() {
        assertEquals(EventKinds.Category.ANSWER, EventKinds.of("sanctions"));
        assertTrue(EventKinds.isAct("act:sanctions"));
        assertTrue(EventKinds.isRoutineDiplomacy("summit"));
        assertFalse(EventKinds.isRoutineDiplomacy("sanctions"));
    }
}
