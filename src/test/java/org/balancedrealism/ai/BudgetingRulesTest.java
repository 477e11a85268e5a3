package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.PastWar;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.balancedrealism.ai.AiMoveRulesKit.aggression;
import static org.balancedrealism.ai.AiMoveRulesKit.describe;
import static org.balancedrealism.ai.AiMoveRulesKit.find;
import static org.balancedrealism.ai.AiMoveRulesKit.lists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The military budget as a standing decision (ai.Budgeting): the peace dividend, armies home, mobilisation. */
class BudgetingRulesTest {
    /**
     * QUI, a mid-size state spending 5 % of GDP, with only a small neighbour (no threat above the bar for any doctrine),
     * and {@code quietTurns} turns of records in which its highest threat stayed at 0.1.
     */
    static World quietWorld(String doctrine, int quietTurns) {
        World w = TestWorlds.builder()
                .state("QUI", 1000, 50, 0.05).state("SML", 50, 5, 0.01).state("FAR", 300, 20, 0.02)
                .land("QUI", "SML").sea("SML", "FAR")
                .with("QUI", n -> n.doctrine = doctrine)
                .build(5);
        w.turn = quietTurns;
        for (int t = 1; t <= quietTurns; t++) {
            record(w, t, 0.1f);
        }
        Perception.refresh(w);
        return w;
    }

    /** A turn record in which every state's highest threat was {@code threat}. */
    static void record(World w, int turn, float threat) {
        int n = w.size();
        float[] t = new float[n];
        java.util.Arrays.fill(t, threat);
        w.history.add(new TurnStats(turn, new float[n], new float[n], new float[n], new float[n], t, new float[n]));
    }

    static Optional<AiPlayer.Scored> budget(World w, String state) {
        return find(w, state, MoveKind.SET_BUDGET, null);
    }

    @Test
    void aStateAtPeaceWithNoThreatCashesAPeaceDividend() {
        World w = quietWorld("balanced-realist", 10);
        var s = budget(w, "QUI");
        assertTrue(s.isPresent() && s.get().eu() > 0, "threat " + w.derived.maxThreat(0) + describe(w, "QUI"));
        // one step a turn, toward the share the economy carries without drag
        assertEquals(0.05 - w.rules.aiBudget.step, s.get().move().amount(), 1e-9);
    }

    @Test
    void theDividendWaitsUntilTheThreatHasStayedLowForSomeTurns() {
        World w = quietWorld("balanced-realist", 2);
        assertFalse(lists(w, "QUI", MoveKind.SET_BUDGET, null), describe(w, "QUI"));
    }

    @Test
    void aLiberalInstitutionalistCashesTheDividendFirst() {
        // after three quiet turns the liberal institutionalist trusts the peace; the balanced realist not yet
        assertTrue(budget(quietWorld("liberal-institutionalist", 3), "QUI").filter(s -> s.eu() > 0).isPresent());
        World w = quietWorld("balanced-realist", 3);
        assertFalse(lists(w, "QUI", MoveKind.SET_BUDGET, null), describe(w, "QUI"));
    }

    @Test
    void anOffensiveRealistKeepsItsForces() {
        World w = quietWorld("offensive-realist", 30);
        var s = budget(w, "QUI");
        assertTrue(s.isEmpty() || s.get().eu() <= 0, describe(w, "QUI"));
        assertFalse(find(w, "QUI", MoveKind.DEMOBILISE, null).filter(x -> x.eu() > 0).isPresent(), describe(w, "QUI"));
    }

    @Test
    void aThreatOnceAboveTheBarInTheQuietTurnsPostponesTheDividend() {
        World w = quietWorld("balanced-realist", 10);
        w.history.remove(7); // the record of turn 8, two turns ago: threatened then
        record(w, 8, 0.4f);
        w.history.sort(java.util.Comparator.comparingInt(TurnStats::turn));
        assertFalse(lists(w, "QUI", MoveKind.SET_BUDGET, null), describe(w, "QUI"));
    }

    @Test
    void aStateWithPreyNextDoorKeepsItsForces() {
        // the same quiet years, but a nationalist autocracy sees its small neighbour as prey: it keeps the forces to take it
        World w = quietWorld("balanced-realist", 10);
        var me = w.nation(w.indexOf("QUI"));
        me.regime = org.balancedrealism.model.Regime.AUTOCRACY;
        me.nationalism = 0.8;
        Perception.refresh(w);
        assertFalse(lists(w, "QUI", MoveKind.SET_BUDGET, null), describe(w, "QUI"));
    }

