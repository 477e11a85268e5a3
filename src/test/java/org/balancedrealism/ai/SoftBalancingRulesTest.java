package org.balancedrealism.ai;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.balancedrealism.ai.AiMoveRulesKit.aggression;
import static org.balancedrealism.ai.AiMoveRulesKit.describe;
import static org.balancedrealism.ai.AiMoveRulesKit.find;
import static org.balancedrealism.ai.AiMoveRulesKit.lists;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Soft balancing against a recent aggressor (ai.SoftBalancing): denounce, resolution, sanctions with partners, mandate. */
class SoftBalancingRulesTest {
    /** AGG borders BAL (balanced realist), LIB (liberal institutionalist) and VIC; everyone fears AGG. */
    static World neighbourhood(long seed) {
        return TestWorlds.builder()
                .state("AGG", 3000, 100, 0.04).state("BAL", 1000, 50, 0.02).state("LIB", 1500, 50, 0.02)
                .state("VIC", 300, 20, 0.02).state("PAR", 1000, 50, 0.02)
                .land("AGG", "BAL").land("AGG", "LIB").land("AGG", "VIC").land("AGG", "PAR").land("BAL", "LIB")
                .with("AGG", n -> n.doctrine = "offensive-realist")
                .with("LIB", n -> n.doctrine = "liberal-institutionalist")
                .build(seed);
    }

    @Test
    void aThreatenedStateDenouncesARecentAggressorItRemembers() {
        World w = neighbourhood(1);
        aggression(w, "AGG", 40);
        var s = find(w, "BAL", MoveKind.DENOUNCE, "AGG");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "BAL"));
    }

    @Test
    void noDenunciationWithoutRecentAggression() {
        World w = neighbourhood(1);
        assertFalse(lists(w, "BAL", MoveKind.DENOUNCE, "AGG"), describe(w, "BAL"));
        assertFalse(lists(w, "BAL", MoveKind.MULTILATERAL_SANCTION, "AGG"), describe(w, "BAL"));
        assertFalse(lists(w, "LIB", MoveKind.UN_RESOLUTION, "AGG"), describe(w, "LIB"));
    }

    @Test
    void noSecondDenunciationWhileTheFirstStands() {
        World w = neighbourhood(1);
        aggression(w, "AGG", 40);
        org.balancedrealism.engine.move.MoveRules.apply(w, AiMoveRulesKit.move(MoveKind.DENOUNCE, "BAL", "AGG"));
        assertFalse(lists(w, "BAL", MoveKind.DENOUNCE, "AGG"), describe(w, "BAL"));
    }

    @Test
    void theInstitutionalistWithTheMostSoftPowerAsksForAResolutionTheVoteWouldPass() {
        World w = neighbourhood(1);
        w.nation(w.indexOf("LIB")).softPower = 60;
        aggression(w, "AGG", 40);
        var s = find(w, "LIB", MoveKind.UN_RESOLUTION, "AGG");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "LIB"));
        // one voice: BAL, with less soft power, leaves the resolution to LIB
        assertFalse(lists(w, "BAL", MoveKind.UN_RESOLUTION, "AGG"), describe(w, "BAL"));
    }

    @Test
    void noResolutionWhenTheStateAlreadyHoldsAMandate() {
        World w = neighbourhood(1);
        w.nation(w.indexOf("LIB")).softPower = 60;
        w.nation(w.indexOf("LIB")).legitimacyTurns = 4;
        aggression(w, "AGG", 40);
        assertFalse(lists(w, "LIB", MoveKind.UN_RESOLUTION, "AGG"), describe(w, "LIB"));
    }

    @Test
    void theLeadingThreatenedPowerSanctionsTheAggressorWithPartnersWhoFearItToo() {
        World w = neighbourhood(1);
        aggression(w, "AGG", 40);
        var s = find(w, "LIB", MoveKind.MULTILATERAL_SANCTION, "AGG");
        assertTrue(s.isPresent(), describe(w, "LIB"));
        assertTrue(s.get().eu() > 0, s.get().line(w));
        assertFalse(s.get().move().partners().isEmpty());
        assertFalse(s.get().move().partners().contains("AGG"));
    }

    @Test
    void noMultilateralSanctionsWhenNobodyElseFearsTheAggressor() {
        World w = neighbourhood(1);
        aggression(w, "AGG", 40);
        for (int i = 0; i < w.size(); i++) {
            if (!w.id(i).equals("LIB") && !w.id(i).equals("AGG")) {
                w.opinion.set(i, w.indexOf("AGG"), 80); // they like it better than LIB: no partner would join
                w.opinion.set(i, w.indexOf("LIB"), -80);
            }
        }
        assertFalse(lists(w, "LIB", MoveKind.MULTILATERAL_SANCTION, "AGG"), describe(w, "LIB"));
    }

    @Test
    void aLiberalInstitutionalistWithAMandateIntervenesAgainstAnAggressorAtWar() {
        World w = TestWorlds.builder()
                .state("AGG", 1000, 100, 0.02).state("LIB", 6000, 100, 0.05).state("VIC", 300, 20, 0.02)
                .land("AGG", "LIB").land("AGG", "VIC")
                .with("LIB", n -> n.doctrine = "liberal-institutionalist")
                .build(2);
        Wars.declare(w, w.indexOf("AGG"), w.indexOf("VIC"), List.of("VIC"), false);
        aggression(w, "AGG", 60);
        assertFalse(lists(w, "LIB", MoveKind.HUMANITARIAN_INTERVENTION, "AGG"), "no mandate yet:" + describe(w, "LIB"));
        w.nation(w.indexOf("LIB")).legitimacyTurns = 6;
        Perception.refresh(w);
        var s = find(w, "LIB", MoveKind.HUMANITARIAN_INTERVENTION, "AGG");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "LIB"));
    }

    @Test
    void sanctionsWhoseReasonIsGoneAreLifted() {
        World w = neighbourhood(1);
        w.sanctions.add(new Sanction(w.indexOf("BAL"), w.indexOf("PAR"), false, 1));
        var s = find(w, "BAL", MoveKind.LIFT_SANCTIONS, "PAR");
        assertTrue(s.isPresent() && s.get().eu() > 0, describe(w, "BAL"));
    }

    @Test
    void theScenariosAndTheMultilateralRegimesAreLeftToTheEnginesReview() {
        World w = neighbourhood(1);
        w.sanctions.add(new Sanction(w.indexOf("BAL"), w.indexOf("PAR"), false, 0));
        w.sanctions.add(new Sanction(w.indexOf("LIB"), w.indexOf("PAR"), true, 1));
        assertFalse(lists(w, "BAL", MoveKind.LIFT_SANCTIONS, "PAR"), describe(w, "BAL"));
        assertFalse(lists(w, "LIB", MoveKind.LIFT_SANCTIONS, "PAR"), describe(w, "LIB"));
    }

    @Test
    void sanctionsOnARecentAggressorStay() {
        World w = neighbourhood(1);
        w.sanctions.add(new Sanction(w.indexOf("BAL"), w.indexOf("AGG"), false, 1));
        aggression(w, "AGG", 40);
        assertFalse(lists(w, "BAL", MoveKind.LIFT_SANCTIONS, "AGG"), describe(w, "BAL"));
    }
}
