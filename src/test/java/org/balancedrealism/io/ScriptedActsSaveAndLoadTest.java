package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario whose scripted events stand for acts (Cold War 1947: the Prague coup) saves and loads them intact. */
class ScriptedActsSaveAndLoadTest {
    @TempDir
    Path dir;

    @Test
    void scriptedActsSurviveASaveAndLoad() throws Exception {
        Games.Loaded scenario = Games.load("cold-war-1947");
        GameSession s = GameSession.start(scenario, 7, List.of(Seat.human("Player", "FRA")), OrderSource.PASSIVE);
        ScriptedEvent coup = s.world().scripts.stream().filter(e -> e.id().equals("czech-coup")).findFirst().orElseThrow();
        assertEquals(new ScriptedEvent.Act("RUS", "CZE", 40, "regime-change"), coup.act());
        s.plan(Move.of(MoveKind.INVEST_HOME, "FRA"));
        SaveGames saves = new SaveGames(dir);
        SaveGame g = saves.load(s.save(saves, "acts"));
        assertEquals(Json.GSON.toJson(s.world()), Json.GSON.toJson(g.world));
        ScriptedEvent loaded = g.world.scripts.stream().filter(e -> e.id().equals("czech-coup")).findFirst().orElseThrow();
        assertEquals(coup, loaded);
        assertTrue(g.world.scripts.stream().anyMatch(e -> e.act() == null), "events without an act load with none");
    }
}
