package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** Demobilise: fewer forces and a lower budget; the neighbours forget some of the hostility they hold. */
public final class Demobilise implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.nation(a).military < w.rules.moveEffects.demobiliseMinForces ? Sentence.of("reason.nothingToDemobilise") : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        actor.military *= 1 - w.rules.economy.demobiliseShare;
        actor.milexShare = Math.max(0, actor.milexShare - w.rules.moveEffects.milexStep);
        for (int i = 0; i < w.size(); i++) {
            if (i != a && Hostility.isNeighbour(w, i, a)) {
                Hostility.relieve(w, a, i, w.rules.moveEffects.demobiliseRelief);
            }
        }
        Events.all(w, EventKind.DEMOBILISE, a, -1, Sentence.of("event.demobilise", Events.nameLater(w, a)), null);
    }
}
