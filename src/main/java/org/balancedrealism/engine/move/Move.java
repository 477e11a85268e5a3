package org.balancedrealism.engine.move;

import java.util.List;

/**
 * One order: a player's or an AI's action, validated and applied by the engine, kept in the game's history.
 * States are named by id so orders files and saves stay readable.
 *
 * @param kind      what to do
 * @param actor     id of the acting state
 * @param target    id of the state acted upon (null when the kind needs none)
 * @param partners  ids of partners (multilateral sanctions), may be empty
 * @param territory territory id (invasion aim, ultimatum demand, peace terms), may be null
 * @param amount    a figure the kind needs (SET_BUDGET: military share of GDP), else 0
 * @param subject   proposal id (accept/reject) or war id (mediate), else 0
 */
public record Move(MoveKind kind, String actor, String target, List<String> partners, String territory,
                   double amount, int subject) {
    public Move {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public static Move of(MoveKind kind, String actor) {
        return new Move(kind, actor, null, List.of(), null, 0, 0);
    }

    public static Move of(MoveKind kind, String actor, String target) {
        return new Move(kind, actor, target, List.of(), null, 0, 0);
    }

    public Move withTerritory(String territoryId) {
        return new Move(kind, actor, target, partners, territoryId, amount, subject);
    }

    public Move withAmount(double value) {
        return new Move(kind, actor, target, partners, territory, value, subject);
    }

    public Move withSubject(int value) {
        return new Move(kind, actor, target, partners, territory, amount, value);
    }

    public Move withPartners(List<String> ids) {
        return new Move(kind, actor, target, ids, territory, amount, subject);
    }

    /** "USA: Sanction → RUS". */
    public String describe() {
        return actor + ": " + kind.englishLabel() + (target == null ? "" : " → " + target)
                + (territory == null || territory.equals(target) ? "" : " (" + territory + ")");
    }
}
