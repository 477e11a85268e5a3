package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/** A summit: both sides think better of each other, forget some hostility and trust more. */
public final class ImproveRelations implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.atWar(a, t) ? Sentence.of("reason.atWar.peaceFirst", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        w.opinion.set(a, t, Hostility.clampOpinion(w.opinion.get(a, t) + r.summitOpinion));
        w.opinion.set(t, a, Hostility.clampOpinion(w.opinion.get(t, a) + r.summitOpinion));
        Hostility.relieve(w, a, t, r.summitHostilityRelief);
        Hostility.relieve(w, t, a, r.summitHostilityRelief);
        w.trust.set(a, t, Math.min(1, w.trust.get(a, t) + r.summitTrust));
        w.trust.set(t, a, Math.min(1, w.trust.get(t, a) + r.summitTrust));
        Events.all(w, EventKind.SUMMIT, a, t, Sentence.of("event.summit", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.improveRelations", MoveRule.targetName(w, m));
    }
}
