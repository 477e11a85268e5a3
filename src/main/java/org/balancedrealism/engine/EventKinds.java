package org.balancedrealism.engine;

import org.balancedrealism.model.EventKind;

/**
 * Classifies logged event-kind strings, for code that holds the string (event exports, claims, statistics): each
 * method delegates to {@link EventKind}, the one table of kinds.
 */
public final class EventKinds {
    private EventKinds() {
    }

    /** Kinds of aggressive acts start with this prefix ("act:war", "act:annexation", …): they write hostility. */
    public static final String ACT_PREFIX = EventKind.ACT_PREFIX;

    public static EventKind.Category of(String kind) {
        return EventKind.of(kind).category();
    }

    public static boolean isAct(String kind) {
        return EventKind.of(kind).isAct();
    }

    /** Routine diplomacy: summits, pacts and treaties (trade included), proposals, rejections, aid. */
    public static boolean isRoutineDiplomacy(String kind) {
        return of(kind) == EventKind.Category.ROUTINE_DIPLOMACY;
    }

    /** The acts that start a war: an invasion, or a mandated intervention. */
    public static boolean startsWar(String kind) {
        return EventKind.of(kind).startsWar();
    }
}
