package org.balancedrealism.model;

/**
 * A prepared inject of a scenario's library: what the instructor's console lists and fires (engine.Injects).
 *
 * @param id       unique in the scenario
 * @param title    a few words for the console's list ("Gas pipeline sabotaged")
 * @param category news, intelligence or crisis
 * @param event    what happens when it fires: text, visibility, audience, effects and act (its turn is set when
 *                 it is queued)
 */
public record Inject(String id, String title, String category, ScriptedEvent event) {
    public static final java.util.List<String> CATEGORIES = java.util.List.of("news", "intelligence", "crisis");
}
