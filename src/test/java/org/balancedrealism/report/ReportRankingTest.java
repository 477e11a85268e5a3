package org.balancedrealism.report;

import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The turn report's ranking (DESIGN §9): me → neighbourhood and threats → headlines → routine folded away. */
class ReportRankingTest {
    private static final int TURN = 4;
    /** TUR borders GEO and SYR, and fears RUS most, then IRN. */
    private static final SeatContext TURKEY = new SeatContext("TUR", Set.of("GEO", "SYR", "GRC"),
            List.of("RUS", "IRN"), Set.of());

    private static GameEvent all(String kind, String actor, String target, String text) {
        return new GameEvent(TURN, kind, actor, target, Visibility.ALL, List.of(), text, "");
    }

    private static List<GameEvent> summits(int n) {
        List<GameEvent> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(all("summit", "FRA", "DEU", "France and Germany meet " + k));
        }
        return out;
    }

    @Test
    void myAnnexationOpensTheReportEvenBehindHundredsOfSummits() {
        List<GameEvent> visible = new ArrayList<>(summits(300));
        visible.add(all("treaty", "TUR", "AZE", "Türkiye and Azerbaijan sign a trade agreement"));
        visible.add(all("act:annexation", "TUR", "GEO", "Türkiye annexed GEO from Georgia"));
        TurnReport r = ReportRanking.rank(TURKEY, TURN, visible);
        assertEquals("act:annexation", r.mine().get(0).kind(), "the gravest of my events comes first");
        assertEquals(2, r.mine().size());
        assertEquals(300, r.routine().size());
        assertEquals(List.of("300 summits, treaties and offers between others"), r.routineSummary());
    }

    @Test
    void newsOfNeighboursAndThreatsComesSecondWithTheMostFearedFirst() {
        List<GameEvent> visible = List.of(
                all("battle", "GRC", "MKD", "A battle in the Balkans"),
                all("act:war", "IRN", "IRQ", "Iran invades Iraq"),
                all("act:war", "RUS", "UKR", "Russia invades Ukraine"),
                all("build-up", "RUS", null, "Russia builds up its forces"),
                all("summit", "GEO", "ARM", "Georgia and Armenia meet"));
        TurnReport r = ReportRanking.rank(TURKEY, TURN, visible);
        assertEquals(List.of("Russia invades Ukraine", "Iran invades Iraq", "A battle in the Balkans",
                "Russia builds up its forces"), r.neighbourhood().stream().map(GameEvent::text).toList());
        assertEquals(1, r.routine().size(), "a summit next door is routine");
        assertTrue(r.headlines().isEmpty());
    }

    @Test
    void worldHeadlinesAreFewAndTheRestIsCountedWithTheRoutine() {
        List<GameEvent> visible = new ArrayList<>();
        for (int k = 0; k < ReportRanking.MAX_HEADLINES + 3; k++) {
            visible.add(all("coalition-formed", "USA", "X" + k, "A coalition forms against X" + k));
        }
        visible.add(all("state-destroyed", "ARG", "CHL", "Chile is destroyed"));
        visible.add(all("resolution-passed", "FRA", "PRK", "The UN condemns North Korea"));
        visible.add(all("coalition-joined", "BEL", "X0", "Belgium joins the coalition against X0"));
        TurnReport r = ReportRanking.rank(TURKEY, TURN, visible);
        assertEquals(ReportRanking.MAX_HEADLINES, r.headlines().size());
        assertEquals("state-destroyed", r.headlines().get(0).kind(), "a state destroyed leads the headlines");
        // 4 of the 9 coalitions and the UN vote (ranked below them) did not make the front page; a joining never does
        assertEquals(6, r.routine().size());
        assertEquals(List.of("5 coalition comings and goings", "1 sanction, concession or vote"), r.routineSummary());
    }

    @Test
    void offersToMeWaitInTheInboxNotInTheReport() {
        List<GameEvent> visible = List.of(
                new GameEvent(TURN, "proposal", "GRC", "TUR", Visibility.PARTIES, List.of("GRC", "TUR"),
                        "Greece proposes alliance to Türkiye (awaiting an answer)", ""),
                new GameEvent(TURN, "proposal-rejected", "FRA", "TUR", Visibility.PARTIES, List.of("FRA", "TUR"),
                        "France rejects the alliance offered by Türkiye", ""));
        TurnReport r = ReportRanking.rank(TURKEY, TURN, visible);
        assertEquals(1, r.newOffers());
        assertEquals(List.of("proposal-rejected"), r.mine().stream().map(GameEvent::kind).toList(),
                "an answer to my offer is news about me");
    }

    @Test
    void coalitionNewsConcernsItsMembers() {
        SeatContext member = new SeatContext("POL", Set.of(), List.of(), Set.of("RUS"));
        GameEvent joined = all("coalition-joined", "FIN", "RUS", "Finland joins the coalition against Russia");
        TurnReport r = ReportRanking.rank(member, TURN, List.of(joined));
        assertEquals(List.of(joined), r.mine());
    }

    @Test
    void onlyTheTurnReportedIsRanked() {
        GameEvent old = new GameEvent(TURN - 1, "act:war", "TUR", "GEO", Visibility.ALL, List.of(), "old", "");
        TurnReport r = ReportRanking.rank(TURKEY, TURN, List.of(old));
        assertTrue(r.mine().isEmpty());
        assertFalse(r.routine().contains(old));
    }
}
