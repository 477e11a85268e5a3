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
 */
public record ScriptedEvent(String id, int turn, String text, Visibility visibility, List<String> audience,
                            List<Effect> effects) {
    public ScriptedEvent {
        audience = audience == null ? List.of() : List.copyOf(audience);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /**
     * One change: {@code field} of {@code nation} is multiplied by {@code multiply} then increased by {@code add}.
     * Fields: gdp, military, stability, softPower, treasury, nationalism.
     */
    public record Effect(String nation, String field, double add, double multiply) {
    }
}
