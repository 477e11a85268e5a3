package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/**
 * Proposing only puts the question (§4.4): the coalition forms if the same rule that forms coalitions passes with
 * the proposer leading; otherwise the call fails with the reason.
 */
public final class ProposeCoalition implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return w.coalitionAgainst(t) != null ? Sentence.of("reason.coalitionExists", w.name(t))
                : w.hasTreaty(TreatyType.ALLIANCE, a, t) ? Sentence.of("reason.alliedWith", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Coalitions.Plan plan = Coalitions.plan(w, w.derived, t, Perception.column(w.derived, t), false, a);
        if (plan.forms()) {
            Coalitions.form(w, plan, w.name(a));
        } else {
            Events.all(w, EventKind.COALITION_FAILED, a, t, Sentence.of("event.coalitionFailed", Events.nameLater(w, a), Events.nameLater(w, t)),
                    Sentence.plain(Coalitions.whyNot(w, plan)));
        }
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.proposeCoalition", MoveRule.targetName(w, m));
    }
}
