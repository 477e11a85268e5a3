package org.balancedrealism.engine;

import org.balancedrealism.engine.phase.CoalitionPhase;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Balancing coalitions (§4.4). */
class RulesOfCoalitionsTest {
    /** A strong state HEG between two capable neighbours WST and EST that remember its aggression. */
    private static World threatenedNeighbours() {
        World w = TestWorlds.builder()
                .state("HEG", 4000, 120, 0.05).state("WST", 3500, 80, 0.05).state("EST", 3500, 80, 0.05)
                .state("OUT", 300, 10, 0.01)
                .land("HEG", "WST").land("HEG", "EST").sea("EST", "OUT")
                .build(3);
        int heg = w.indexOf("HEG");
        Hostility.record(w, heg, w.indexOf("WST"), 40);
        Hostility.record(w, heg, w.indexOf("EST"), 40);
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    @Test
    void twoThreatenedNeighboursWithEnoughCombinedPowerFormACoalitionWhoseRecordSaysWhy() {
        World w = threatenedNeighbours();
        int heg = w.indexOf("HEG");
        assertTrue(w.derived.threat(w.indexOf("WST"), heg) >= 0.35, "threatened: " + w.derived.threat(w.indexOf("WST"), heg));
        new CoalitionPhase().run(w, List.of());
        Coalition c = w.coalitionAgainst(heg);
        assertNotNull(c, "a coalition forms");
        assertTrue(c.hasMember(w.indexOf("WST")) && c.hasMember(w.indexOf("EST")));
        assertFalse(c.hasMember(heg), "never includes its target");
        assertTrue(c.memberPower >= 1.2 * c.targetPower, "κ test: " + c.memberPower + " vs " + c.targetPower);
        assertTrue(c.why.contains("threat") && c.why.contains("proximity") && c.why.contains("κ"), c.why);
        assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("coalition-formed") && e.why().equals(c.why)));
    }

    @Test
    void noCoalitionFormsAgainstAStateNobodyRemembersActingAgainst() {
        World w = TestWorlds.builder()
                .state("HEG", 4000, 120, 0.05).state("WST", 2500, 80, 0.04).state("EST", 2500, 80, 0.04)
                .land("HEG", "WST").land("HEG", "EST").build(3);
        new CoalitionPhase().run(w, List.of());
        assertNull(w.coalitionAgainst(w.indexOf("HEG")));
    }

    @Test
    void aCoalitionDissolvesOnlyAfterItsThreatStaysLowForThreeTurns() {
        World w = threatenedNeighbours();
        int heg = w.indexOf("HEG");
        new CoalitionPhase().run(w, List.of());
        Coalition c = w.coalitionAgainst(heg);
        assertNotNull(c);
        // the hegemon disarms and is forgiven: threat falls below 0.21
        w.nation(heg).military = 1;
        for (int i = 0; i < w.size(); i++) {
            w.memory.set(heg, i, 0);
        }
        w.nation(heg).gdp = 50;
        Perception.refresh(w);
        assertTrue(Coalitions.meanMemberThreat(w, c) < 0.21, "threat now " + Coalitions.meanMemberThreat(w, c));
        for (int turn = 1; turn <= 2; turn++) {
            new CoalitionPhase().run(w, List.of());
            assertNotNull(w.coalitionAgainst(heg), "still standing after " + turn + " low turns");
        }
        new CoalitionPhase().run(w, List.of());
        assertNull(w.coalitionAgainst(heg), "dissolved on the third low turn");
        assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("coalition-dissolved") && e.why().contains("3 turns")));
    }

    @Test
    void aMemberAttackedByTheTargetCallsTheOthersToArms() {
        World w = threatenedNeighbours();
        int heg = w.indexOf("HEG");
        new CoalitionPhase().run(w, List.of());
        var war = Wars.declare(w, heg, w.indexOf("WST"), List.of("WST"), false);
        assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("call-to-arms") && e.why().contains("p =")));
        assertEquals(war.defenders.contains(w.indexOf("EST")),
                w.log.stream().anyMatch(e -> e.kind().equals("call-to-arms") && e.text().contains("honours")));
    }

    @Test
    void thePreviewOfAnInvasionCountsTheHostilityTheActItselfWrites() {
        World w = TestWorlds.builder()
                .state("HEG", 4000, 120, 0.05).state("WST", 3500, 80, 0.05).state("EST", 3500, 80, 0.05)
                .land("HEG", "WST").land("HEG", "EST").land("WST", "EST")
                .build(3);
        int heg = w.indexOf("HEG");
        w.nation(heg).actionPoints = 4;
        w.nation(heg).treasury = 1000;
        org.balancedrealism.engine.move.Move invade = org.balancedrealism.engine.move.Move.of(
                org.balancedrealism.engine.move.MoveKind.INVADE, "HEG", "WST");
        org.balancedrealism.engine.MovePreview pv = org.balancedrealism.engine.MovePreview.of(w, invade);
        assertTrue(pv.coalitionRiskBefore() < 0.5, "before: " + pv.coalitionRiskBefore());
        assertTrue(pv.coalitionRisk() >= 0.9, "a previewed invasion must show the coalition it raises: " + pv.coalitionRisk());
        assertTrue(pv.threatChanges().get(0).observer().equals("WST"), "the target is listed first: " + pv.threatChanges());
        assertTrue(org.balancedrealism.engine.move.MoveRules.apply(w, invade).isEmpty());
        Perception.refresh(w);
        Alignments.run(w);
        new CoalitionPhase().run(w, List.of());
        assertNotNull(w.coalitionAgainst(heg), "carried out, the act raises the coalition the preview showed");
    }

    @Test
    void anAggressorsAllyDoesNotShieldItFromACoalition() {
        World w = TestWorlds.builder()
                .state("HEG", 4000, 120, 0.05).state("WST", 3500, 80, 0.05).state("EST", 3500, 80, 0.05)
                .state("PAL", 6000, 150, 0.05)
                .land("HEG", "WST").land("HEG", "EST").land("HEG", "PAL").alliance("HEG", "PAL")
                .build(3);
        int heg = w.indexOf("HEG");
        w.opinion.set(w.indexOf("PAL"), heg, 100);
        double loyalAlly = Coalitions.targetSidePower(w, w.derived, heg);
        Hostility.record(w, heg, w.indexOf("WST"), 40);
        Hostility.record(w, heg, w.indexOf("EST"), 40);
        Perception.refresh(w);
        Alignments.run(w);
        double aggressor = Coalitions.targetSidePower(w, w.derived, heg);
        assertTrue(aggressor < loyalAlly, "an alliance covers an attack on HEG, not its own aggression: " + loyalAlly + " → " + aggressor);
        new CoalitionPhase().run(w, List.of());
        assertNotNull(w.coalitionAgainst(heg), "the ally's forces do not count for the aggressor in the κ test");
    }

    @Test
    void aMemberDoesNotLeaveOnAHundredthDifferenceButDoesOnAClearOne() {
        World w = threatenedNeighbours();
        int heg = w.indexOf("HEG");
        new CoalitionPhase().run(w, List.of());
        Coalition c = w.coalitionAgainst(heg);
        assertNotNull(c);
        int wst = w.indexOf("WST");
        int est = w.indexOf("EST");
        int n = w.size();
        double towardTarget = w.derived.threat(wst, heg);
        w.derived.threat[wst * n + est] = Math.max(w.rules.threat.acute, towardTarget) + 0.01;
        w.derived.threat[wst * n + heg] = Math.max(w.rules.threat.acute, towardTarget);
        new CoalitionPhase().run(w, List.of());
        assertTrue(c.hasMember(wst), "a partner feared 0.01 more is no reason to leave");
        w.derived.threat[wst * n + est] = w.derived.threat[wst * n + heg] + 0.3;
        new CoalitionPhase().run(w, List.of());
        assertFalse(w.coalitions.contains(c) && c.hasMember(wst), "a partner feared clearly more is");
    }
}
