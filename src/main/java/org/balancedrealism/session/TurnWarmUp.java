package org.balancedrealism.session;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays AI turns on a private copy of the first game of a process, in the background, so that the player's own turns
 * run on code the JIT has already compiled at its best. On two cores the one optimising compiler thread needs about
 * a hundred and fifty full-world turns to catch up with the AI and the engine: a fresh game's turns cost about
 * half again as much until then (bench: median 6.4–7.9 ms a turn after 40 warm-up turns, 4.2–4.6 ms after 200).
 * The copy has its own random source, every state played by the AI, and is dropped at the end; the live game is only
 * read once, to copy it. The thread has the lowest priority and pauses while the session resolves a turn.
 */
public final class TurnWarmUp {
    /** Turns played: enough for the compiler to catch up on two cores (see above); bench warms up as long. */
    public static final int TURNS = 200;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TurnWarmUp() {
    }

    /**
     * Starts the warm-up on a copy of {@code world}, once per process; {@code busy} tells it the session is
     * resolving a turn, and it waits then (the player's turn gets both cores).
     */
    static void startOnce(World world, java.util.function.BooleanSupplier busy) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        World copy = world.copy();
        Thread t = new Thread(() -> play(copy, TURNS, busy), "turn-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Plays up to {@code turns} AI turns on {@code copy} (which it changes), one after the other on this thread,
     * each only once {@code busy} says the session is not resolving a turn, stopping early when the copy's game ends;
     * returns the turns played. A failure only ends the warm-up: the game's own turns report their own problems.
     */
    static int play(World copy, int turns, java.util.function.BooleanSupplier busy) {
        for (Nation n : copy.nations) {
            n.human = false;
        }
        copy.maxTurns = Math.max(copy.maxTurns, copy.turn + turns);
        AiTurns ai = new AiTurns(false, false);
        TurnEngine engine = new TurnEngine();
        int played = 0;
        try {
            while (played < turns && !TurnEngine.isOver(copy)) {
                if (busy.getAsBoolean()) {
                    Thread.sleep(5); // a background courtesy only: what is played does not depend on it
                    continue;
                }
                ai.playTurn(copy, engine);
                played++;
            }
        } catch (RuntimeException e) {
            // only a warm-up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return played;
    }
}
