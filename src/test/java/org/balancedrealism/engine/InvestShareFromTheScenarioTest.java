package org.balancedrealism.engine;

import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario may give a state's investment share (a historical investor such as 1950s West Germany); left out it is
 * the ordinary 0.05, and more investment means faster growth by investEffect × the difference.
 */
class InvestShareFromTheScenarioTest {
    @Test
    void aStatesInvestmentShareComesFromTheScenarioAndRaisesItsGrowth() {
        World w = TestWorlds.builder().state("INV", 500, 50, 0.02).state("ORD", 500, 50, 0.02).land("INV", "ORD")
                .with("INV", n -> n.investShare = 0.22).build(1);
        int inv = w.indexOf("INV");
        int ord = w.indexOf("ORD");
        assertEquals(0.22, w.nation(inv).investShare, 1e-12);
        assertEquals(0.05, w.nation(ord).investShare, 1e-12, "the default when left out");
        double worldGdp = w.nation(inv).gdp + w.nation(ord).gdp;
        double gap = Growth.terms(w, inv, worldGdp).total() - Growth.terms(w, ord, worldGdp).total();
        assertEquals(w.rules.growth.investEffect * 0.17, gap, 1e-9);
        assertTrue(gap > 0);
    }
}
