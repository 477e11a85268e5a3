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

/** Damage a state's economy; exposed with the rules' chance (then an act everyone sees), else known to the two only. */
public final class CyberOperation implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Economy r = w.rules.economy;
        Nation actor = w.nation(a);
        Nation target = w.nation(t);
        double damage = target.gdp * r.cyberDamage;
        target.gdp -= damage;
        if (w.random.chance("cyber exposure", r.cyberExposure)) {
            Hostility.record(w, a, t, w.rules.hostility.cyberExposed);
            Events.all(w, EventKind.ACT_CYBER, a, t, Sentence.of("event.cyberTraced", Events.nameLater(w, t), Events.nameLater(w, a)),
                    Sentence.joined("damage $", Events.f1Later(damage), "bn"));
        } else {
            Events.parties(w, EventKind.CYBER, a, -1, Sentence.of("event.cyberUndetected", Events.nameLater(w, t), Events.f1Later(damage)), null);
            Events.parties(w, EventKind.CYBER, t, -1, Sentence.of("event.cyberUnknown", Events.nameLater(w, t)), null);
        }
    }
}
