package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/** Propose arms control: the other side answers by its rules (engine.Reactions); building up under it is cheating. */
public final class ArmsControl implements MoveRule {
    @Override
    public String check(World w, Move m, int a, int t) {
        return w.hasTreaty(TreatyType.ARMS_CONTROL, a, t) ? Texts.get("reason.alreadyArmsControl", w.name(t))
                : w.atWar(a, t) ? Texts.get("reason.atWar", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Proposals.offer(w, ProposalKind.ARMS_CONTROL, a, t, -1, null);
    }
}
