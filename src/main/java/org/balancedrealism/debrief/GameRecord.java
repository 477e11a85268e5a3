package org.balancedrealism.debrief;

import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.balancedrealism.session.Branching;

import java.util.ArrayList;
import java.util.List;

/**
 * What the debrief reads from a game, turn by turn: the figures the save keeps (power, overreach) and those it
 * does not keep per turn (the threat each seat inspires and feels, every event including routine ones the log
 * forgets), collected by replaying the game from its seed, orders and injects ({@link Branching#replay}).
 */
public final class GameRecord {
    /** A threat at or above this counts as "afraid of" (the level the threat tables of the command line use). */
    public static final double AFRAID = 0.2;

    /**
     * The figures after one turn (turn 0: the start).
     *
     * @param power       every state's share of world power
     * @param overreach   every state's overreach
     * @param feared      per seat: the strongest threat any other state feels from it
     * @param fearedMost  per seat: the state that fears it most (id), or ""
     * @param afraidOf    per seat: how many states feel a threat of at least {@link #AFRAID} from it
     * @param felt        per seat: the strongest threat it feels
     * @param feltFrom    per seat: the state it fears most (id), or ""
     */
    public record TurnFigures(int turn, String date, double[] power, double[] overreach, double[] feared,
                              String[] fearedMost, int[] afraidOf, double[] felt, String[] feltFrom) {
    }

    private final SaveGame save;
    private final World world;
    private final List<TurnFigures> turns;
    private final List<GameEvent> events;
    private final List<String> seatIds;
    private final boolean matchesSave;

    private GameRecord(SaveGame save, World world, List<TurnFigures> turns, List<GameEvent> events, List<String> seatIds,
                       boolean matchesSave) {
        this.save = save;
        this.world = world;
        this.turns = turns;
        this.events = events;
        this.seatIds = seatIds;
        this.matchesSave = matchesSave;
    }

    /** Replays the game of {@code save} on {@code fresh} (its scenario's world from the same seed) and records it. */
    public static GameRecord collect(SaveGame save, World fresh) {
        List<String> seats = new ArrayList<>();
        for (SaveGame.SeatEntry s : save.seats) {
            seats.add(s.state());
        }
        List<TurnFigures> turns = new ArrayList<>();
        List<GameEvent> events = new ArrayList<>();
        World replayed = Branching.replay(save, fresh, save.orderHistory.size(), w -> {
            turns.add(figures(w, seats));
            for (GameEvent e : w.log) {
                if (e.turn() == w.turn && w.turn > 0) {
                    events.add(e);
                }
            }
        });
        boolean same = Json.GSON.toJson(replayed.nations).equals(Json.GSON.toJson(save.world.nations))
                && Json.GSON.toJson(replayed.territories).equals(Json.GSON.toJson(save.world.territories));
        return new GameRecord(save, same ? replayed : save.world, List.copyOf(turns), List.copyOf(events),
                List.copyOf(seats), same);
    }

    private static TurnFigures figures(World w, List<String> seats) {
        Derived d = w.derived;
        int n = w.size();
        int k = seats.size();
        double[] feared = new double[k];
        String[] fearedMost = new String[k];
        int[] afraid = new int[k];
        double[] felt = new double[k];
        String[] feltFrom = new String[k];
        for (int s = 0; s < k; s++) {
            int me = w.indexOf(seats.get(s));
            fearedMost[s] = "";
            feltFrom[s] = "";
            for (int o = 0; o < n; o++) {
                if (o == me || !w.nation(o).alive) {
                    continue;
                }
                double t = d.threat(o, me);
                if (t > feared[s]) {
                    feared[s] = t;
                    fearedMost[s] = w.id(o);
                }
                if (t >= AFRAID) {
                    afraid[s]++;
                }
            }
            int main = d.mainThreat(me);
            felt[s] = main < 0 ? 0 : d.threat(me, main);
            feltFrom[s] = main < 0 ? "" : w.id(main);
        }
        return new TurnFigures(w.turn, w.dateLabel(), d.power.clone(), d.overreach.clone(), feared, fearedMost, afraid,
                felt, feltFrom);
    }

    public SaveGame save() {
        return save;
    }

    /** The world at the end (the replayed one, equal to the saved one when {@link #matchesSave()}). */
    public World world() {
        return world;
    }

    /** Figures of turn 0 (the start) to the last turn played. */
    public List<TurnFigures> turns() {
        return turns;
    }

    /** Every event of the game in order, routine ones included. */
    public List<GameEvent> events() {
        return events;
    }

    /** The seats' state ids, in seat order (the index used by {@link TurnFigures}' per-seat arrays). */
    public List<String> seatIds() {
        return seatIds;
    }

    /**
     * False if replaying the seed and the orders did not give the saved world (the rules changed since the game
     * was played): the figures over time then come from the replay and the end from the save.
     */
    public boolean matchesSave() {
        return matchesSave;
    }

    /** Name of a state id ("RUS" → "Russia"), or the id. */
    public String name(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        int i = world.indexOf(id);
        return i < 0 ? id : world.name(i);
    }
}
