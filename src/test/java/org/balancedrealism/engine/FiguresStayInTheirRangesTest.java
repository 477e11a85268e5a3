package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long-game cases of issue 11 ("nothing absurd"): every figure with a documented range is kept in it by
 * {@link Bounds} at the end of every turn, and what a long game keeps (chart figures, the event log) stays bounded.
 */
class FiguresStayInTheirRangesTest {
    private final TurnEngine engine = new TurnEngine();

    @Test
    void developmentAidCannotPushOpinionPastItsCeiling() {
        World w = TestGames.world(3);
        Rules.Bounds b = w.rules.bounds;
        w.opinion.set(1, 0, b.opinionMax - 1); // BBB already thinks the world of AAA
        for (int turn = 0; turn < 5; turn++) {
            engine.resolve(w, List.of(Move.of(MoveKind.DEVELOPMENT_AID, "AAA", "BBB")));
            assertTrue(w.opinion.get(1, 0) <= b.opinionMax, "opinion " + w.opinion.get(1, 0));
        }
        assertEquals(List.of(), Bounds.violations(w));
    }

    @Test
    void gdpAndTreasuryGrowthIsBoundedEvenWhenItCompoundsForHundredsOfTurns() {
        World w = TestGames.world(4);
        w.maxTurns = 400;
        for (int turn = 0; turn < 300; turn++) {
            for (Nation n : w.nations) {
                n.growth = 1; // the fastest growth a state can have, every turn
                n.treasury += n.gdp;
            }
            engine.resolve(w, List.of());
            assertEquals(List.of(), Bounds.violations(w), "turn " + w.turn);
        }
        Rules.Bounds b = w.rules.bounds;
        for (Nation n : w.nations) {
            assertTrue(Double.isFinite(n.gdp) && n.gdp <= b.gdpPerCapitaMax * b.populationMax, n.id + " gdp " + n.gdp);
            assertTrue(n.treasury <= b.treasuryPerGdpMax * n.gdp, n.id + " treasury " + n.treasury);
        }
        for (TurnStats s : w.history) {
            for (float g : s.gdp()) {
                assertTrue(Float.isFinite(g), "chart figures stay finite");
            }
        }
    }

    @Test
    void figuresThatAreNotNumbersOrHugeAreBroughtBackInOnePlace() {
        World w = TestGames.world(5);
        Nation n = w.nation(0);
        n.population = 1e308;
        n.gdp = Double.POSITIVE_INFINITY;
        n.treasury = Double.NaN;
        n.stability = -5;
        w.opinion.set(0, 1, 540);
        w.opinion.set(1, 0, Double.NaN);
        Bounds.enforce(w);
        assertEquals(List.of(), Bounds.violations(w));
        assertEquals(w.rules.bounds.opinionMax, w.opinion.get(0, 1));
        assertEquals(w.rules.bounds.opinionMin, w.opinion.get(1, 0), "not a number becomes the low end");
    }

    @Test
    void aidAndDebtBacklashEventsLeaveTheLogOnceItIsFull() {
        World w = TestGames.world(6);
        int max = (int) w.rules.bounds.logMax;
        w.log.clear();
        for (int k = 0; k < max + 50; k++) {
            String kind = k % 2 == 0 ? EventKind.AID.id() : EventKind.DEBT_BACKLASH.id();
            w.log.add(new GameEvent(1 + k / 100, kind, "AAA", "BBB", Visibility.ALL, List.of(), "event " + k, ""));
        }
        Bounds.enforce(w);
        assertEquals(max, w.log.size());
        assertEquals("event 50", w.log.get(0).text(), "the oldest go first");
    }

    @Test
    void theChartHistoryOfAVeryLongGameKeepsABoundedNumberOfTurnsSpanningItAll() {
        World w = TestGames.world(7);
        int full = (int) w.rules.bounds.historyFullTurns;
        int n = w.size();
        List<TurnStats> kept = new ArrayList<>();
        for (int t = 1; t <= 20_000; t++) {
            float[] z = new float[n];
            w.history.add(new TurnStats(t, z, z, z, z, z, z));
            w.turn = t;
            if (t % 97 == 0 || t == 20_000) {
                Bounds.enforce(w);
                assertTrue(w.history.size() <= 2 * full + 1, w.history.size() + " turns kept at turn " + t);
            }
        }
        kept.addAll(w.history);
        assertEquals(20_000, kept.get(kept.size() - 1).turn(), "the last turn is kept");
        assertTrue(kept.get(0).turn() <= 20_000 / full * 2, "the first kept turn is near the start: " + kept.get(0).turn());
        for (int k = 1; k < kept.size(); k++) {
            assertTrue(kept.get(k).turn() > kept.get(k - 1).turn(), "turns stay in order");
        }
    }
}
