package org.balancedrealism.engine.move;

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
        Rules.MoveCost c = w.rules.cost(m.kind().name());
        return c == null ? 1 : (int) Math.round(c.ap);
    }

    /** Treasury cost in $bn. */
    public static double treasuryCost(World w, Move m) {
        Rules.MoveCost c = w.rules.cost(m.kind().name());
        int a = w.indexOf(m.actor());
        return c == null || a < 0 ? 0 : c.gdpShare * w.nation(a).gdp;
    }

    /** Why the move cannot be made now; empty if it can. */
    public static List<String> check(World w, Move m) {
        List<String> reasons = new ArrayList<>();
        if (m == null || m.kind() == null) {
            reasons.add(Texts.get("reason.noMove"));
            return reasons;
        }
        int a = w.indexOf(m.actor());
        if (a < 0) {
            reasons.add(Texts.get("reason.unknownState", m.actor()));
            return reasons;
        }
        Nation actor = w.nation(a);
        if (!actor.alive) {
            reasons.add(Texts.get("reason.gone", w.name(a)));
            return reasons;
        }
        int t = -1;
        if (m.kind().needsOtherState()) {
            t = m.target() == null ? -1 : w.indexOf(m.target());
            if (t < 0) {
                reasons.add(Texts.get("reason.chooseState", m.kind().label().toLowerCase(Texts.locale())));
                return reasons;
            }
            if (t == a) {
                reasons.add(Texts.get("reason.notToItself"));
                return reasons;
            }
            if (!w.nation(t).alive) {
                reasons.add(Texts.get("reason.gone", w.name(t)));
                return reasons;
            }
        }
        int ap = actionPoints(w, m);
        if (actor.actionPoints < ap) {
            reasons.add(Texts.get(ap == 1 ? "reason.actionPoint" : "reason.actionPoints", String.valueOf(ap), String.valueOf(actor.actionPoints)));
        }
        double cost = treasuryCost(w, m);
        if (cost > 0 && actor.treasury < cost) {
            reasons.add(Texts.get("reason.cost", Events.f1(cost), Events.f1(actor.treasury)));
        }
        String specific = m.kind().rule().check(w, m, a, t);
        if (specific != null) {
            reasons.add(specific);
        }
        return reasons;
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
