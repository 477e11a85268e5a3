package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** Destroy part of a state's forces without a war: more the stronger and nearer the striker, up to a share. */
public final class LimitedStrike implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return Forces.reach(w, a, t) ? null : Sentence.of("reason.outOfReach", w.name(t));
    }

    /** The most one strike can destroy of {@code t}'s forces. */
    public static double cap(World w, int t) {
        return w.nation(t).military * w.rules.moveEffects.strikeMaxShare;
    }

    /** What a strike by {@code a} destroys of {@code t}'s forces: more the stronger and nearer the striker, up to the cap. */
    public static double damage(World w, Derived d, int a, int t) {
        Nation actor = w.nation(a);
        return Math.min(cap(w, t), w.rules.economy.strikeDamage * actor.military * Perception.gradient(actor, d.distance(a, t)));
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        Nation target = w.nation(t);
        double damage = damage(w, w.derived, a, t);
        target.military -= damage;
        Hostility.record(w, a, t, w.rules.hostility.limitedStrike);
        Events.all(w, EventKind.ACT_STRIKE, a, t, Sentence.of("event.strike", Events.nameLater(w, a), Events.nameLater(w, t), Events.f1Later(damage)), null);
    }
}
