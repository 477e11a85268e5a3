package org.balancedrealism.engine.move;

import java.util.List;
import java.util.Objects;

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

    /**
     * Field by field as a record compares (doubles by {@link Double#compare}), written out because the AI puts every
     * candidate in a set and the generated method costs more than these few comparisons.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Move m && kind == m.kind && subject == m.subject && Double.compare(amount, m.amount) == 0
                && Objects.equals(actor, m.actor) && Objects.equals(target, m.target)
                && Objects.equals(territory, m.territory) && Objects.equals(partners, m.partners);
    }

    /** From the same fields as {@link #equals}; the kind by its ordinal, so a move hashes alike in every run. */
    @Override
    public int hashCode() {
        int h = kind == null ? 0 : kind.ordinal() + 1;
        h = 31 * h + Objects.hashCode(actor);
        h = 31 * h + Objects.hashCode(target);
        h = 31 * h + Objects.hashCode(partners);
        h = 31 * h + Objects.hashCode(territory);
        h = 31 * h + Double.hashCode(amount);
        return 31 * h + subject;
    }

    /** "USA: Sanction → RUS". */
    public String describe() {
        return actor + ": " + kind.englishLabel() + (target == null ? "" : " → " + target)
                + (territory == null || territory.equals(target) ? "" : " (" + territory + ")");
    }
}
