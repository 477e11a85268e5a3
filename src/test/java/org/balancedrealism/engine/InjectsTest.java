package org.balancedrealism.engine;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Inject;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instructor's injects: queued now, fired by the events phase in the next turn like a scripted event. */
class InjectsTest {
    private static ScriptedEvent crash(String state) {
        return new ScriptedEvent("crash", 0, "Markets crash in " + state, Visibility.ALL, List.of(),
                List.of(new ScriptedEvent.Effect(state, "gdp", 0, 0.9)));
    }

    @Test
    void anInjectFiresInTheNextTurnWithItsEffects() {
        World w = TestGames.world(3);
        World control = TestGames.world(3);
        Injects.Queued q = Injects.queue(w, crash("BBB"));
        assertTrue(q.accepted());
        assertEquals(1, q.event().turn());
        assertEquals(1, w.injects.size());

        new TurnEngine().resolve(w, List.of());
        new TurnEngine().resolve(control, List.of());

        int b = w.indexOf("BBB");
        assertEquals(control.nation(b).gdp * 0.9, w.nation(b).gdp, control.nation(b).gdp * 0.01,
                "GDP 10% below the same turn without the inject");
        assertTrue(w.log.stream().anyMatch(e -> e.turn() == 1 && e.text().equals("Markets crash in BBB")));
    }

    @Test
    void anInjectQueuedLaterFiresOnlyOnItsOwnTurn() {
        World w = TestGames.world(3);
        new TurnEngine().resolve(w, List.of());
        Injects.queue(w, crash("CCC"));
        assertEquals(2, w.injects.get(0).turn());
        assertFalse(w.log.stream().anyMatch(e -> e.text().equals("Markets crash in CCC")), "not before the turn resolves");
        new TurnEngine().resolve(w, List.of());
        new TurnEngine().resolve(w, List.of());
        assertEquals(1, w.log.stream().filter(e -> e.text().equals("Markets crash in CCC")).count(), "fired once");
    }

    @Test
    void anInjectedActWritesHostilityLikeAPlayedAct() {
        World w = TestGames.world(3);
        World control = TestGames.world(3);
        ScriptedEvent blockade = new ScriptedEvent("blockade", 0, "AAA blockades BBB's ports", Visibility.ALL, List.of(),
                List.of(), new ScriptedEvent.Act("AAA", "BBB", 10, "blockade"));
        assertTrue(Injects.queue(w, blockade).accepted());
        new TurnEngine().resolve(w, List.of());
        new TurnEngine().resolve(control, List.of());
        int a = w.indexOf("AAA");
        int b = w.indexOf("BBB");
        assertTrue(w.memory.get(a, b) > control.memory.get(a, b) + 5, "BBB remembers the blockade");
        assertTrue(w.log.stream().anyMatch(e -> e.kind().equals("act:blockade")));
    }

    @Test
    void anIntelligenceInjectIsSeenOnlyByItsAudience() {
        World w = TestGames.world(3);
        ScriptedEvent tip = new ScriptedEvent("tip", 0, "AAA is massing troops", Visibility.PARTIES, List.of("CCC"),
                List.of());
        Injects.queue(w, tip);
        new TurnEngine().resolve(w, List.of());
        GameEvent e = w.log.stream().filter(x -> x.text().equals("AAA is massing troops")).findFirst().orElseThrow();
        assertTrue(e.visibleTo("CCC"));
        assertFalse(e.visibleTo("AAA"));
    }

    @Test
    void anInjectNamingUnknownStatesOrFiguresIsRefusedWithReasons() {
        World w = TestGames.world(3);
        ScriptedEvent bad = new ScriptedEvent("bad", 0, "", Visibility.PARTIES, List.of("ZZZ"),
                List.of(new ScriptedEvent.Effect("QQQ", "happiness", 1, 1)), new ScriptedEvent.Act("AAA", "AAA", 500, "Big Bang"));
        Injects.Queued q = Injects.queue(w, bad);
        assertFalse(q.accepted());
        assertNull(q.event());
        assertTrue(w.injects.isEmpty(), "a refused inject changes nothing");
        String all = String.join("\n", q.reasons());
        for (String part : List.of("needs a text", "'ZZZ' is not a state", "'QQQ' is not a state", "'happiness'",
                "victim must be another state", "severity", "lower-case words", "seen by everyone")) {
            assertTrue(all.contains(part), "missing '" + part + "' in:\n" + all);
        }
    }

    @Test
    void noInjectIsAcceptedOnceTheGameIsOver() {
        World w = TestGames.world(3);
        w.maxTurns = w.turn;
        assertFalse(Injects.queue(w, crash("BBB")).accepted());
    }

    @Test
    void theShippedInjectLibrariesCanAllBeFired() throws DataFileException {
        for (String id : List.of("ukraine-2022", "cold-war-1947")) {
            Games.Loaded s = Games.load(id);
            List<Inject> library = Injects.library(s.scenario());
            assertTrue(library.size() >= 4, id + " ships a library");
            assertTrue(library.stream().map(Inject::category).distinct().count() >= 3, id + ": news, intelligence and crises");
            World w = s.newWorld(1);
            for (Inject i : library) {
                assertEquals(List.of(), Injects.check(w, i.event()), id + " / " + i.id());
                assertFalse(i.title().isBlank());
            }
        }
    }
}
