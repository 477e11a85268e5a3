package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wars (§5.1), the nuclear rule, sanctions and growth. */
class RulesOfWarAndEconomyTest {
    @Test
    void aNuclearPowersHomelandCannotBeAnnexedEvenByATotalVictory() {
        World w = TestWorlds.builder().state("BIG", 20000, 300, 0.05).state("NUK", 500, 30, 0.02)
                .with("NUK", n -> n.nuclear = 2).land("BIG", "NUK").build(1);
        List<String> problems = MoveRules.check(w, Move.of(MoveKind.INVADE, "BIG", "NUK"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("nuclear power")), problems.toString());
        War war = Wars.declare(w, w.indexOf("BIG"), w.indexOf("NUK"), List.of("NUK"), false);
        Wars.conclude(w, war, new PeaceTerms(List.of("NUK"), 0, false, false), true, org.balancedrealism.text.Sentence.plain("test"));
        assertEquals(w.indexOf("NUK"), w.territories[w.territoryIndex("NUK")].owner());
        assertTrue(w.nation(w.indexOf("NUK")).alive);
    }

    @Test
    void aConquestMovesTheTerritoryWithItsEconomyAndCostsTheWinnerHostility() {
        World w = TestWorlds.builder().state("BIG", 20000, 300, 0.05).state("SML", 500, 30, 0.02)
                .state("OBS", 800, 40, 0.02).land("BIG", "SML").land("SML", "OBS").build(1);
        int big = w.indexOf("BIG");
        War war = Wars.declare(w, big, w.indexOf("SML"), List.of("SML"), false);
        double gdpBefore = w.nation(big).gdp;
        Wars.conclude(w, war, Wars.bestTerms(w, war, 100), true, org.balancedrealism.text.Sentence.plain("test"));
        assertEquals(big, w.territories[w.territoryIndex("SML")].owner());
        assertFalse(w.nation(w.indexOf("SML")).alive, "lost its only territory");
        assertTrue(w.nation(big).gdp > gdpBefore);
        assertTrue(w.memory.get(big, w.indexOf("OBS")) > 0);
    }

    @Test
    void threeToOneOddsWinAboutEightyPercentOfRounds() {
        double p = Wars.winChance(3 * 1.5, 1.5, 1.5);
        assertEquals(0.84, p, 0.04);
    }

    @Test
    void sanctionsByManySendersHurtMoreThanSanctionsByOne() {
        TestWorlds b = TestWorlds.builder().state("TGT", 1000, 50, 0.02);
        for (String s : List.of("SA1", "SA2", "SA3", "SA4", "SA5")) {
            b.state(s, 3000, 60, 0.02).land("TGT", s);
        }
        World w = b.build(1);
        int tgt = w.indexOf("TGT");
        double worldGdp = 16000;
        w.sanctions.add(new Sanction(w.indexOf("SA1"), tgt, false, 0));
        double one = Growth.sanctionHarm(w, tgt, worldGdp);
        w.sanctions.clear();
        for (String s : List.of("SA1", "SA2", "SA3", "SA4", "SA5")) {
            w.sanctions.add(new Sanction(w.indexOf(s), tgt, true, 0));
        }
        double many = Growth.sanctionHarm(w, tgt, worldGdp);
        assertTrue(one > 0.004 && one < 0.01, "one large sender: " + one);
        assertTrue(many > 3 * one, "many: " + many + " vs one: " + one);
    }

    @Test
    void theEconomicDragOfAWarAtHomeWearsTheDefenderDown() {
        World w = TestWorlds.builder().state("ATK", 5000, 100, 0.04).state("DEF", 1000, 40, 0.02)
                .state("FAR", 1000, 40, 0.02).land("ATK", "DEF").build(1);
        Wars.declare(w, 0, 1, List.of("DEF"), false);
        Growth.run(w);
        assertTrue(w.nation(1).warWeariness > 0, "defender at home: " + w.nation(1).warWeariness);
        assertTrue(w.nation(1).warWeariness > w.nation(0).warWeariness, "home drag exceeds drag abroad");
        assertEquals(0, w.nation(2).warWeariness, 1e-12, "at peace: no weariness");
    }

    @Test
    void aStatePastItsWarWearinessMustAcceptTerms() {
        World w = TestWorlds.builder().state("ATK", 5000, 100, 0.04).state("DEF", 1000, 40, 0.02)
                .land("ATK", "DEF").build(1);
        War war = Wars.declare(w, 0, 1, List.of("DEF"), false);
        war.warscore = 70;
        w.nation(1).warWeariness = 1000;
        Wars.fightRound(w);
        assertTrue(w.wars.isEmpty(), "the weary side made peace");
        assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("peace") && e.why().contains("weariness")));
    }

    @Test
    void aWinningAttackerPressesItsAimsAndRefusesWhitePeace() {
        World w = TestWorlds.builder().state("BIG", 8000, 200, 0.05).state("SML", 800, 30, 0.02)
                .land("BIG", "SML").build(1);
        int big = w.indexOf("BIG");
        int sml = w.indexOf("SML");
        War war = Wars.declare(w, big, sml, List.of("SML"), false);
        war.warscore = 40;
        org.balancedrealism.model.Proposal white = new org.balancedrealism.model.Proposal(-1,
                org.balancedrealism.model.ProposalKind.PEACE, sml, big, w.turn + 1, war.id, PeaceTerms.whitePeace());
        assertFalse(Reactions.answer(w, white).accept(), "a side ahead by 40 does not take white peace");
        PeaceTerms aims = Wars.bestTerms(w, war, war.warscore);
        org.balancedrealism.model.Proposal pressed = new org.balancedrealism.model.Proposal(-1,
                org.balancedrealism.model.ProposalKind.PEACE, big, sml, w.turn + 1, war.id, aims);
        war.warscore = 80;
        assertTrue(Reactions.answer(w, pressed).accept(), "the loser accepts terms it has lost on the field: " + aims);
        war.warscore = 5;
        assertTrue(Reactions.answer(w, white).accept(), "white peace is for wars neither side can win");
    }
}
