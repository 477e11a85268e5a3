package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** Set the military budget (share of GDP, in the move's amount): a rise is arming that the world sees. */
public final class SetBudget implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        double max = w.rules.moveEffects.maxMilexShare;
        return m.amount() < 0 || m.amount() > max
                ? Sentence.of("reason.budgetRange", String.valueOf(Math.round(max * 100))) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        double before = actor.milexShare;
        actor.milexShare = m.amount();
        if (m.amount() > before + 1e-9) {
            // a higher budget is an armament like a build-up: the world sees it (security dilemma)
            Forces.armsRaceCheck(w, a, Sentence.of("event.raiseBudget.what", Events.pctLater(before), Events.pctLater(m.amount())));
        } else {
            Events.parties(w, EventKind.MOVE, a, -1, Sentence.of("event.setBudget", Events.nameLater(w, a), Events.pctLater(m.amount())), null);
        }
    }

    /** The budget has a slider of its own. */
    @Override
    public boolean listed() {
        return false;
    }
}
