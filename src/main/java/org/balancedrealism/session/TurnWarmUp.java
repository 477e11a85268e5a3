package org.balancedrealism.session;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.GameRandom;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Plays AI turns on private copies of the first game of a process, in the background, so that the player's own turns
 * run on code the JIT has already compiled at its best. On two cores the one optimising compiler thread has more to
 * compile than it can in a few hundred full-world turns (with -XX:+LogCompilation it is still busy after a thousand),
 * and a game's turns cost more until it has caught up with the code they use most (bench, one machine, five
 * alternated runs each: median 3.22 ms a turn and p95 4.81 ms after 200 warm-up turns, 2.81/4.76 after 400,
 * 2.79/4.25 after 600, 2.65/3.67 after 800; earlier, 6.4–7.9 ms after 40). Six hundred turns take about four seconds
 * of one core at the start of a session, while the player looks at the map.
 * <p>
 * The turns are played as games of {@link #GAME_TURNS} turns from the same start, each with its own random source, not
 * one long game: a game's opening turns (hundreds of treaties and overtures at once) and the situations a single game
 * never meets run code of their own, which a long warm-up leaves to be compiled while the player plays (bench after
 * one 200-turn game still spent 0.3–1.1 s compiling during the 100 turns it measured). After each turn the warm-up
 * also builds what the screen builds on End turn for the player's seat ({@link EndTurnView}).
 * <p>
 * The copies have every state played by the AI and are dropped at the end; the live game is only read once, to copy
 * it. The thread has the lowest priority and pauses while the session resolves a turn.
 */
public final class TurnWarmUp {
    /**
     * Turns played: enough for the compiler to catch up with the code a turn uses most on two cores (see above);
     * bench warms up as long.
     */
    public static final int TURNS = 600;
    /**
     * Turns of each warm-up game before the next starts over from the start with another random source: the default
     * warm-up then plays six openings and the later turns of whole games (the modern world lasts 80 turns, bench
     * measures 100).
     */
    public static final int GAME_TURNS = 100;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TurnWarmUp() {
    }

    /**
     * Starts the warm-up on copies of {@code world}, once per process; {@code busy} tells it the session is
     * resolving a turn, and it waits then (the player's turn gets both cores).
     */
    static void startOnce(World world, BooleanSupplier busy) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        World start = world.copy();
        String seat = firstHumanSeat(start);
        Thread t = new Thread(() -> play(start, TURNS, seat, busy, new AiTurns(false, false), new TurnEngine()),
                "turn-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Plays {@code turns} AI turns as games of up to {@link #GAME_TURNS} turns, each on a fresh copy of {@code start}
     * (which it does not change) with a random source of its own, one turn after the other on this thread, each only
     * once {@code busy} says the session is not resolving a turn; after each turn builds the End-turn view of
     * {@code seat} (none when null or not in the game). Returns the turns played. A failure only ends the warm-up:
     * the game's own turns report their own problems.
     */
    public static int play(World start, int turns, String seat, BooleanSupplier busy, AiTurns ai, TurnEngine engine) {
        int played = 0;
        World game = null;
        int gameTurns = 0;
        try {
            while (played < turns) {
                if (busy.getAsBoolean()) {
                    Thread.sleep(5); // a background courtesy only: what is played does not depend on it
                    continue;
                }
                if (game == null || gameTurns == GAME_TURNS || TurnEngine.isOver(game)) {
                    game = newGame(start, played);
                    gameTurns = 0;
                    if (TurnEngine.isOver(game)) {
                        break; // a start with no turn left to play
                    }
                }
                ai.playTurn(game, engine);
                played++;
                gameTurns++;
                if (seat != null && game.indexOf(seat) >= 0) {
                    EndTurnView.build(game, seat);
                }
            }
        } catch (RuntimeException e) {
            // only a warm-up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return played;
    }

    /** A copy of {@code start} played by the AI alone, with room for a whole warm-up game and its own random source. */
    static World newGame(World start, int played) {
        World game = start.copy();
        for (Nation n : game.nations) {
            n.human = false;
        }
        game.maxTurns = Math.max(game.maxTurns, game.turn + GAME_TURNS);
        game.random = new GameRandom(start.seed + 7919L * (played + 1));
        return game;
    }

    private static String firstHumanSeat(World w) {
        for (Nation n : w.nations) {
            if (n.human) {
                return n.id;
            }
        }
        return null;
    }
}
