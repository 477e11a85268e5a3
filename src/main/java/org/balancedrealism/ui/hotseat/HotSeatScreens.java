package org.balancedrealism.ui.hotseat;

import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.saves.SaveScreens;

/**
 * The hot-seat flow: setup screen → Start → curtain "Pass to <first seat>" → Ready → the game screen
 * ({@link UiShell#startGame}). Between seats the game screen calls {@link UiShell#showCurtain}.
 */
public final class HotSeatScreens {
    private HotSeatScreens() {
    }

    public static void openSetup(UiShell shell, ScenarioSource scenarios) {
        shell.screens().open(new HotSeatSetup(shell.scenarios(), scenarios, shell.sessions(), session -> {
            shell.screens().close();
            SaveScreens.present(shell, session);
        }).build());
    }
}
