package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.Condemnation;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * Ask the world for a mandate against a state: a vote (engine.Condemnation); a passed resolution gives the proposer
 * legitimacy for a while (humanitarian intervention) and costs the target soft power.
 */
public final class UnResolution implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Rules.Diplomacy r = w.rules.diplomacy;
        Condemnation.Vote vote = Condemnation.vote(w, a, t);
        boolean passed = vote.passed(w);
        Sentence why = Sentence.of("why.resolution", vote.tallySentence(), Events.pctLater(r.resolutionMajority));
        if (passed) {
            w.nation(a).legitimacyTurns = (int) r.resolutionTurns;
            w.nation(t).softPower = Math.max(0, w.nation(t).softPower - w.rules.moveEffects.resolutionSoftPower);
            Events.all(w, EventKind.RESOLUTION_PASSED, a, t, Sentence.of("event.resolution.passed", Events.nameLater(w, t), Events.nameLater(w, a)), why);
        } else {
            Events.all(w, EventKind.RESOLUTION_FAILED, a, t, Sentence.of("event.resolution.failed", Events.nameLater(w, t), Events.nameLater(w, a)), why);
        }
    }
}
