package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.OrderSource;
import org.balancedrealism.session.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A shipped scenario saves and loads through the real scenario, map and rules files. */
class SaveShippedScenarioTest {
    @TempDir
    Path dir;

    @Test
    void aCampaignOnAShippedScenarioRoundTrips() throws Exception {
        Games.Loaded scenario = Games.load("ukraine-2022");
        String me = scenario.scenario().nations.get(0).id;
        GameSession s = GameSession.start(scenario, 42, List.of(Seat.human("Player", me)), OrderSource.PASSIVE);
        s.plan(Move.of(MoveKind.INVEST_HOME, me));
        s.endSeatTurn();
        SaveGames saves = new SaveGames(dir);
        SaveGame g = saves.load(s.save(saves, "campaign"));
        assertEquals("ukraine-2022", g.scenario);
        assertEquals(Json.GSON.toJson(s.world()), Json.GSON.toJson(g.world));
        GameSession r = GameSession.resume(g, OrderSource.PASSIVE);
        r.endSeatTurn();
        s.endSeatTurn();
        assertEquals(Json.GSON.toJson(s.world()), Json.GSON.toJson(r.world()));
    }
}
