package org.balancedrealism.engine.move;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Events;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The one gate for moves: validation with reasons a player understands, costs, and application. The rules of each
 * kind live in its own class ({@link MoveKind#rule()}, engine.move.kinds); this gate does what all kinds share: it
 * resolves the actor and target, checks and pays action points and treasury, then calls the kind's rule.
 */
public final class MoveRules {
    private MoveRules() {
    }

    /** Action points the move costs. */
    public static int actionPoints(World w, Move m) {
        return actionPoints(w.moveCost(m.kind()));
    }

    /** Treasury cost in $bn. */
    public static double treasuryCost(World w, Move m) {
        int a = w.indexOf(m.actor());
        return a < 0 ? 0 : treasuryCost(w.moveCost(m.kind()), w.nation(a));
    }

    /**
     * Treasury cost in $bn of {@code m} made by {@code actor}, its acting state already at hand (the AI prices every
     * candidate of its own without looking itself up by id each time).
     */
    public static double treasuryCost(World w, Move m, Nation actor) {
        return treasuryCost(w.moveCost(m.kind()), actor);
    }

    private static int actionPoints(Rules.MoveCost c) {
        return c == null ? 1 : (int) Math.round(c.ap);
    }

    private static double treasuryCost(Rules.MoveCost c, Nation actor) {
        return c == null ? 0 : c.gdpShare * actor.gdp;
    }

    /**
     * Why the move cannot be made now; empty if it can. The reasons are written in words only when read: the AI asks
     * this of every candidate it weighs and only wants to know whether there is one.
     */
    public static List<String> check(World w, Move m) {
        List<Sentence> reasons = reasons(w, m);
        return reasons.isEmpty() ? List.of() : Sentence.inWords(reasons);
    }

    private static List<Sentence> reasons(World w, Move m) {
        if (m == null || m.kind() == null) {
            return List.of(Sentence.of("reason.noMove"));
        }
        int a = w.indexOf(m.actor());
        if (a < 0) {
            return List.of(Sentence.of("reason.unknownState", m.actor()));
        }
        Nation actor = w.nation(a);
        if (!actor.alive) {
            return List.of(Sentence.of("reason.gone", w.name(a)));
        }
        int t = -1;
        if (m.kind().needsOtherState()) {
            t = m.target() == null ? -1 : w.indexOf(m.target());
            if (t < 0) {
                return List.of(Sentence.of("reason.chooseState", m.kind().label().toLowerCase(Texts.locale())));
            }
            if (t == a) {
                return List.of(Sentence.of("reason.notToItself"));
            }
            if (!w.nation(t).alive) {
                return List.of(Sentence.of("reason.gone", w.name(t)));
            }
        }
        List<Sentence> reasons = null;
        Rules.MoveCost costs = w.moveCost(m.kind());
        int ap = actionPoints(costs);
        if (actor.actionPoints < ap) {
            reasons = new ArrayList<>(3);
            reasons.add(Sentence.of(ap == 1 ? "reason.actionPoint" : "reason.actionPoints", String.valueOf(ap), String.valueOf(actor.actionPoints)));
        }
        double cost = treasuryCost(costs, actor);
        if (cost > 0 && actor.treasury < cost) {
            reasons = reasons == null ? new ArrayList<>(2) : reasons;
            reasons.add(Sentence.of("reason.cost", Events.f1(cost), Events.f1(actor.treasury)));
        }
        Sentence specific = m.kind().rule().check(w, m, a, t);
        if (specific != null) {
            reasons = reasons == null ? new ArrayList<>(1) : reasons;
            reasons.add(specific);
        }
        return reasons == null ? List.of() : reasons;
    }

    /**
     * Validates and applies a move: pays its costs and carries out its rule. Returns the reasons it failed, or
     * an empty list. A failed move changes nothing.
     */
    public static List<String> apply(World w, Move m) {
        List<String> reasons = check(w, m);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        int a = w.indexOf(m.actor());
        int t = m.kind().needsOtherState() ? w.indexOf(m.target()) : -1;
        Nation actor = w.nation(a);
        actor.actionPoints -= actionPoints(w, m);
        actor.treasury -= treasuryCost(w, m);
        m.kind().rule().apply(w, m, a, t);
        return reasons;
    }

    /** True if the move may move territory (so distances must be derived again in a preview). */
    public static boolean changesGeometry(Move m) {
        return m.kind().rule().changesGeometry();
    }
}
