package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

/** Arm a state at war without fighting: its enemies remember it as they would a deployment. */
public final class ProxyAid implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return !w.atWar(t) ? Sentence.of("reason.targetNotAtWar", w.name(t)) : w.atWar(a) && w.warBetween(a, t) != null
                ? Sentence.of("reason.atWar", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        double amount = w.rules.economy.proxyShare * actor.milexShare * actor.gdp;
        w.nation(t).military += amount;
        actor.treasury -= amount * w.rules.moveEffects.proxyTreasuryShare;
        for (War war : w.wars) {
            if (war.involves(t)) {
                for (int enemy : war.enemiesOf(t)) {
                    Hostility.record(w, a, enemy, w.rules.hostility.borderDeployment);
                }
            }
        }
        Events.all(w, EventKind.PROXY_AID, a, t, Sentence.of("event.proxyAid", Events.nameLater(w, a), Events.f1Later(amount), Events.nameLater(w, t)), null);
    }
}
