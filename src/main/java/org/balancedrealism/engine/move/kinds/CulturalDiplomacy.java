package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** Invest in soft power: each point costs more the more the state already has. */
public final class CulturalDiplomacy implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        actor.softPower = SoftPower.after(w, actor.softPower, w.rules.diplomacy.culturalSoftPower);
        Events.parties(w, EventKind.MOVE, a, -1, Sentence.of("event.culturalDiplomacy", Events.nameLater(w, a), Events.f1Later(actor.softPower)), null);
    }
}
