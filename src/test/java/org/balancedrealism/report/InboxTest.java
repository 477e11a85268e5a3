package org.balancedrealism.report;

import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox: grouped by kind, a stable order, terms in words, offers that lapse by the rules file. */
class InboxTest {
    private static World world() {
        return TestWorlds.builder()
                .state("AAA", 1000, 50, 0.02).state("BBB", 900, 40, 0.02).state("CCC", 500, 20, 0.02)
                .state("DDD", 300, 10, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD")
                .build(3);
    }

    private static Proposal offer(World w, ProposalKind kind, String from, int subject, PeaceTerms terms) {
        Proposal p = new Proposal(w.nextId(), kind, w.indexOf(from), w.indexOf("AAA"), w.turn, subject, terms);
        w.proposals.add(p);
        return p;
    }

    @Test
    void offersAreGroupedByKindInTheOrderTheyWereMade() {
        World w = world();
        Proposal trade = offer(w, ProposalKind.TRADE, "BBB", -1, null);
        Proposal ally1 = offer(w, ProposalKind.ALLIANCE, "CCC", -1, null);
        Proposal ally2 = offer(w, ProposalKind.ALLIANCE, "BBB", -1, null);
        List<OfferGroup> groups = Inbox.group(Inbox.offers(w, List.of(ally2, trade, ally1)));
        assertEquals(List.of(ProposalKind.ALLIANCE, ProposalKind.TRADE), groups.stream().map(OfferGroup::kind).toList());
        assertEquals(List.of(ally1.id(), ally2.id()), groups.get(0).offers().stream().map(Offer::id).toList());
        assertEquals("Alliance offers (2)", groups.get(0).title());
        assertEquals("2 alliance offers, 1 trade agreement offer", Inbox.summary(Inbox.offers(w, w.proposals)));
    }

    @Test
    void aCoalitionInvitationSaysAgainstWhom() {
        World w = world();
        Coalition c = new Coalition();
        c.id = w.nextId();
        c.target = w.indexOf("DDD");
        c.leader = w.indexOf("CCC");
        c.members.add(new CoalitionMember(w.indexOf("CCC"), 0.5, 0.1, false, 1, "", 0));
        w.coalitions.add(c);
        offer(w, ProposalKind.COALITION_INVITE, "CCC", c.id, null);
        Offer o = Inbox.offers(w, w.proposals).get(0);
        assertTrue(o.headline().endsWith("against " + w.name(c.target)), o.headline());
        assertTrue(o.terms().contains("against " + w.name(c.target)), o.terms());
    }

    @Test
    void aPeaceOfferStatesItsTerms() {
        World w = world();
        War war = new War();
        war.id = w.nextId();
        war.name = "The test war";
        war.attackers.add(w.indexOf("BBB"));
        war.defenders.add(w.indexOf("AAA"));
        w.wars.add(war);
        offer(w, ProposalKind.PEACE, "BBB", war.id, new PeaceTerms(List.of("AAA"), 12.5, false, false));
        Offer o = Inbox.offers(w, w.proposals).get(0);
        assertTrue(o.terms().contains("you cede " + w.name(w.indexOf("AAA"))), o.terms());
        assertTrue(o.terms().contains("$12.5 bn in reparations"), o.terms());
    }

    @Test
    void anOfferLapsesAfterTheRulesExpiryTurnsAndAnAnswerOnItsLastTurnStillCounts() {
        World w = world();
        int expiry = (int) w.rules.diplomacy.proposalExpiryTurns;
        // made in the resolution of turn w.turn + 1; the player then plays the next turn
        Proposal p = new Proposal(w.nextId(), ProposalKind.TRADE, w.indexOf("BBB"), w.indexOf("AAA"), w.turn + 1, -1, null);
        w.proposals.add(p);
        w.turn++;
        assertEquals(expiry + 1, Proposals.turnsLeft(w, p), "open this turn and the rules' number of turns after");
        for (int left = expiry + 1; left >= 1; left--) {
            assertEquals(left, Proposals.turnsLeft(w, p));
            assertTrue(w.proposals.contains(p), "still open with " + left + " turns left");
            Proposals.expire(w); // the resolution of the turn being played, after the answers
            w.turn++;
        }
        assertTrue(w.proposals.isEmpty(), "lapsed after its last turn");
    }
}
