package org.balancedrealism.claims;

import org.balancedrealism.claims.kinds.AllianceForms;
import org.balancedrealism.claims.kinds.CoalitionAgainst;
import org.balancedrealism.claims.kinds.EventOccurs;
import org.balancedrealism.claims.kinds.FigureChange;
import org.balancedrealism.claims.kinds.MaxShare;
import org.balancedrealism.claims.kinds.NoCoalitionAgainst;
import org.balancedrealism.claims.kinds.NoWar;
import org.balancedrealism.claims.kinds.OpinionChange;
import org.balancedrealism.claims.kinds.SanctionsImposed;
import org.balancedrealism.claims.kinds.ShareAboveMoreOften;
import org.balancedrealism.claims.kinds.WarWon;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each claim kind judged on a hand-built trace of four states over six turns: AGG (aggressor), VIC (victim),
 * NUC and BIG (nuclear powers).
 */
class ClaimKindsTest {
    private static final String[] IDS = {"AGG", "BIG", "NUC", "VIC"};

    /** A trace of {@code turns} turns after turn 0, with nothing happening. */
    private static Trace quiet(int turns) {
        Trace t = new Trace(1, IDS, new int[] {0, 3, 2, 0});
        for (int k = 0; k <= turns; k++) {
            t.turns().add(new TurnSnapshot(k, IDS.length));
        }
        return t;
    }

    private static GameEvent event(int turn, String kind, String actor, String target, String text) {
        return new GameEvent(turn, kind, actor, target, Visibility.ALL, List.of(), text, "");
    }

    private static Set<String> set(String... ids) {
        return new TreeSet<>(List.of(ids));
    }

    @Test
    void aCoalitionAgainstCountsOnlyByItsTurnAndWithTheNamedMembers() {
        Trace t = quiet(6);
        t.at(4).coalitions.put("AGG", set("BIG", "VIC"));
        t.at(5).coalitions.put("AGG", set("BIG", "VIC", "NUC"));
        assertTrue(new CoalitionAgainst("AGG", 4, StateSet.of(), 2).judge(t).pass());
        assertFalse(new CoalitionAgainst("AGG", 3, StateSet.of(), 1).judge(t).pass());
        assertFalse(new CoalitionAgainst("AGG", 4, StateSet.of("NUC"), 1).judge(t).pass());
        assertTrue(new CoalitionAgainst("AGG", 5, StateSet.of("NUC"), 1).judge(t).pass());
        assertFalse(new CoalitionAgainst("AGG", 6, StateSet.of(), 4).judge(t).pass());
        assertFalse(new CoalitionAgainst("VIC", 6, StateSet.of(), 1).judge(t).pass());
    }

    @Test
    void aFailedCoalitionClaimNamesWhoFeltMostThreatened() {
        Trace t = quiet(3);
        t.at(3).mostThreatened.put("AGG", List.of("VIC 0.80", "BIG 0.20"));
        Verdict v = new CoalitionAgainst("AGG", 3, StateSet.of(), 1).judge(t);
        assertFalse(v.pass());
        assertTrue(v.evidence().contains("no coalition against AGG by turn 3; most threatened: VIC 0.80"), v.evidence());
    }

    @Test
    void noCoalitionAgainstFailsOnAnyTurn() {
        Trace t = quiet(6);
        assertTrue(new NoCoalitionAgainst("AGG").judge(t).pass());
        t.at(6).coalitions.put("AGG", set("VIC"));
        assertFalse(new NoCoalitionAgainst("AGG").judge(t).pass());
    }

