package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/** Guarantee a state's independence: a promise to defend it, which it welcomes. */
public final class Guarantee implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.guarantees(a, t) ? Sentence.of("reason.alreadyGuarantee", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        w.treaties.add(new Treaty(TreatyType.GUARANTEE, a, t, w.turn + 1, null));
        w.opinion.add(t, a, w.rules.moveEffects.guaranteeOpinion);
        Events.all(w, EventKind.TREATY, a, t, Sentence.of("event.guarantee", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }
}
