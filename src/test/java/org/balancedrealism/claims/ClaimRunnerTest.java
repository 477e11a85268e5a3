package org.balancedrealism.claims;

import org.balancedrealism.claims.kinds.CoalitionAgainst;
import org.balancedrealism.claims.kinds.MaxShare;
import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Games behind claims on a tiny world: the same seeds give the same results on any number of threads. */
class ClaimRunnerTest {
    private static Games.Loaded tiny() {
        Scenario[] scenario = new Scenario[1];
        TestWorlds b = TestWorlds.builder().state("AAA", 3000, 100, 0.03).state("BBB", 800, 40, 0.02)
                .state("CCC", 600, 30, 0.02).state("DDD", 500, 30, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD").land("AAA", "DDD")
                .scenario(s -> scenario[0] = s);
        b.build(1);
        return new Games.Loaded(scenario[0], b.map(), TestWorlds.rules(), "tiny.json");
    }

    private static List<Claim> claims() {
        Map<Integer, List<Move>> invasions = Map.of(1, List.of(Move.of(MoveKind.INVADE, "AAA", "BBB")),
                2, List.of(Move.of(MoveKind.INVADE, "AAA", "CCC")));
        ClaimSetup plain = new ClaimSetup(4, Map.of(), Map.of());
        ClaimSetup war = new ClaimSetup(4, invasions, Map.of());
        return List.of(
                new Claim("everything", "no state above 100%", new MaxShare(1.0), plain, 0.7),
                new Claim("nothing", "no state above 1%", new MaxShare(0.01), plain, 0.7),
                new Claim("balanced", "AAA meets a coalition", new CoalitionAgainst("AAA", 4, StateSet.of(), 1), war, 0.5),
                new Claim("compare", "AAA above 1% more often than itself", new ShareAboveMoreOften(0.01,
                        Map.of("coalition.balancing", 1.0)), plain.withRules(Map.of("coalition.balancing", 1.0)), 0.7));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        Games.Loaded g = tiny();
        List<ClaimResult> one = new ClaimRunner(g).run(claims(), 5, 4, 1, null);
        List<ClaimResult> two = new ClaimRunner(g).run(claims(), 5, 4, 2, null);
        assertEquals(one, two);
    }

    @Test
    void passRatesAndVerdictsFollowTheClaims() throws Exception {
        List<ClaimResult> r = new ClaimRunner(tiny()).run(claims(), 1, 3, 2, null);
        assertEquals(3, r.get(0).passes());
        assertTrue(r.get(0).passed());
        assertEquals(0, r.get(1).passes());
        assertFalse(r.get(1).passed());
        assertEquals(1, r.get(1).failedSeed());
        assertTrue(r.get(1).failedEvidence().contains("largest share"), r.get(1).failedEvidence());
        ClaimResult compare = r.get(3);
        assertTrue(compare.compares());
        assertEquals(compare.passes(), compare.comparePasses(), "balancing 1 restates the rules: the same games");
        assertFalse(compare.passed(), "not more often than itself");
    }

    @Test
    void aClaimFailsBelowItsRequiredRate() {
        Claim c = new Claim("c", "t", new MaxShare(0.5), new ClaimSetup(1, Map.of(), Map.of()), 0.7);
        Verdict yes = Verdict.pass("");
        Verdict no = Verdict.fail("why");
        ClaimResult seven = ClaimRunner.result(c, new Verdict[] {yes, yes, yes, yes, yes, yes, yes, no, no, no}, null, 1);
        assertTrue(seven.passed());
        assertEquals(8, seven.failedSeed());
        ClaimResult six = ClaimRunner.result(c, new Verdict[] {yes, yes, yes, yes, yes, yes, no, no, no, no}, null, 1);
        assertFalse(six.passed());
    }
}
