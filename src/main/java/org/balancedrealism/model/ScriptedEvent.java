package org.balancedrealism.model;

import java.util.List;

/**
 * An event a scenario schedules for a turn (a pandemic wave, a financial crisis, an instructor's injected crisis).
 *
 * @param id         unique id in the scenario
 * @param turn       turn on which it fires
 * @param text       the line shown in the log
 * @param visibility who sees it
 * @param audience   ids who see it when visibility is PARTIES
 * @param effects    changes to states' figures
 * @param act        an aggressive act the event stands for (a coup, a blockade), or null: it writes hostility like
 *                   a played act and is logged as {@code act:<kind>}
 */
public record ScriptedEvent(String id, int turn, String text, Visibility visibility, List<String> audience,
                            List<Effect> effects, Act act) {
    public ScriptedEvent {
        audience = audience == null ? List.of() : List.copyOf(audience);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** An event that only changes figures. */
    public ScriptedEvent(String id, int turn, String text, Visibility visibility, List<String> audience,
                         List<Effect> effects) {
        this(id, turn, text, visibility, audience, effects, null);
    }

    /**
     * One change: {@code field} of {@code nation} is multiplied by {@code multiply} then increased by {@code add}.
     * Fields: gdp, military, stability, softPower, treasury, nationalism.
     */
    public record Effect(String nation, String field, double add, double multiply) {
    }

    /**
     * A scripted aggressive act: {@code actor} against {@code victim} (null for an act without a victim) with the
     * hostility {@code severity} of the rules' scale (regime change 40, puppet 15, ultimatum 5, …); {@code kind}
     * names it in the log ({@code act:regime-change}).
     */
    public record Act(String actor, String victim, double severity, String kind) {
    }
}
