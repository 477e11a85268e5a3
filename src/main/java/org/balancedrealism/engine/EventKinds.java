package org.balancedrealism.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * What each event kind string written by the engine ({@link Events#all}, {@link Events#parties}) is about: the one
 * place that classifies them, so statistics and reports agree, and so the strings can later become a typed
 * event-kind enum (each entry below would be a constant with its category).
 */
public final class EventKinds {
    private EventKinds() {
    }

    /** Kinds of aggressive acts start with this prefix ("act:war", "act:annexation", …): they write hostility. */
    public static final String ACT_PREFIX = "act:";

    public enum Category {
        /** An aggressive act that writes hostility memory ("act:…"). */
        ACT,
        /** The course of a war: calls to arms, battles, peace, coalition members entering a war. */
        WAR,
        /** Coalitions forming, being proposed, joined, left, dissolving. */
        COALITION,
        /** Everyday diplomacy: summits, treaties and pacts, proposals and rejections, aid, denunciations. */
        ROUTINE_DIPLOMACY,
        /** Sanctions regimes, concessions, resolutions: the many answering aggression. */
        ANSWER,
        /** A state's own economy and forces: investment, budgets, build-ups, demobilisation, cyber reports. */
        DOMESTIC,
        /** Things that happen to the world: pandemics, crises, terrorism, scripted events, objectives. */
        WORLD,
        /** A kind this table does not know yet. */
        OTHER
    }

    private static final Map<String, Category> KINDS = new TreeMap<>();

    static {
        put(Category.WAR, "call-to-arms", "battle", "peace", "coalition-war", "proxy-aid", "state-destroyed",
                "mediation-failed");
        put(Category.COALITION, "coalition-formed", "coalition-proposed", "coalition-failed", "coalition-joined",
                "coalition-left", "coalition-dissolved");
        put(Category.ROUTINE_DIPLOMACY, "summit", "treaty", "treaty-cancelled", "proposal", "proposal-rejected", "aid",
                "denounce", "sanctions-lifted");
        put(Category.ANSWER, "multilateral-sanctions", "concession", "resolution-passed", "resolution-failed",
                "debt-backlash");
        put(Category.DOMESTIC, "move", "build-up", "demobilise", "cyber", "order-failed");
        put(Category.WORLD, "pandemic", "financial-crisis", "terrorism", "cyber-incident", "ngo-campaign", "border-incident", "scripted",
                "objective");
    }

    private static void put(Category c, String... kinds) {
        for (String k : kinds) {
            KINDS.put(k, c);
        }
    }

    public static Category of(String kind) {
        if (kind == null) {
            return Category.OTHER;
        }
        if (kind.startsWith(ACT_PREFIX)) {
            return Category.ACT;
        }
        return KINDS.getOrDefault(kind, Category.OTHER);
    }

    public static boolean isAct(String kind) {
        return kind != null && kind.startsWith(ACT_PREFIX);
    }

    /** Routine diplomacy: summits, pacts and treaties (trade included), proposals, rejections, aid. */
    public static boolean isRoutineDiplomacy(String kind) {
        return of(kind) == Category.ROUTINE_DIPLOMACY;
    }

    /** The acts that start a war: an invasion, or a mandated intervention. */
    public static boolean startsWar(String kind) {
        return "act:war".equals(kind) || "act:intervention".equals(kind);
    }
}
