package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;

/** Lift one's sanctions: the target thinks better of the sender. */
public final class LiftSanctions implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.sanctions(a, t) ? null : Sentence.of("reason.noSanctions", w.name(t));
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        w.sanctions.removeIfOf(a, s -> s.sender() == a && s.target() == t);
        w.opinion.add(t, a, w.rules.moveEffects.liftSanctionsOpinion);
        Events.all(w, EventKind.SANCTIONS_LIFTED, a, t, Sentence.of("event.sanctionsLifted", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }
}
