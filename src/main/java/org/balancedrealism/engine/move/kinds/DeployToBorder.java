package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.World;

/** Deploy forces to a state's border: deterrence, an act it remembers; a little prestige at home. */
public final class DeployToBorder implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return Double.isInfinite(w.derived.distance(a, t)) ? Sentence.of("reason.unreachable", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Hostility.record(w, a, t, w.rules.hostility.borderDeployment);
        w.nation(a).prestige += w.rules.moveEffects.deploymentPrestige;
        Events.all(w, EventKind.ACT_DEPLOYMENT, a, t, Sentence.of("event.deploy", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }
}