    @Test
    void noWarLooksAtOpposingSidesAndResolvesNuclearPowers() {
        Trace t = quiet(4);
        t.at(2).wars.add(new WarView(1, "w", List.of("AGG"), List.of("VIC"), 0, 2));
        NoWar nuclear = new NoWar(StateSet.of(StateSet.NUCLEAR), StateSet.of(StateSet.NUCLEAR));
        assertTrue(nuclear.judge(t).pass());
        t.at(3).wars.add(new WarView(2, "w2", List.of("AGG", "BIG"), List.of("VIC"), 0, 3));
        assertTrue(nuclear.judge(t).pass(), "allies on one side are not at war with each other");
        t.at(4).wars.add(new WarView(3, "w3", List.of("NUC"), List.of("BIG"), 0, 4));
        assertFalse(nuclear.judge(t).pass());
        assertFalse(new NoWar(StateSet.of("AGG"), StateSet.of("VIC")).judge(t).pass());
    }

    @Test
    void aWarIsWonByTermsOrAHighScoreWithinTheTurnsGiven() {
        Trace t = quiet(6);
        for (int k = 1; k <= 3; k++) {
            t.at(k).wars.add(new WarView(1, "w", List.of("AGG"), List.of("VIC"), 20 * k, 1));
        }
        assertTrue(new WarWon("AGG", "VIC", 3).judge(t).pass(), "score 60 at turn 3");
        assertFalse(new WarWon("AGG", "VIC", 1).judge(t).pass(), "score 20 at turn 2");
        Trace peace = quiet(6);
        peace.at(1).wars.add(new WarView(1, "w", List.of("AGG"), List.of("VIC"), 10, 1));
        peace.at(2).events.add(event(2, "peace", "AGG", "VIC", "w ends: AGG gains VIC"));
        assertTrue(new WarWon("AGG", "VIC", 2).judge(peace).pass());
        Trace white = quiet(6);
        white.at(1).wars.add(new WarView(1, "w", List.of("AGG"), List.of("VIC"), 10, 1));
        white.at(2).events.add(event(2, "peace", "AGG", "VIC", "w ends: white peace"));
        assertFalse(new WarWon("AGG", "VIC", 4).judge(white).pass());
        assertFalse(new WarWon("VIC", "AGG", 4).judge(t).pass(), "the other way round is another war");
    }

    @Test
    void aFigureChangeComparesTheStartWithTheTurnGiven() {
        Trace t = quiet(6);
        int agg = t.index("AGG");
        t.at(0).figures[agg][Figure.GROWTH.ordinal()] = 1;
        t.at(1).figures[agg][Figure.GROWTH.ordinal()] = 4;
        t.at(4).figures[agg][Figure.GROWTH.ordinal()] = 0.5;
        t.at(6).figures[agg][Figure.GROWTH.ordinal()] = 3;
        assertFalse(new FigureChange("AGG", Figure.GROWTH, false, 3, null, 4).judge(t).pass(), "1 → 0.5");
        assertTrue(new FigureChange("AGG", Figure.GROWTH, false, 3, 1, 4).judge(t).pass(), "4 → 0.5");
        assertTrue(new FigureChange("AGG", Figure.GROWTH, true, 2, null, null).judge(t).pass(), "1 → 3 at the end");
        assertFalse(new FigureChange("AGG", Figure.GROWTH, true, 2.5, null, null).judge(t).pass());
    }

    @Test
    void anOpinionChangeIsTheMeanOverTheObservers() {
        Trace t = quiet(2);
        t.at(0).opinionsOf.put("AGG", new double[] {0, 0, 0, 0});
        t.at(2).opinionsOf.put("AGG", new double[] {50, -20, -10, -30});
        assertTrue(new OpinionChange("AGG", StateSet.of("NUC", "VIC"), false, 20, null, null).judge(t).pass(), "mean −20");
        assertFalse(new OpinionChange("AGG", StateSet.of("NUC", "VIC"), false, 21, null, null).judge(t).pass());
        assertFalse(new OpinionChange("AGG", StateSet.of("NUC", "VIC"), true, 1, null, null).judge(t).pass());
        assertTrue(new OpinionChange("AGG", StateSet.of("AGG", "BIG"), false, 20, null, 2).judge(t).pass(), "the judged state is no observer");
    }

