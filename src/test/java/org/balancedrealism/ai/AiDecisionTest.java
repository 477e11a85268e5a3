package org.balancedrealism.ai;

import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AiDecisionTest {
    private final AiPlayer ai = new AiPlayer();

    /** AGG invaded people (everyone remembers it); X and Y already balance against it; BAL sits next to it. */
    private static World overreacher(long seed) {
        World w = TestWorlds.builder()
                .state("AGG", 3000, 100, 0.04).state("BAL", 1000, 50, 0.02)
                .state("XXX", 1000, 50, 0.02).state("YYY", 1000, 50, 0.02)
                .land("AGG", "BAL").land("AGG", "XXX").land("AGG", "YYY").land("BAL", "XXX")
                .with("AGG", n -> n.doctrine = "offensive-realist")
                .build(seed);
        int agg = w.indexOf("AGG");
        for (int i = 0; i < w.size(); i++) {
            if (i != agg) {
                w.memory.set(agg, i, 60);
            }
        }
        Coalition c = new Coalition();
        c.id = w.nextId();
        c.target = agg;
        c.leader = w.indexOf("XXX");
        Perception.refresh(w);
        c.targetPower = org.balancedrealism.engine.Coalitions.targetSidePower(w, w.derived, agg);
        for (String member : List.of("XXX", "YYY")) {
            int m = w.indexOf(member);
            double projected = org.balancedrealism.engine.Coalitions.projected(w, w.derived, m, agg);
            c.members.add(new CoalitionMember(m, 0.5, projected, true, 0, "test", 0));
            c.memberPower += projected;
        }
        w.coalitions.add(c);
        Perception.refresh(w);
        Alignments.run(w);
        return w;
    }

    @Test
    void balancedRealistJoinsTheCoalitionAgainstAnOverreachingNeighbour() {
        for (long seed = 1; seed <= 5; seed++) {
            World w = overreacher(seed);
            List<Move> moves = ai.decide(w, w.indexOf("BAL"));
            assertTrue(moves.contains(Move.of(MoveKind.JOIN_COALITION, "BAL", "AGG")), "seed " + seed + ": " + moves);
        }
    }

    @Test
    void explanationNamesTheFactorsThatMadeTheDifference() {
        World w = overreacher(3);
        AiPlayer.Decision d = ai.decideExplained(w, w.indexOf("BAL"));
        AiPlayer.Explanation e = d.explanation();
        assertNotNull(e);
        String narrative = e.narrative();
        assertTrue(narrative.startsWith("BAL joins the coalition against AGG: threat "), narrative);
        for (String factor : List.of("power", "proximity", "offence", "intentions", "hostility 60.00")) {
            assertTrue(narrative.contains(factor), factor + " missing in: " + narrative);
        }
        assertEquals("AGG", w.id(e.threats().get(0).source()));
        assertFalse(e.best().isEmpty());
        assertTrue(e.best().get(0).line(w).contains("security"), e.best().get(0).line(w));
        // and the compact, saved form keeps it
        AiTurns turns = new AiTurns();
        turns.orders(w);
        assertNotNull(AiTurns.explanation(w, "BAL", w.turn + 1));
        assertTrue(AiTurns.explanation(w, "BAL", w.turn + 1).threats().get(0).contains("intentions"));
    }

    /** A strong state and a weak neighbour with no friends; optionally two capable states around them. */
    private static World edge(String doctrine, boolean watchers, long seed) {
        TestWorlds b = TestWorlds.builder()
                .state("BIG", 5000, 100, 0.03).state("WEE", 1000, 20, 0.03)
                .land("BIG", "WEE")
                .with("BIG", n -> {
                    n.doctrine = doctrine;
                    n.nationalism = 0.6; // a cause the doctrine can name: prey next door, prized by nationalists
                    n.regime = "autocracy";
                });
        if (watchers) {
            b.state("NNN", 2500, 60, 0.03).state("SSS", 2500, 60, 0.03)
                    .land("NNN", "BIG").land("SSS", "BIG").land("NNN", "WEE").land("SSS", "WEE");
        }
        World w = b.build(seed);
        Alignments.run(w);
        return w;
    }

    @Test
    void offensiveRealistWithFiveToOneEdgeAttacksAWeakIsolatedNeighbour() {
        int attacks = 0;
        for (long seed = 1; seed <= 5; seed++) {
            World w = edge("offensive-realist", false, seed);
            if (ai.decide(w, w.indexOf("BIG")).stream().anyMatch(m -> m.kind() == MoveKind.INVADE && "WEE".equals(m.target()))) {
                attacks++;
            }
        }
        assertTrue(attacks >= 3, "attacks in most seeds; attacked in " + attacks + " of 5 seeds");
    }

    @Test
    void balancedRealistWithAnOldGrievanceHoldsBackWhenCoalitionRiskIsAbove30Percent() {
        for (long seed = 1; seed <= 5; seed++) {
            World w = edge("balanced-realist", true, seed);
            // a cause the doctrine can name: the neighbour wronged it long ago (an old grievance, not a fresh act)
            Hostility.record(w, w.indexOf("WEE"), w.indexOf("BIG"), 40);
            w.nation(w.indexOf("WEE")).lastAggressionTurn = -1000;
            w.nation(w.indexOf("WEE")).lastActTurn = -1000;
            Perception.refresh(w);
            AiPlayer.Decision d = ai.decideExplained(w, w.indexOf("BIG"));
            assertTrue(d.moves().stream().noneMatch(m -> m.kind() == MoveKind.INVADE), "seed " + seed + ": " + d.moves());
            AiPlayer.Scored invade = d.explanation().rejected().stream()
                    .filter(s -> s.move().kind() == MoveKind.INVADE).findFirst().orElseThrow();
            assertTrue(invade.note().contains("coalition risk") || invade.note().contains("win chance"), invade.note());
        }
    }

    @Test
    void aStateWithNoCauseDoesNotEvenConsiderWar() {
        World w = edge("balanced-realist", true, 1);
        w.nation(w.indexOf("BIG")).nationalism = 0; // no prestige in territory: no grievance, no threat, no prey
        w.nation(w.indexOf("BIG")).regime = org.balancedrealism.model.Regime.DEMOCRACY;
        AiPlayer.Decision d = ai.decideExplained(w, w.indexOf("BIG"));
        assertTrue(d.moves().stream().noneMatch(m -> m.kind() == MoveKind.INVADE), d.moves().toString());
        assertTrue(d.explanation().rejected().stream().noneMatch(s -> s.move().kind() == MoveKind.INVADE));
    }

    @Test
    void weakStateNextToAGiantWithNoHelpInReachBandwagons() {
        World w = TestWorlds.builder()
                .state("GNT", 20000, 300, 0.04).state("SML", 100, 5, 0.02)
                .land("GNT", "SML")
                .build(4);
        // threat needs intentions (§4.1): the giant has just bullied its small neighbour
        Hostility.record(w, w.indexOf("GNT"), w.indexOf("SML"), 20);
        Perception.refresh(w);
        Alignments.run(w);
        int small = w.indexOf("SML");
        assertEquals(Alignment.BANDWAGON, w.nation(small).alignment, String.valueOf(w.nation(small).alignmentWhy));
        List<Move> moves = ai.decide(w, small);
        assertFalse(moves.isEmpty());
        assertTrue(moves.stream().anyMatch(m -> "GNT".equals(m.target()) && (m.kind() == MoveKind.PROPOSE_ALLIANCE
                || m.kind() == MoveKind.IMPROVE_RELATIONS || m.kind() == MoveKind.NON_AGGRESSION_PACT)), moves.toString());
        assertTrue(moves.stream().noneMatch(m -> m.kind() == MoveKind.PROPOSE_COALITION || m.kind() == MoveKind.INVADE),
                moves.toString());
    }

    @Test
    void humanSeatsAndDeadStatesGetNoOrders() {
        World w = overreacher(1);
        w.nation(w.indexOf("BAL")).human = true;
        assertTrue(ai.decide(w, w.indexOf("BAL")).isEmpty());
    }
}
