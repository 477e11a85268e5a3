package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/** Denounce a state in public: its soft power falls, and those who think well of the denouncer think worse of it. */
public final class Denounce implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        Rules.MoveEffects e = w.rules.moveEffects;
        Nation target = w.nation(t);
        target.softPower = Math.max(0, target.softPower - e.denounceSoftPower);
        w.opinion.add(a, t, -r.denounceOpinion);
        for (int i = 0; i < w.size(); i++) {
            if (i != a && i != t && w.opinion.get(i, a) > e.denounceFollowerOpinion) {
                w.opinion.set(i, t, Hostility.clampOpinion(w.opinion.get(i, t) - r.denounceOpinion * e.denounceFollowShare));
            }
        }
        Events.all(w, EventKind.DENOUNCE, a, t, Sentence.of("event.denounce", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }
}
