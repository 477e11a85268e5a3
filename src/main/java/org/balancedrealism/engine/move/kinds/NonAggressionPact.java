package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/** Propose a non-aggression pact: the other side answers by its rules (engine.Reactions). */
public final class NonAggressionPact implements MoveRule {
    @Override
    public String check(World w, Move m, int a, int t) {
        return w.hasTreaty(TreatyType.NON_AGGRESSION, a, t) ? Texts.get("reason.alreadyPact", w.name(t))
                : w.atWar(a, t) ? Texts.get("reason.atWar.peaceFirst", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposals.offer(w, ProposalKind.NON_AGGRESSION, a, t, -1, null);
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.nonAggression", MoveRule.targetName(w, m));
    }
}
