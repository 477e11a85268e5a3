package org.balancedrealism.ai;

import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** War aims chosen at the start and limited by the cause, and pressed by the winner (DESIGN §5.1). */
class WarAimsRulesTest {

    /**
     * BIG, a strong democracy with no appetite for prey, wronged long ago by its weak neighbour WEE; WEE holds the
     * land of LST (annexed from it) if {@code disputedLand}; BIG and WEE are allies if {@code allies}.
     */
    private static World grievance(boolean disputedLand, boolean allies) {
        TestWorlds b = TestWorlds.builder()
                .state("BIG", 5000, 100, 0.03).state("WEE", 300, 20, 0.01).state("LST", 100, 5, 0.01)
                .land("BIG", "WEE").land("WEE", "LST")
                .with("BIG", n -> {
                    n.nationalism = 0.0;
                    n.regime = "democracy";
                });
        if (allies) {
            b.alliance("BIG", "WEE");
        }
        World w = b.build(1);
        int big = w.indexOf("BIG"), wee = w.indexOf("WEE");
        if (disputedLand) {
            Wars.annex(w, wee, w.territoryIndex("LST"));
        }
        w.memory.set(wee, big, 40);
        w.nation(wee).lastAggressionTurn = -1000;
        w.nation(wee).lastActTurn = -1000;
        org.balancedrealism.engine.Perception.refresh(w);
        assertTrue(w.derived.threat(big, wee) < w.rules.threat.threatened, "the grievance, not a threat, is the cause");
        return w;
    }

    private static List<Move> invasions(World w, String state) {
        AiPlayer.Context c = new AiPlayer.Context(w, w.indexOf(state), null);
        return Candidates.of(c).stream().filter(m -> m.kind() == MoveKind.INVADE).toList();
    }

    @Test
    void aGrievanceWarAimsAtTheDisputedTerritoriesNotTheWholeState() {
        World w = grievance(true, false);
        List<Move> wars = invasions(w, "BIG");
        assertEquals(1, wars.size(), wars.toString());
        assertEquals("WEE", wars.get(0).target());
        assertEquals("LST", wars.get(0).territory(), "the land in dispute, not WEE's homeland");
    }

    @Test
    void aGrievanceWithNothingInDisputeIsFoughtForReparationsNotTheWholeState() {
        World w = grievance(false, false);
        List<Move> wars = invasions(w, "BIG");
        assertEquals(1, wars.size(), wars.toString());
        assertNull(wars.get(0).territory());
        assertTrue(wars.get(0).amount() > 0, "reparations asked");
        // the engine declares a war with no land among its aims, so victory buys reparations, never the homeland
        assertTrue(org.balancedrealism.engine.move.MoveRules.check(w, wars.get(0)).isEmpty());
        org.balancedrealism.engine.move.MoveRules.apply(w, wars.get(0));
        War war = w.warBetween(w.indexOf("BIG"), w.indexOf("WEE"));
        assertNotNull(war);
        assertTrue(war.aims.isEmpty(), war.aims.toString());
        var terms = Wars.bestTerms(w, war, 100);
        assertTrue(terms.territories().isEmpty());
        assertTrue(terms.reparations() > 0);
        Move pressed = Candidates.pressedTerms(w, war, w.indexOf("BIG"), w.indexOf("WEE"), w.rules.war.pressScore, false);
        assertNotNull(pressed, "its aim is reparations: it presses for them as soon as its score allows");
        assertTrue(pressed.territory() == null && pressed.amount() > 0, pressed.toString());
    }

    @Test
    void anAllyIsNeverAGrievanceTarget() {
        World w = grievance(true, true);
        assertTrue(invasions(w, "BIG").isEmpty());
        AiPlayer.Context c = new AiPlayer.Context(w, w.indexOf("BIG"), null);
        assertEquals(WarAims.Cause.NONE, WarAims.cause(c, w.indexOf("WEE"), 100));
    }

