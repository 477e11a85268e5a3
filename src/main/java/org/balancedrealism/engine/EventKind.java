package org.balancedrealism.engine;

import org.balancedrealism.engine.EventKinds.Category;
import org.balancedrealism.model.Visibility;

import java.util.HashMap;
import java.util.Map;

/**
 * Every kind of event the engine writes, with what it is about ({@link EventKinds.Category}) and who sees it unless
 * the writer says otherwise.
 * The id is the string saves, event exports and claims hold ("act:war", "coalition-formed"): it never changes.
 * A kind read from an old save or a scenario that this table does not name maps to {@link #OTHER} or, for an
 * aggressive act ("act:…", as scripted events name theirs), to {@link #OTHER_ACT}; the event keeps its own string.
 */
public enum EventKind {
    // aggressive acts: every observer remembers them as hostility
    ACT_WAR("act:war", Category.ACT),
    ACT_INTERVENTION("act:intervention", Category.ACT),
    ACT_ANNEXATION("act:annexation", Category.ACT),
    ACT_ARMS_RACE("act:arms-race", Category.ACT),
    ACT_CYBER("act:cyber", Category.ACT),
    ACT_DEPLOYMENT("act:deployment", Category.ACT),
    ACT_REGIME_CHANGE("act:regime-change", Category.ACT),
    ACT_STRIKE("act:strike", Category.ACT),
    ACT_TREATY_BREACH("act:treaty-breach", Category.ACT),
    ACT_ULTIMATUM("act:ultimatum", Category.ACT),
    ACT_SANCTIONS("act:sanctions", Category.ACT),
    /** An act a scenario scripts under a name of its own ("act:puppet", "act:blockade"). */
    OTHER_ACT(null, Category.ACT),

    // the course of a war
    CALL_TO_ARMS("call-to-arms", Category.WAR),
    BATTLE("battle", Category.WAR, Visibility.PARTIES),
    PEACE("peace", Category.WAR),
    COALITION_WAR("coalition-war", Category.WAR),
    PROXY_AID("proxy-aid", Category.WAR),
    STATE_DESTROYED("state-destroyed", Category.WAR),
    MEDIATION_FAILED("mediation-failed", Category.WAR),

    // coalitions
    COALITION_FORMED("coalition-formed", Category.COALITION),
    COALITION_PROPOSED("coalition-proposed", Category.COALITION),
    COALITION_FAILED("coalition-failed", Category.COALITION),
    COALITION_JOINED("coalition-joined", Category.COALITION),
    COALITION_LEFT("coalition-left", Category.COALITION),
    COALITION_DISSOLVED("coalition-dissolved", Category.COALITION),

    // everyday diplomacy
    SUMMIT("summit", Category.ROUTINE_DIPLOMACY),
    TREATY("treaty", Category.ROUTINE_DIPLOMACY),
    TREATY_CANCELLED("treaty-cancelled", Category.ROUTINE_DIPLOMACY),
    PROPOSAL("proposal", Category.ROUTINE_DIPLOMACY, Visibility.PARTIES),
    PROPOSAL_REJECTED("proposal-rejected", Category.ROUTINE_DIPLOMACY, Visibility.PARTIES),
    AID("aid", Category.ROUTINE_DIPLOMACY),
    DENOUNCE("denounce", Category.ROUTINE_DIPLOMACY),
    SANCTIONS_LIFTED("sanctions-lifted", Category.ROUTINE_DIPLOMACY),

    // the many answering aggression
    /** Sanctions on a state with acts remembered: an answer, not an act. */
    SANCTIONS("sanctions", Category.ANSWER),
    MULTILATERAL_SANCTIONS("multilateral-sanctions", Category.ANSWER),
    CONCESSION("concession", Category.ANSWER),
    RESOLUTION_PASSED("resolution-passed", Category.ANSWER),
    RESOLUTION_FAILED("resolution-failed", Category.ANSWER),
    DEBT_BACKLASH("debt-backlash", Category.ANSWER),

    // a state's own economy and forces
    MOVE("move", Category.DOMESTIC, Visibility.PARTIES),
    BUILD_UP("build-up", Category.DOMESTIC),
    DEMOBILISE("demobilise", Category.DOMESTIC),
    CYBER("cyber", Category.DOMESTIC, Visibility.PARTIES),
    ORDER_FAILED("order-failed", Category.DOMESTIC, Visibility.PARTIES),

    // things that happen to the world
    PANDEMIC("pandemic", Category.WORLD),
    FINANCIAL_CRISIS("financial-crisis", Category.WORLD),
    TERRORISM("terrorism", Category.WORLD),
    CYBER_INCIDENT("cyber-incident", Category.WORLD),
    NGO_CAMPAIGN("ngo-campaign", Category.WORLD),
    BORDER_INCIDENT("border-incident", Category.WORLD),
    SCRIPTED("scripted", Category.WORLD),
    OBJECTIVE("objective", Category.WORLD, Visibility.PARTIES),

    /** A kind this table does not know (an old save's, say). */
    OTHER(null, Category.OTHER);

    /** Kinds of aggressive acts start with this prefix: they write hostility. */
    public static final String ACT_PREFIX = "act:";

    private static final Map<String, EventKind> BY_ID = new HashMap<>();

    static {
        for (EventKind k : values()) {
            if (k.id != null) {
                BY_ID.put(k.id, k);
            }
        }
    }

    private final String id;
    private final Category category;
    private final Visibility defaultVisibility;

    EventKind(String id, Category category) {
        this(id, category, Visibility.ALL);
    }

    EventKind(String id, Category category, Visibility defaultVisibility) {
        this.id = id;
        this.category = category;
        this.defaultVisibility = defaultVisibility;
    }

    /** The string written in the log, saves and exports; null for {@link #OTHER} and {@link #OTHER_ACT}. */
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    /** Who sees an event of this kind when the engine writes it the usual way. */
    public Visibility defaultVisibility() {
        return defaultVisibility;
    }

    public boolean isAct() {
        return category == Category.ACT;
    }

    /**
     * Events that matter only for a while and leave the log after the rules' window; everything else (acts, wars,
     * coalitions, peace) stays.
     */
    public boolean fadesFromLog() {
        return FADING.contains(this);
    }

    private static final java.util.Set<EventKind> FADING = java.util.EnumSet.of(SUMMIT, PROPOSAL_REJECTED, BUILD_UP,
            MOVE, BATTLE, CONCESSION, ORDER_FAILED, DEMOBILISE, CYBER, MEDIATION_FAILED, PROPOSAL);

    /** The acts that start a war: an invasion, or a mandated intervention. */
    public boolean startsWar() {
        return this == ACT_WAR || this == ACT_INTERVENTION;
    }

    /** The kind of a logged string: its constant, else {@link #OTHER_ACT} for "act:…", else {@link #OTHER}. */
    public static EventKind of(String id) {
        if (id == null) {
            return OTHER;
        }
        EventKind k = BY_ID.get(id);
        if (k != null) {
            return k;
        }
        return id.startsWith(ACT_PREFIX) ? OTHER_ACT : OTHER;
    }
}
