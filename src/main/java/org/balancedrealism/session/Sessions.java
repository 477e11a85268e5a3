package org.balancedrealism.session;

import org.balancedrealism.io.Games;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.World;

import java.util.List;
import java.util.function.Supplier;

/**
 * Makes every kind of game session the same way — a campaign, a hot-seat game, a loaded save — always with the AI
 * playing the states no person holds and autosave after every turn. The screens that start games hold one of these
 * and never configure a session themselves.
 */
public final class Sessions {
    private final OrderSource ai;
    private final Supplier<SaveGames> autosaves;
    /** The last game made, closed when the next is made (the screens hold one game at a time). */
    private volatile GameSession last;

    /**
     * @param ai        who decides for the states no person plays
     * @param autosaves the saves folder to autosave into, asked when a session is made (the player's settings may
     *                  have changed the folder)
     */
    public Sessions(OrderSource ai, Supplier<SaveGames> autosaves) {
        this.ai = ai == null ? OrderSource.PASSIVE : ai;
        this.autosaves = autosaves;
    }

    /** The game's own: the real AI, autosaving into the saves folder of the player's settings. */
    public static Sessions standard() {
        return new Sessions(new AiOrders(), SaveGames::fromSettings);
    }

    /** A single-player (or several-player) campaign: one human seat per state in {@code humanStates}. */
    public GameSession campaign(Games.Loaded scenario, long seed, List<String> humanStates) {
        return hotSeat(scenario, seed, humanStates.stream().map(s -> Seat.human("Player", s)).toList());
    }

    /** A hot-seat game with these seats (names, states, passwords). */
    public GameSession hotSeat(Games.Loaded scenario, long seed, List<Seat> seats) {
        return warm(GameSession.start(scenario, seed, seats, ai, autosaves.get()));
    }

    /** A saved game, resumed where it stopped. */
    public GameSession loaded(SaveGame save) {
        return warm(GameSession.resume(save, ai, autosaves.get()));
    }

    /** A game around a world already made (tests, tools). */
    public GameSession around(World world, List<Seat> seats) {
        return warm(new GameSession(world, seats, ai, autosaves.get()));
    }

    /**
     * The first game of a process warms the save code and the turn's code (the AI's, on a copy of the game) in the
     * background, so its first save and its first turns are as quick as any. The game made before is closed: its last
     * autosave is on disk before the next game is played.
     */
    private GameSession warm(GameSession session) {
        GameSession before = last;
        if (before != null && before != session) {
            before.close();
        }
        last = session;
        SaveGames.warmUp(session::toSave);
        ai.warmUp(session.world(), session::isResolving);
        return session;
    }
}
