package org.balancedrealism.ui.hotseat;

import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.saves.SaveScreens;

import java.util.function.Supplier;

/**
 * The hot-seat flow: setup screen → Start → curtain "Pass to <first seat>" → Ready → the game screen
 * ({@link UiShell#startGame}). Between seats the game screen calls {@link UiShell#showCurtain}.
 */
public final class HotSeatScreens {
    private HotSeatScreens() {
    }

    public static void openSetup(UiShell shell, ScenarioSource scenarios, Supplier<SaveGames> autosaves) {
        shell.screens().open(new HotSeatSetup(shell.scenarios(), scenarios, session -> {
            session.setOrderSource(shell.orderSource());
            session.setAutosave(autosaves.get());
            shell.screens().close();
            SaveScreens.present(shell, session);
        }).build());
    }
}
