package org.balancedrealism.engine.move;

import org.balancedrealism.model.War;
import org.balancedrealism.text.Sentence;
import org.balancedrealism.model.World;

/**
 * The rules of one move kind, in one small class each (engine.move.kinds): what stops it, what it does, and how a
 * player is offered it. {@link MoveRules} is the gate in front of them: it resolves the actor and target, checks
 * and pays action points and treasury, then calls the kind's rule. Figures come from the rules file.
 */
public interface MoveRule {
    /**
     * Why the move cannot be made now, in words a player understands (written only when read); null if it can.
     * Called after the gate's common checks.
     *
     * @param a the actor's index
     * @param t the target's index when the kind aims at another state, else -1
     */
    Sentence check(World w, Move m, int a, int t);

    /** Carries the move out; called only when {@link #check} passed and the costs are paid. */
    void apply(World w, Move m, int a, int t);

    /**
     * The move of {@code kind} by state {@code a} toward state {@code i} as a player is offered it, with its default
     * aim; null when the kind makes no sense toward {@code i} (a home move toward another state, say).
     */
    default Move offer(World w, MoveKind kind, int a, int i) {
        String me = w.id(a);
        return switch (kind.target()) {
            case NONE -> i == a ? Move.of(kind, me) : null;
            case OTHER -> i == a ? null : Move.of(kind, me, w.id(i));
            case WAR -> {
                if (i == a) {
                    yield null;
                }
                for (War war : w.wars) {
                    if (war.involves(i)) {
                        yield Move.of(kind, me, w.id(i)).withSubject(war.id);
                    }
                }
                yield Move.of(kind, me, w.id(i));
            }
            case PROPOSAL -> null;
        };
    }

    /**
     * What the actor does, in a few words after its name ("invades Iraq"), for the AI's narratives; null where the
     * generic "orders: …" will do.
     */
    default String verb(World w, Move m) {
        return null;
    }

    /** The name of the move's target state, or "" when it has none. */
    static String targetName(World w, Move m) {
        return m.target() == null ? "" : w.name(w.indexOf(m.target()));
    }

    /** False for kinds with controls of their own (the budget slider, the inbox's answers): not in the move list. */
    default boolean listed() {
        return true;
    }

    /** True if the move may move territory (so distances must be derived again in a preview). */
    default boolean changesGeometry() {
        return false;
    }
}
