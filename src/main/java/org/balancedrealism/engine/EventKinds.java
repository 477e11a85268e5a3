package org.balancedrealism.engine;

/**
 * Classifies logged event-kind strings, for code that holds the string (event exports, claims, statistics): each
 * method delegates to {@link EventKind}, the one table of kinds.
 */
public final class EventKinds {
    private EventKinds() {
    }

    /** Kinds of aggressive acts start with this prefix ("act:war", "act:annexation", …): they write hostility. */
    public static final String ACT_PREFIX = EventKind.ACT_PREFIX;

    /** What an event kind is about; each {@link EventKind} has one. */
    public enum Category {
        /** An aggressive act that writes hostility memory ("act:…"). */
        ACT,
        /** The course of a war: calls to arms, battles, peace, coalition members entering a war. */
        WAR,
        /** Coalitions forming, being proposed, joined, left, dissolving. */
        COALITION,
        /** Everyday diplomacy: summits, treaties and pacts, proposals and rejections, aid, denunciations. */
        ROUTINE_DIPLOMACY,
        /** Sanctions answering aggression, concessions, resolutions: the many answering aggression. */
        ANSWER,
        /** A state's own economy and forces: investment, budgets, build-ups, demobilisation, cyber reports. */
        DOMESTIC,
        /** Things that happen to the world: pandemics, crises, terrorism, scripted events, objectives. */
        WORLD,
        /** A kind this table does not know yet. */
        OTHER
    }

    public static Category of(String kind) {
        return EventKind.of(kind).category();
    }

    public static boolean isAct(String kind) {
        return EventKind.of(kind).isAct();
    }

    /** Routine diplomacy: summits, pacts and treaties (trade included), proposals, rejections, aid. */
    public static boolean isRoutineDiplomacy(String kind) {
        return of(kind) == Category.ROUTINE_DIPLOMACY;
    }

    /** The acts that start a war: an invasion, or a mandated intervention. */
    public static boolean startsWar(String kind) {
        return EventKind.of(kind).startsWar();
    }
}
