package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/** Mediate a war between others (the move's subject): white peace if it works, more likely with soft power. */
public final class Mediate implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        War war = w.war(m.subject());
        return war == null ? Sentence.of("reason.chooseWar") : war.involves(a) ? Sentence.of("reason.mediateOwnWar") : null;
    }

    /** The chance that {@code mediator}'s mediation works: the rules' base, more with soft power. */
    public static double chance(World w, Nation mediator) {
        Rules.MoveEffects e = w.rules.moveEffects;
        return w.rules.diplomacy.mediationSuccess * (e.mediationBase + mediator.softPower / e.mediationSoftPowerScale);
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.MoveEffects e = w.rules.moveEffects;
        War war = w.war(m.subject());
        Nation actor = w.nation(a);
        double chance = chance(w, actor);
        if (w.random.chance("mediation", chance)) {
            actor.prestige += e.mediationPrestige;
            actor.softPower = Math.min(100, actor.softPower + e.mediationSoftPower);
            Wars.conclude(w, war, PeaceTerms.whitePeace(), false, Sentence.of("why.mediated", Events.nameLater(w, a), Events.pctLater(chance)));
        } else {
            Events.all(w, EventKind.MEDIATION_FAILED, a, war.attackerLeader(), Sentence.of("event.mediationFailed", Events.nameLater(w, a), war.name),
                    Sentence.of("why.chance", Events.pctLater(chance)));
        }
    }
}
