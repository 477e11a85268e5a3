package org.balancedrealism.session;

import org.balancedrealism.ai.Adaptation;
import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.ScriptedEvent;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rollback and branching for the instructor (DESIGN §9, §12): the game of a save as it stood after turn N, made
 * again from the scenario, the seed, the order history and the instructor's injects up to N, never from a stored
 * snapshot, so a branch is exactly the game that was played up to N. Also the replay the debrief uses to collect
 * figures a save does not keep turn by turn.
 */
public final class Branching {
    private Branching() {
    }

    /** Makes the starting world of a save's game again: its scenario with its seed (tests give their own). */
    @FunctionalInterface
    public interface Start {
        World fresh(SaveGame save) throws DataFileException;
    }

    /** Looks a save's scenario up in {@code scenarios} and builds its world from the save's seed. */
    public static Start from(ScenarioSource scenarios) {
        return save -> scenarios.load(save.scenario).newWorld(save.seed);
    }

    /** Called after each replayed turn with the world as it stands then (read it, do not keep it). */
    @FunctionalInterface
    public interface AfterTurn {
        void turn(World w);
    }

    /** Why the game of {@code save} cannot go back to {@code turn}, in words; empty if it can. */
    public static List<String> check(SaveGame save, int turn) {
        int played = save.orderHistory.size();
        if (turn < 0 || turn > played) {
            return List.of("Turn " + turn + " is not a turn of this game: choose one from 0 (the start) to " + played + ".");
        }
        return List.of();
    }

    /**
     * The world of {@code save} after {@code turns} turns, replayed on {@code fresh}; {@code after} (may be null)
     * sees the world after every turn, and once before the first (turn 0).
     */
    public static World replay(SaveGame save, World fresh, int turns, AfterTurn after) {
        World w = fresh;
        for (var n : w.nations) {
            n.human = false;
        }
        for (SaveGame.SeatEntry s : save.seats) {
            int i = w.indexOf(s.state());
            if (i >= 0) {
                w.nation(i).human = s.human();
            }
        }
        w.injects = new ArrayList<>();
        for (ScriptedEvent e : save.world.injects) {
            if (e.turn() <= turns) {
                w.injects.add(e);
            }
        }
        // the AI's adapted weights are part of the game (they change later decisions): run the adaptation where the
        // AI ran it, if the game had adaptive AI states at all (a game played by a scripted source has none)
        boolean adaptive = save.world.ai != null && !save.world.ai.weights.isEmpty();
        if (w.derived == null) {
            Perception.refresh(w);
            Alignments.run(w);
        }
        if (after != null) {
            after.turn(w);
        }
        TurnEngine engine = new TurnEngine();
        List<List<Move>> history = save.orderHistory;
        for (int t = 0; t < turns && t < history.size(); t++) {
            if (adaptive) {
                Adaptation.maybeAdapt(w);
            }
            engine.resolve(w, history.get(t));
            if (after != null) {
                after.turn(w);
            }
        }
        // the narratives of notable AI decisions up to the turn (the AI's full notes of the last turn are not kept
        // for past turns)
        if (save.world.ai != null) {
            for (AiNote n : save.world.ai.notable) {
                if (n.turn() <= turns) {
                    w.ai.notable.add(n);
                }
            }
        }
        return w;
    }

    /**
     * The game of {@code save} rolled back to the end of turn {@code turn}: the same seats, the first {@code turn}
     * turns of orders, the injects and messages of those turns, no orders planned. Throws
     * {@link IllegalArgumentException} with the reason if the turn is not one of the game's.
     */
    public static SaveGame rollback(SaveGame save, World fresh, int turn) {
        List<String> problems = check(save, turn);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        SaveGame g = new SaveGame();
        g.scenario = save.scenario;
        g.scenarioTitle = save.scenarioTitle;
        g.seed = save.seed;
        g.seats = new ArrayList<>(save.seats);
        for (int s = 0; s < g.seats.size(); s++) {
            g.planned.add(new ArrayList<>());
        }
        g.currentSeat = 0;
        g.orderHistory = save.orderHistory.first(turn);
        MessageBox messages = new MessageBox(save.messages);
        messages.truncateAfter(turn);
        g.messages = new ArrayList<>(messages.all());
        g.world = replay(save, fresh, turn, null);
        g.turn = turn;
        g.rules = save.rules;
        g.rulesHash = save.rulesHash;
        g.instructor = save.instructor;
        return g;
    }

    /**
     * The instructor's rollback of a running game: a new session of the same seats (passwords kept) at the end of
     * turn {@code turn}, with the orders planned since thrown away. The old session is not changed.
     */
    public static GameSession rollback(GameSession session, Start start, int turn, OrderSource ai)
            throws DataFileException {
        SaveGame save = session.toSave();
        return GameSession.resume(rollback(save, start.fresh(save), turn), ai);
    }

    /**
     * A new game branched from {@code save} at turn {@code turn}, saved as {@code name} in {@code saves} (an existing
     * save of that name is never overwritten). Returns the file written.
     */
    public static Path branch(SaveGames saves, SaveGame save, Start start, int turn, String name)
            throws IOException, DataFileException {
        if (!SaveGames.validName(name)) {
            throw new IllegalArgumentException("A save name may use letters, digits, spaces and . _ ( ) - (at most 80).");
        }
        Path file = saves.fileFor(name);
        if (Files.exists(file)) {
            throw new IllegalArgumentException("A save called '" + name + "' already exists: choose another name.");
        }
        SaveGame branched = rollback(save, start.fresh(save), turn);
        return saves.save(branched, file);
    }
}