    @Test
    void noDividendBelowTheShareTheEconomyCarriesFreely() {
        World w = quietWorld("liberal-institutionalist", 10);
        w.nation(w.indexOf("QUI")).milexShare = w.rules.growth.milexFreeShare;
        assertFalse(lists(w, "QUI", MoveKind.SET_BUDGET, null), describe(w, "QUI"));
    }

    /** AGG, a large state, has just invaded VIC, its neighbour, which spends 2 % of GDP. */
    static World invaded() {
        World w = TestWorlds.builder()
                .state("AGG", 3000, 100, 0.05).state("VIC", 600, 40, 0.02).state("BYS", 400, 30, 0.02)
                .land("AGG", "VIC").land("VIC", "BYS")
                .build(7);
        Wars.declare(w, w.indexOf("AGG"), w.indexOf("VIC"), List.of("VIC"), false);
        aggression(w, "AGG", 60);
        return w;
    }

    @Test
    void aStateAtWarMobilisesByBudget() {
        World w = invaded();
        var s = budget(w, "VIC");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "VIC"));
        assertEquals(0.02 + w.rules.aiBudget.step, s.get().move().amount(), 1e-9, "one step toward the war budget");
    }

    @Test
    void aStateAtWarDoesNotCashADividend() {
        World w = invaded();
        int v = w.indexOf("VIC");
        w.nation(v).milexShare = 0.2; // above even the war budget
        assertFalse(lists(w, "VIC", MoveKind.SET_BUDGET, null), describe(w, "VIC"));
        assertFalse(lists(w, "VIC", MoveKind.DEMOBILISE, null), describe(w, "VIC"));
    }

    @Test
    void afterAWarEndsArmiesGoHome() {
        World w = quietWorld("balanced-realist", 1); // no quiet period behind it: the war just ended
        int q = w.indexOf("QUI");
        var me = w.nation(q);
        me.milexShare = 0.1;
        me.military = 3 * Budgeting.sustained(w, me.gdp, me.milexShare); // a war's forces
        me.warWeariness = 20;
        w.pastWars.add(new PastWar(q, w.indexOf("SML"), w.turn));
        Perception.refresh(w);
        var cut = budget(w, "QUI");
        assertTrue(cut.isPresent() && cut.get().eu() > 0 && cut.get().move().amount() < me.milexShare, describe(w, "QUI"));
        var demob = find(w, "QUI", MoveKind.DEMOBILISE, null);
        assertTrue(demob.isPresent() && demob.get().eu() > 0, describe(w, "QUI"));
    }

    @Test
    void armiesStayWhileTheFormerEnemyStillThreatens() {
        World w = quietWorld("balanced-realist", 1);
        int q = w.indexOf("QUI");
        w.nation(q).milexShare = 0.1;
        w.pastWars.add(new PastWar(w.indexOf("SML"), q, w.turn));
        aggression(w, "SML", 200);
        w.nation(w.indexOf("SML")).gdp = 1500; // grown into a match for it
        w.nation(w.indexOf("SML")).military = 2 * w.nation(q).military;
        Perception.refresh(w);
        assertTrue(w.derived.maxThreat(q) >= w.rules.threat.threatened, "threat " + w.derived.maxThreat(q));
        assertFalse(find(w, "QUI", MoveKind.SET_BUDGET, null).filter(s -> s.move().amount() < 0.1).isPresent(), describe(w, "QUI"));
        assertFalse(lists(w, "QUI", MoveKind.DEMOBILISE, null), describe(w, "QUI"));
    }

    @Test
    void inAiTurnsAQuietStateBringsItsBudgetDownToWhatTheEconomyCarriesFreely() {
        World w = quietWorld("balanced-realist", 0);
        for (var n : w.nations) {
            n.human = false;
        }
        var engine = new org.balancedrealism.engine.TurnEngine();
        var ai = new AiTurns();
        for (int t = 0; t < 12; t++) {
            engine.resolve(w, ai.orders(w));
        }
        double budget = w.nation(w.indexOf("QUI")).milexShare;
        assertEquals(w.rules.growth.milexFreeShare, budget, 1e-9, "after three quiet years");
    }
}