    @Test
    void onlyANewAllianceCountsAndCoalitionsOnlyWhenAsked() {
        Trace t = quiet(5);
        for (int k = 0; k <= 5; k++) {
            t.at(k).alliances.add(TurnSnapshot.pair("BIG", "NUC"));
        }
        AllianceForms bigNuc = new AllianceForms(StateSet.of("BIG"), StateSet.of("NUC"), 5, false);
        assertFalse(bigNuc.judge(t).pass(), "in force from the start");
        t.at(3).coalitions.put("AGG", set("BIG", "VIC"));
        assertFalse(new AllianceForms(StateSet.of("VIC"), StateSet.of("BIG"), 5, false).judge(t).pass());
        assertTrue(new AllianceForms(StateSet.of("VIC"), StateSet.of("BIG"), 5, true).judge(t).pass());
        t.at(4).alliances.add(TurnSnapshot.pair("VIC", "NUC"));
        assertTrue(new AllianceForms(StateSet.of("VIC"), StateSet.of("NUC"), 4, false).judge(t).pass());
        assertFalse(new AllianceForms(StateSet.of("VIC"), StateSet.of("NUC"), 3, false).judge(t).pass());
    }

    @Test
    void sanctionsCountSendersAndHonourIncludesExcludesAndNewOnly() {
        Trace t = quiet(4);
        for (int k = 0; k <= 4; k++) {
            t.at(k).sanctions.add(TurnSnapshot.sanction("BIG", "AGG"));
        }
        t.at(2).sanctions.add(TurnSnapshot.sanction("VIC", "AGG"));
        t.at(3).sanctions.add(TurnSnapshot.sanction("VIC", "AGG"));
        t.at(3).sanctions.add(TurnSnapshot.sanction("NUC", "AGG"));
        assertTrue(new SanctionsImposed("AGG", 2, 2, StateSet.of(), StateSet.of(), false).judge(t).pass());
        assertFalse(new SanctionsImposed("AGG", 2, 2, StateSet.of(), StateSet.of(), true).judge(t).pass(), "BIG sanctioned from the start");
        assertTrue(new SanctionsImposed("AGG", 2, 3, StateSet.of(), StateSet.of(), true).judge(t).pass());
        assertFalse(new SanctionsImposed("AGG", 1, 2, StateSet.of("NUC"), StateSet.of(), false).judge(t).pass());
        assertFalse(new SanctionsImposed("AGG", 1, 4, StateSet.of(), StateSet.of("NUC"), false).judge(t).pass());
        assertTrue(new SanctionsImposed("AGG", 1, 2, StateSet.of(), StateSet.of("NUC"), false).judge(t).pass());
    }

    @Test
    void theLargestShareIsJudgedOverEveryTurnAndState() {
        Trace t = quiet(3);
        t.at(2).figures[t.index("BIG")][Figure.POWER.ordinal()] = 45;
        assertFalse(new MaxShare(0.4).judge(t).pass());
        assertTrue(new MaxShare(0.5).judge(t).pass());
        assertTrue(new ShareAboveMoreOften(0.4, Map.of()).judge(t).pass());
        assertFalse(new ShareAboveMoreOften(0.45, Map.of()).judge(t).pass());
    }

    @Test
    void anEventMustHappenByItsTurnOrNeverWithTheNamedParties() {
        Trace t = quiet(5);
        t.at(3).events.add(event(3, "resolution-failed", "BIG", "AGG", "vetoed"));
        assertTrue(new EventOccurs("resolution-failed", null, null, null, false).judge(t).pass());
        assertTrue(new EventOccurs("resolution-failed", "BIG", "AGG", 3, false).judge(t).pass());
        assertFalse(new EventOccurs("resolution-failed", null, null, 2, false).judge(t).pass());
        assertFalse(new EventOccurs("resolution-failed", "NUC", null, null, false).judge(t).pass());
        assertFalse(new EventOccurs("resolution-failed", null, "AGG", null, true).judge(t).pass());
        assertTrue(new EventOccurs("resolution-failed", null, "VIC", null, true).judge(t).pass());
    }
}