    @Test
    void aStateItsAllyProtectsIsNotATarget() {
        // BIG's ally GRD guarantees WEE: BIG's grievance against WEE is left to the alliance
        World w = TestWorlds.builder()
                .state("BIG", 5000, 100, 0.03).state("WEE", 300, 20, 0.01).state("GRD", 3000, 60, 0.03)
                .land("BIG", "WEE").land("GRD", "BIG").alliance("BIG", "GRD")
                .with("BIG", n -> {
                    n.nationalism = 0.0;
                    n.regime = "democracy";
                })
                .scenario(sc -> sc.treaties.add(guarantee("GRD", "WEE")))
                .build(1);
        w.memory.set(w.indexOf("WEE"), w.indexOf("BIG"), 40);
        org.balancedrealism.engine.Perception.refresh(w);
        AiPlayer.Context c = new AiPlayer.Context(w, w.indexOf("BIG"), null);
        assertEquals(WarAims.Cause.NONE, WarAims.cause(c, w.indexOf("WEE"), 100));
        assertTrue(invasions(w, "BIG").isEmpty());
    }

    private static org.balancedrealism.model.scenario.Scenario.TreatySpec guarantee(String guarantor, String protege) {
        var t = new org.balancedrealism.model.scenario.Scenario.TreatySpec();
        t.type = "guarantee";
        t.a = guarantor;
        t.b = protege;
        return t;
    }

    @Test
    void preyNextDoorIsFoughtForTheHomeland() {
        World w = TestWorlds.builder().state("BIG", 5000, 100, 0.03).state("WEE", 1000, 20, 0.01)
                .land("BIG", "WEE").with("BIG", n -> n.doctrine = "offensive-realist").build(1);
        List<Move> wars = invasions(w, "BIG");
        assertEquals(1, wars.size(), wars.toString());
        assertNull(wars.get(0).territory(), "no territory named: the engine takes the target's homeland");
    }

    /** BIG at war with WEE for WEE's homeland, with this war score. */
    private static War war(World w, double score) {
        War war = Wars.declare(w, w.indexOf("BIG"), w.indexOf("WEE"), List.of("WEE"), false);
        war.warscore = score;
        return war;
    }

    @Test
    void aWinningAttackerPressesItsAims() {
        World w = grievance(false, false);
        int big = w.indexOf("BIG"), wee = w.indexOf("WEE");
        double homeland = w.rules.war.homelandCost;
        War war = war(w, homeland - 20);
        assertTrue(homeland - 20 >= w.rules.war.pressScore, "winning, but not yet able to buy its aim");
        assertNull(Candidates.pressedTerms(w, war, big, wee, war.warscore, false),
                "it fights on for its aim rather than settle for reparations");
        war.warscore = homeland + 1;
        Move terms = Candidates.pressedTerms(w, war, big, wee, war.warscore, false);
        assertNotNull(terms);
        assertEquals("WEE", terms.territory(), "once its score buys the aim, it demands it");
    }

    @Test
    void aTiringWinnerSettlesForWhatItsScoreBuys() {
        World w = grievance(false, false);
        int big = w.indexOf("BIG"), wee = w.indexOf("WEE");
        War war = war(w, w.rules.war.homelandCost - 20);
        Move terms = Candidates.pressedTerms(w, war, big, wee, war.warscore, true);
        assertNotNull(terms);
        assertNull(terms.territory());
        assertTrue(terms.amount() > 0, "reparations");
    }

    @Test
    void theWarsExpectedLengthIsTheTimeToBuyItsAims() {
        World w = grievance(false, false);
        double p = 0.9;
        double homeland = MoveValues.expectedLength(w, p, w.rules.war.homelandCost);
        double territory = MoveValues.expectedLength(w, p, w.rules.war.territoryCost);
        assertTrue(homeland > territory, homeland + " vs " + territory);
    }
}
