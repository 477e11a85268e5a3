package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/**
 * Build up forces and raise the budget: others feel it (security dilemma), and under an arms-control treaty it is
 * cheating, caught with the rules' detection chance.
 */
public final class BuildUp implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Nation actor = w.nation(a);
        actor.military += w.rules.economy.buildUpShare * actor.gdp;
        actor.milexShare = Math.min(w.rules.moveEffects.maxMilexShare, actor.milexShare + w.rules.moveEffects.milexStep);
        Forces.armsRaceCheck(w, a, Sentence.of("event.buildUp.what"));
        for (int other = 0; other < w.size(); other++) {
            if (other != a && w.hasTreatyFast(TreatyType.ARMS_CONTROL, a, other)) {
                if (w.random.chance("arms-control verification", w.rules.diplomacy.cheatingDetection)) {
                    Hostility.record(w, a, other, w.rules.hostility.treatyBreach);
                    Events.all(w, EventKind.ACT_TREATY_BREACH, a, other, Sentence.of("event.armsControlCheat", Events.nameLater(w, other),
                            Events.nameLater(w, a)), Sentence.of("why.detection",
                            Events.pctLater(w.rules.diplomacy.cheatingDetection)));
                }
            }
        }
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.buildUp");
    }
}
