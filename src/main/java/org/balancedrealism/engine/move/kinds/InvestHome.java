package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** Invest at home: investment rises toward its ceiling; faster growth, paid from the treasury. */
public final class InvestHome implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        double ceiling = w.rules.moveEffects.investCeiling;
        return w.nation(a).investShare >= ceiling
                ? Sentence.of("reason.investCeiling", String.valueOf(Math.round(ceiling * 100))) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        actor.investShare = Math.min(w.rules.moveEffects.investCeiling, actor.investShare + w.rules.economy.investBoost);
        Events.parties(w, EventKind.MOVE, a, -1, Sentence.of("event.investHome", Events.nameLater(w, a), Events.pctLater(actor.investShare)), null);
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.investHome");
    }
}
