package org.balancedrealism.session;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.session.SeatView.Standing;
import org.balancedrealism.testkit.TestGames;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat's relations: each state's standing toward it by the first that holds of war, a coalition against it,
 * alliance (a partner in a coalition counts), a pact or trade, and the ties behind it in words.
 */
class SeatViewRelationsTest {
    @Test
    void eachStatesStandingIsTheFirstThatHoldsAndItsTiesAreListed() {
        World w = TestGames.world(3); // AAA – BBB – CCC – DDD
        int a = w.indexOf("AAA");
        int b = w.indexOf("BBB");
        int c = w.indexOf("CCC");
        int d = w.indexOf("DDD");
        War war = new War();
        war.id = w.nextId();
        war.attackers.add(b);
        war.defenders.add(a);
        war.warscore = -12;
        w.wars.add(war);
        w.treaties.add(new Treaty(TreatyType.TRADE, a, d, 0, null));
        w.sanctions.add(new Sanction(a, c, false, 0, false));
        w.sanctions.add(new Sanction(c, a, false, 0, false));
        w.coalitions.add(coalition(w, a, c)); // CCC in a coalition against me
        w.coalitions.add(coalition(w, b, a, d)); // DDD with me in one against BBB
        Perception.refresh(w);

        List<SeatView.Relation> relations = SeatViews.timed(w, "AAA").view().relations();

        assertEquals(w.size(), relations.size());
        SeatView.Relation me = relations.get(a);
        assertEquals(Standing.ME, me.standing());
        assertNull(me.factors(), "no threat factors toward oneself");
        SeatView.Relation attacker = relations.get(b);
        assertEquals(Standing.AT_WAR, attacker.standing());
        assertTrue(attacker.atWar());
        assertEquals(-12, attacker.warScore());
        assertEquals(List.of(Texts.get("tie.atWar", "-12")), attacker.ties());
        SeatView.Relation rival = relations.get(c);
        assertEquals(Standing.COALITION_AGAINST_ME, rival.standing());
        assertEquals(List.of(Texts.get("tie.youSanction"), Texts.get("tie.itSanctions"),
                Texts.get("tie.coalitionAgainstYou")), rival.ties());
        assertFalse(rival.atWar());
        assertTrue(Double.isNaN(rival.warScore()), "no war score without a war");
        SeatView.Relation partner = relations.get(d);
        assertEquals(Standing.ALLY, partner.standing(), "a partner in a coalition is an ally, before trade");
        assertEquals(List.of(Texts.get("tie.treaty.TRADE")), partner.ties());
    }

    @Test
    void aPactOrTradeAloneMakesATreatyStandingAndNothingMakesNone() {
        World w = TestGames.world(3);
        w.treaties.add(new Treaty(TreatyType.NON_AGGRESSION, w.indexOf("AAA"), w.indexOf("CCC"), 0, null));
        Perception.refresh(w);

        List<SeatView.Relation> relations = SeatViews.timed(w, "AAA").view().relations();

        assertEquals(Standing.TREATY, relations.get(w.indexOf("CCC")).standing());
        assertEquals(List.of(Texts.get("tie.treaty.NON_AGGRESSION")), relations.get(w.indexOf("CCC")).ties());
        assertEquals(Standing.NONE, relations.get(w.indexOf("DDD")).standing());
        assertEquals(List.of(), relations.get(w.indexOf("DDD")).ties());
    }

    private static Coalition coalition(World w, int target, int... members) {
        Coalition c = new Coalition();
        c.id = w.nextId();
        c.target = target;
        c.leader = members[0];
        for (int m : members) {
            c.members.add(new CoalitionMember(m, 0.5, 1, false, 0, "test", 0));
        }
        return c;
    }
}
