package org.balancedrealism.engine.move;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.io.RulesLoader;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each move kind's rules live in one class of engine.move.kinds, named after the kind, reading its figures from the rules file. */
class MoveKindRulesTest {

    private static World world() throws Exception {
        World w = TestWorlds.builder()
                .state("BIG", 8000, 200, 0.04).state("NBR", 600, 30, 0.02).state("FAR", 1500, 50, 0.03)
                .land("BIG", "NBR").sea("NBR", "FAR")
                .build(5);
        // a copy of the rules of its own: tests below change figures
        w.rules = RulesLoader.loadDefault();
        for (Nation n : w.nations) {
            n.actionPoints = 4;
            n.treasury = 5000;
        }
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    @Test
    void everyKindHasARuleClassOfItsOwnNamedAfterIt() {
        Set<Class<?>> classes = new HashSet<>();
        for (MoveKind k : MoveKind.values()) {
            Class<?> c = k.rule().getClass();
            assertTrue(classes.add(c), k + " shares its rule class");
            assertEquals("org.balancedrealism.engine.move.kinds", c.getPackageName());
            String expected = k.name().replace("_", "").toLowerCase(Locale.ROOT);
            assertEquals(expected, c.getSimpleName().toLowerCase(Locale.ROOT), k + " has a rule class named otherwise");
        }
    }

    @Test
    void anInvasionAndAnUltimatumAreOfferedAgainstTheHomeland() throws Exception {
        World w = world();
        int big = w.indexOf("BIG");
        int nbr = w.indexOf("NBR");
        assertEquals("NBR", MoveKind.INVADE.offer(w, big, nbr).territory());
        assertEquals("NBR", MoveKind.ULTIMATUM.offer(w, big, nbr).territory());
        assertNull(MoveKind.SANCTION.offer(w, big, nbr).territory());
    }

    @Test
    void homeMovesAreOfferedOnlyTowardOneselfAndMovesOnOthersNeverSo() throws Exception {
        World w = world();
        int big = w.indexOf("BIG");
        int nbr = w.indexOf("NBR");
        assertNotNull(MoveKind.INVEST_HOME.offer(w, big, big));
        assertNull(MoveKind.INVEST_HOME.offer(w, big, nbr));
        assertNull(MoveKind.INVADE.offer(w, big, big));
        assertNull(MoveKind.ACCEPT_PROPOSAL.offer(w, big, nbr), "offers are answered from the inbox");
    }

    @Test
    void theBudgetAndTheInboxAnswersAreNotInTheMoveList() {
        for (MoveKind k : MoveKind.values()) {
            boolean own = k == MoveKind.SET_BUDGET || k == MoveKind.ACCEPT_PROPOSAL || k == MoveKind.REJECT_PROPOSAL;
            assertEquals(!own, k.rule().listed(), k.name());
        }
    }

    @Test
    void onlyMovesThatCanTransferTerritoryChangeTheMap() {
        for (MoveKind k : MoveKind.values()) {
            boolean moves = k == MoveKind.ULTIMATUM || k == MoveKind.ACCEPT_PEACE || k == MoveKind.ACCEPT_PROPOSAL;
            assertEquals(moves, MoveRules.changesGeometry(Move.of(k, "BIG")), k.name());
        }
    }

    @Test
    void theInvestmentCeilingComesFromTheRulesFile() throws Exception {
        World w = world();
        w.rules.moveEffects.investCeiling = 0.05;
        w.nation(w.indexOf("BIG")).investShare = 0.05;
        List<String> reasons = MoveRules.check(w, Move.of(MoveKind.INVEST_HOME, "BIG"));
        assertEquals(List.of("Investment is already at its ceiling (5% of GDP)."), reasons);
    }

    @Test
    void theHighestBudgetComesFromTheRulesFile() throws Exception {
        World w = world();
        Move budget = Move.of(MoveKind.SET_BUDGET, "BIG").withAmount(0.2);
        assertEquals(List.of(), MoveRules.check(w, budget));
        w.rules.moveEffects.maxMilexShare = 0.1;
        assertEquals(List.of("The military budget must be between 0% and 10% of GDP."), MoveRules.check(w, budget));
    }

    @Test
    void aStrikeDestroysAtMostTheRulesShareOfTheTargetsForces() throws Exception {
        World w = world();
        w.rules.economy.strikeDamage = 1; // the striker's whole force would be far more than the cap
        w.rules.moveEffects.strikeMaxShare = 0.2;
        Nation nbr = w.nation(w.indexOf("NBR"));
        double before = nbr.military;
        assertEquals(List.of(), MoveRules.apply(w, Move.of(MoveKind.LIMITED_STRIKE, "BIG", "NBR")));
        assertEquals(before * 0.8, nbr.military, 1e-9);
    }

    @Test
    void aNeighbourIsInReachWhateverTheAttackersOwnReach() throws Exception {
        World w = world();
        int big = w.indexOf("BIG");
        w.nation(big).reach = 0;
        assertFalse(MoveRules.check(w, Move.of(MoveKind.LIMITED_STRIKE, "BIG", "NBR")).stream()
                .anyMatch(r -> r.contains("out of reach")));
        w.rules.moveEffects.neighbourReach = 0.5;
        assertTrue(MoveRules.check(w, Move.of(MoveKind.LIMITED_STRIKE, "BIG", "NBR")).stream()
                .anyMatch(r -> r.contains("out of reach")));
    }
}
