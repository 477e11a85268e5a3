package org.balancedrealism.model;

import java.util.List;

/**
 * Something that happened, told in one line, with who may see it and why it happened.
 *
 * @param turn       turn it happened in
 * @param kind       short machine-readable kind ("war", "coalition-formed", "move", …)
 * @param actor      id of the acting state, or null
 * @param target     id of the state acted upon, or null
 * @param visibility who may see it
 * @param audience   the ids who may see it when visibility is PARTIES (always includes actor and target)
 * @param text       one line a player reads
 * @param why        the figures behind it, or empty
 */
public record GameEvent(int turn, String kind, String actor, String target, Visibility visibility,
                        List<String> audience, String text, String why) {
    public GameEvent {
        audience = audience == null ? List.of() : List.copyOf(audience);
        why = why == null ? "" : why;
    }

    public boolean visibleTo(String stateId) {
        return visibility == Visibility.ALL || audience.contains(stateId);
    }

    public boolean concerns(String stateId) {
        return stateId.equals(actor) || stateId.equals(target) || audience.contains(stateId);
    }
}
