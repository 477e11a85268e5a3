package org.balancedrealism.testkit;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;

import java.util.List;

/** Small games for session and save tests: four states on a line, a scenario source that finds them, a scripted AI. */
public final class TestGames {
    private TestGames() {
    }

    /** AAA – BBB – CCC – DDD on a line (DDD small). */
    public static TestWorlds line() {
        return TestWorlds.builder().state("AAA", 1000, 50, 0.02).state("BBB", 900, 40, 0.02)
                .state("CCC", 800, 40, 0.03).state("DDD", 100, 10, 0.02)
                .land("AAA", "BBB").land("BBB", "CCC").land("CCC", "DDD");
    }

    public static World world(long seed) {
        return line().build(seed);
    }

    /** Finds the "test" scenario (the line's map with the default rules); any other id is unknown. */
    public static ScenarioSource source() {
        GeoMap map = line().map();
        return id -> {
            if (!"test".equals(id)) {
                throw new DataFileException(id, null, "no such scenario");
            }
            return new Games.Loaded(null, map, TestWorlds.rules(), "test");
        };
    }

    /** A deterministic stand-in for the AI: summits, investment and the odd denunciation, by turn and state. */
    public static List<Move> scriptedAi(World w, int state) {
        String me = w.id(state);
        String next = w.id((state + 1) % w.size());
        return switch ((w.turn + state) % 4) {
            case 0 -> List.of(Move.of(MoveKind.IMPROVE_RELATIONS, me, next));
            case 1 -> List.of(Move.of(MoveKind.INVEST_HOME, me));
            case 2 -> List.of(Move.of(MoveKind.DENOUNCE, me, next), Move.of(MoveKind.BUILD_UP, me));
            default -> List.of();
        };
    }

    /** Orders a human seat gives on a given turn in scripted games. */
    public static List<Move> scriptedHuman(World w, String me, String other) {
        return switch (w.turn % 3) {
            case 0 -> List.of(Move.of(MoveKind.IMPROVE_RELATIONS, me, other));
            case 1 -> List.of(Move.of(MoveKind.TRADE_AGREEMENT, me, other), Move.of(MoveKind.INVEST_HOME, me));
            default -> List.of(Move.of(MoveKind.DENOUNCE, me, other));
        };
    }
}
