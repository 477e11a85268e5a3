package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * Demand a territory: an AI target yields when the demanding side would very likely win a war for it; otherwise
 * the demander loses face. Either way the demand is an act others remember.
 */
public final class Ultimatum implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        int terr = m.territory() == null ? -1 : w.territoryIndex(m.territory());
        return terr < 0 || w.territories[terr].owner() != t ? Sentence.of("reason.nameTerritory", w.name(t))
                : Wars.nuclearCore(w, w.territories[terr]) ? Sentence.of("reason.nuclearHomeland.demand", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        Rules.MoveEffects e = w.rules.moveEffects;
        int terr = w.territoryIndex(m.territory());
        Nation actor = w.nation(a);
        Nation target = w.nation(t);
        Hostility.record(w, a, t, w.rules.hostility.ultimatum);
        War hypothetical = new War();
        hypothetical.attackers.add(a);
        hypothetical.defenders.add(t);
        double p = Wars.winChance(Wars.strength(w, w.derived, hypothetical, true),
                Wars.strength(w, w.derived, hypothetical, false), w.rules.war.exponent);
        boolean yields = !target.human && p > w.rules.aiModifiers.ultimatumYieldChance;
        Sentence why = Sentence.of("why.ultimatum", Events.f2Later(p));
        if (yields) {
            target.prestige -= r.ultimatumPrestige * (e.ultimatumFaceBase + target.nationalism);
            actor.prestige += r.ultimatumPrestige * e.ultimatumGainShare;
            Events.all(w, EventKind.ACT_ULTIMATUM, a, t, Sentence.of("event.ultimatum.yields", Events.nameLater(w, t), Events.nameLater(w, a),
                    Events.territoryNameLater(w, m.territory())), why);
            Wars.annex(w, a, terr);
        } else {
            actor.prestige -= r.ultimatumPrestige * (e.ultimatumFaceBase + actor.nationalism);
            Events.all(w, EventKind.ACT_ULTIMATUM, a, t, Sentence.of("event.ultimatum.rejected", Events.nameLater(w, t),
                    Events.nameLater(w, a), Events.territoryNameLater(w, m.territory())), why);
        }
    }

    /** Offered with the target's homeland as the demand. */
    @Override
    public Move offer(World w, MoveKind kind, int a, int i) {
        return Forces.aimedAtHomeland(w, MoveRule.super.offer(w, kind, a, i), i);
    }

    @Override
    public boolean changesGeometry() {
        return true;
    }
}
