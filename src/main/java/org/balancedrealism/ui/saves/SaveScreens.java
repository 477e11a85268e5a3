package org.balancedrealism.ui.saves;

import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.ui.UiShell;

import java.util.function.Supplier;

/**
 * Wires the load screen and the save dialog into the shell. The saves folder is read from the player's settings
 * each time ({@link SaveGames#fromSettings()}), so a folder changed in Settings applies at once.
 */
public final class SaveScreens {
    private SaveScreens() {
    }

    /** Registers the save dialog as the shell's game saver (Ctrl+S, the in-game "Save game"). */
    public static void registerSaver(UiShell shell, Supplier<SaveGames> saves) {
        shell.setGameSaver(session -> openSaveDialog(shell, saves.get(), session));
    }

    public static void openSaveDialog(UiShell shell, SaveGames saves, GameSession session) {
        shell.screens().open(new SaveDialog(saves, session, shell.screens()).build());
    }

    /** The load screen; a loaded game is resumed and shown ({@link #present}). */
    public static void openLoadScreen(UiShell shell, SaveGames saves) {
        shell.screens().open(new LoadScreen(saves, save -> {
            shell.screens().close();
            resume(shell, saves, save);
        }).build());
    }

    /** Resumes a loaded save (autosaving into the same folder) and shows it ({@link #present}). */
    public static void resume(UiShell shell, SaveGames saves, SaveGame save) {
        present(shell, shell.sessions().loaded(save));
    }

    /**
     * Shows a started or loaded game. A game several people share (or whose seat has a password) opens behind the
     * curtain of the seat whose turn it is; a one-player game opens at once.
     */
    public static void present(UiShell shell, GameSession session) {
        Seat seat = session.currentSeat();
        if (seat != null && (session.liveHumanSeats().size() > 1 || seat.hasPassword())) {
            shell.showCurtain(seat, session, () -> shell.startGame(session));
        } else {
            shell.startGame(session);
        }
    }
}
