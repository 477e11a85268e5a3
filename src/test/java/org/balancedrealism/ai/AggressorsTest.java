package org.balancedrealism.ai;

import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leaders of the answers to an aggressor are found once a turn ({@link Aggressors}) instead of by every state
 * that asks; each state must still get the answer the rule gives when it asks for itself: it leads unless another
 * state the rule names comes before it.
 */
class AggressorsTest {
    @Test
    void eachStateCondemnsAndLeadsTheAnswersExactlyWhenNoStateTheRuleNamesComesBeforeIt() throws Exception {
        World w = Games.load("modern-world").newWorld(5);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        int asked = 0;
        for (int t = 0; t < 6; t++) {
            Aggressors aggressors = Aggressors.of(w);
            for (int j : aggressors.list()) {
                assertTrue(Hostility.recentAggressor(w, j) && w.nation(j).alive, w.id(j));
                for (int i = 0; i < w.size(); i++) {
                    if (i == j || !w.nation(i).alive || w.nation(i).human) {
                        continue;
                    }
                    String where = "turn " + (w.turn + 1) + ", " + w.id(i) + " against " + w.id(j);
                    assertEquals(condemnsAs(w, i, j), aggressors.condemns(i, j), where + ": condemns");
                    assertEquals(leadsSanctions(w, i, j), aggressors.leadsSanctions(w, i, j), where + ": sanctions");
                    assertEquals(leadsResolution(w, i, j), aggressors.leadsResolution(w, i, j), where + ": resolution");
                    asked++;
                }
            }
            turns.playTurn(w, engine);
        }
        assertTrue(asked > 100, "questions asked: " + asked);
    }

    /** The rule as each state asked it for itself: no other threatened condemner not yet sanctioning j has more power. */
    private static boolean leadsSanctions(World w, int i, int j) {
        var d = w.derived;
        for (int k = 0; k < w.size(); k++) {
            if (k == i || w.nation(k).human || !condemnsAs(w, k, j) || w.sanctions(k, j)
                    || d.threat(k, j) < w.rules.threat.threatened) {
                continue;
            }
            if (d.power[k] > d.power[i] || d.power[k] == d.power[i] && k < i) {
                return false;
            }
        }
        return true;
    }

    /** No other condemner that uses institutions and holds no mandate has more soft power. */
    private static boolean leadsResolution(World w, int i, int j) {
        for (int k = 0; k < w.size(); k++) {
            if (k == i || w.nation(k).human || !condemnsAs(w, k, j) || w.nation(k).legitimacyTurns > 0
                    || !SoftBalancing.usesInstitutions(w.rules.doctrine(w.nation(k).doctrine).alignmentStyle)) {
                continue;
            }
            double mine = w.nation(i).softPower, theirs = w.nation(k).softPower;
            if (theirs > mine || theirs == mine && k < i) {
                return false;
            }
        }
        return true;
    }

    private static boolean condemnsAs(World w, int k, int j) {
        return k != j && w.nation(k).alive && w.memory.get(j, k) >= w.rules.coalition.minHostility
                && !w.hasTreaty(TreatyType.ALLIANCE, k, j) && !w.atWar(k, j);
    }
}
