package org.balancedrealism.cli;

import org.balancedrealism.cli.WorldStatistics.CoalitionView;
import org.balancedrealism.cli.WorldStatistics.GameFigures;
import org.balancedrealism.cli.WorldStatistics.WarStart;
import org.balancedrealism.engine.EventKinds;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldStatisticsTest {
    private static GameEvent event(int turn, String kind, String actor, String target) {
        return new GameEvent(turn, kind, actor, target, Visibility.ALL, List.of(), kind, "");
    }

    private static CoalitionView coalition(int id, String target, String... members) {
        return new CoalitionView(id, target, Set.of(members));
    }

    @Test
    void churnCountsJoinsAndLeavesOverTheMembersOfTheTurnBeforeButNotFormationOrDissolution() {
        var o = new WorldStatistics.Observer();
        o.events(1, List.of());
        o.coalitions(1, List.of(coalition(7, "AAA", "BBB", "CCC", "DDD"))); // formed: not churn
        o.events(2, List.of());
        o.coalitions(2, List.of(coalition(7, "AAA", "BBB", "CCC", "DDD", "EEE"))); // +1 over 3
        o.events(3, List.of());
        o.coalitions(3, List.of(coalition(7, "AAA", "BBB", "FFF", "DDD", "EEE"))); // +1 −1 over 4
        o.events(4, List.of());
        o.coalitions(4, List.of(coalition(7, "AAA", "BBB", "FFF", "DDD", "EEE"))); // unchanged
        o.events(5, List.of());
        o.coalitions(5, List.of()); // dissolved: not churn
        GameFigures f = o.finish(1, 0.25, Map.of());
        assertEquals(3, f.coalitionTurns());
        assertEquals((1.0 / 3 + 2.0 / 4 + 0) / 3, f.churn(), 1e-12);
        assertEquals(1, f.coalitions().size());
        assertEquals(Set.of("AAA"), f.facedCoalition());
    }

    @Test
    void aCoalitionIsAgainstRememberedActsOnlyIfItsTargetActedInTheLastEightTurns() {
        var o = new WorldStatistics.Observer();
        o.events(1, List.of(event(1, "act:war", "AAA", "BBB"), event(1, "summit", "CCC", "DDD"),
                event(1, "coalition-war", "CCC", "AAA")));
        o.coalitions(1, List.of());
        for (int t = 2; t <= 8; t++) {
            o.events(t, List.of());
            o.coalitions(t, List.of());
        }
        // turn 8: AAA's act of turn 1 is within turns 1..8; CCC never acted (a summit and a coalition war are not acts)
        o.coalitions(8, List.of(coalition(1, "AAA", "XXX", "YYY"), coalition(2, "CCC", "XXX", "YYY")));
        o.events(9, List.of(event(9, "act:annexation", "DDD", "CCC")));
        // turn 9: AAA's act is 8 turns back (out of the window); DDD acted this very turn
        o.coalitions(9, List.of(coalition(1, "AAA", "XXX", "YYY"), coalition(2, "CCC", "XXX", "YYY"),
                coalition(3, "AAA", "ZZZ", "YYY"), coalition(4, "DDD", "XXX", "ZZZ")));
        GameFigures f = o.finish(1, 0.25, Map.of());
        assertEquals(List.of(true, false, false, true),
                f.coalitions().stream().map(WorldStatistics.CoalitionStart::againstRememberedActs).toList());
        assertEquals(0.5, f.rememberedShare(), 1e-12);
        assertEquals(1, f.routineEvents());
        assertEquals(9, f.turns());
    }

    @Test
    void summaryPoolsWarsIntoRatioBucketsAndPutsEveryFigureBesideItsBand() {
        GameFigures a = new GameFigures(1, 40, 10, List.of(
                new WarStart(1, "AAA", "BBB", 0.10, 0.20),      // ratio 0.5
                new WarStart(2, "AAA", "CCC", 0.10, 0.05),      // 2
                new WarStart(3, "AAA", "DDD", 0.10, 0.0005)),   // 200, micro
                List.of(new WorldStatistics.CoalitionStart(3, 9, "AAA", true)), 0.5, 10, 400,
                Map.of("summit", 400), Map.of("AAA", 30.0, "BBB", 1.0), Set.of("AAA"));
        GameFigures b = new GameFigures(2, 40, 10, List.of(new WarStart(5, "BBB", "CCC", 0.20, 0.04)), // 5
                List.of(), 0, 0, 200, Map.of("treaty", 200), Map.of("AAA", 10.0, "BBB", 3.0), Set.of());
        WorldStatistics.Summary s = WorldStatistics.summarise(List.of(a, b));
        var figures = s.figures();
        assertEquals("wars started per game-year", figures.get(0).label());
        assertEquals(0.2, figures.get(0).value(), 1e-12); // (0.3 + 0.1) / 2
        assertEquals(Boolean.TRUE, figures.get(0).inBand());
        // <1, 1–3, 3–10, 10–100, >100 pooled over 4 wars
        double[] buckets = {0.25, 0.25, 0.25, 0, 0.25};
        for (int k = 0; k < buckets.length; k++) {
            assertEquals(buckets[k], figures.get(1 + k).value(), 1e-12, figures.get(1 + k).label());
            assertNull(figures.get(1 + k).inBand());
        }
        assertEquals(0.25, figures.get(6).value(), 1e-12); // wars against micro-states
        assertEquals(0.5, figures.get(7).value(), 1e-12); // coalitions per game
        assertEquals(1.0, figures.get(8).value(), 1e-12); // against remembered acts
        assertEquals(Boolean.TRUE, figures.get(8).inBand());
        assertEquals(0.05, figures.get(9).value(), 1e-12); // churn: 0.5 over 10 coalition-turns
        assertEquals(Boolean.TRUE, figures.get(9).inBand());
        assertEquals(7.5, figures.get(10).value(), 1e-12); // routine: (10 + 5) / 2 a turn
        assertEquals(Boolean.TRUE, figures.get(10).inBand());
        assertEquals(1, figures.get(9).seedsWithValue()); // the second game had no coalition-turns
        assertEquals("AAA", s.overreach().get(0).state());
        assertEquals(20.0, s.overreach().get(0).meanEnd(), 1e-12);
        assertEquals(0.5, s.overreach().get(0).facedCoalitionShare(), 1e-12);
        assertEquals(0.0, s.overreach().get(1).facedCoalitionShare(), 1e-12);
    }

    @Test
    void routineDiplomacyIsClassifiedInOnePlace() {
        for (String kind : List.of("summit", "treaty", "proposal", "proposal-rejected", "aid")) {
            assertTrue(EventKinds.isRoutineDiplomacy(kind), kind);
        }
        for (String kind : List.of("act:war", "coalition-formed", "battle", "move", "something-new")) {
            assertFalse(EventKinds.isRoutineDiplomacy(kind), kind);
        }
        assertTrue(EventKinds.isAct("act:annexation"));
        assertEquals(EventKinds.Category.OTHER, EventKinds.of("something-new"));
    }

    @Test
    void gamesGiveTheSameFiguresWhateverTheNumberOfThreads() throws Exception {
        List<GameFigures> one = WorldStatistics.playAll(TestGames::world, 5, 2, 6, 1, (d, n, t, a) -> { });
        List<GameFigures> two = WorldStatistics.playAll(TestGames::world, 5, 2, 6, 2, (d, n, t, a) -> { });
        assertEquals(one, two);
        assertEquals(List.of(5L, 6L), one.stream().map(GameFigures::seed).toList());
        assertEquals(6, one.get(0).turns());
    }

    @Test
    void statsCommandPrintsEveryFigureWithItsBandAndMark() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Cli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("stats", "ukraine-2022", "--seeds", "1", "--turns", "2", "--threads", "1");
        assertEquals(0, code, err.toString());
        String text = out.toString();
        for (String label : List.of("wars started per game-year", "wars with attacker/target power <1",
                "wars with attacker/target power >100", "wars against states < 0.1% of world power",
                "coalitions formed per game", "coalitions formed against acts of the last 8 turns",
                "coalition membership churn per turn", "routine diplomatic events per turn",
                "Highest overreach at the end")) {
            assertTrue(text.contains(label), label + " missing from\n" + text);
        }
        for (WorldStatistics.Band band : List.of(WorldStatistics.WARS_BAND, WorldStatistics.REMEMBERED_BAND,
                WorldStatistics.CHURN_BAND, WorldStatistics.ROUTINE_BAND)) {
            assertTrue(text.lines().anyMatch(l -> l.contains(band.text())
                    && (l.contains("| in ") || l.contains("| OUT ") || l.contains("| – "))), band.text() + " in\n" + text);
        }
        assertTrue(err.toString().contains("games 1/1"), "progress goes to stderr");
    }

    @Test
    void statisticsCountTheMovesOrderedByKindAndListTheKindsNeverPlayed() {
        WorldStatistics.Observer o = new WorldStatistics.Observer();
        o.orders(List.of(org.balancedrealism.engine.move.Move.of(org.balancedrealism.engine.move.MoveKind.ARMS_CONTROL, "AAA", "BBB"),
                org.balancedrealism.engine.move.Move.of(org.balancedrealism.engine.move.MoveKind.ARMS_CONTROL, "BBB", "AAA"),
                org.balancedrealism.engine.move.Move.of(org.balancedrealism.engine.move.MoveKind.INVEST_HOME, "AAA")));
        GameFigures g = o.finish(1, 0.25, Map.of());
        assertEquals(Map.of("ARMS_CONTROL", 2, "INVEST_HOME", 1), g.movesByKind());
        WorldStatistics.Summary s = WorldStatistics.summarise(List.of(g, g));
        assertEquals(2.0, s.movesPerGameByKind().get("ARMS_CONTROL"), 1e-12);
        assertEquals(0.0, s.movesPerGameByKind().get("ULTIMATUM"), 1e-12, "a kind never played shows as 0");
        assertEquals(org.balancedrealism.engine.move.MoveKind.values().length, s.movesPerGameByKind().size());
    }
}
