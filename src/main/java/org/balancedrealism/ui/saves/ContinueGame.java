package org.balancedrealism.ui.saves;

import javafx.application.Platform;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.SaveGames.SaveInfo;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.menu.MenuSlot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Continue" in the main menu: the newest save or autosave that can be read, named by its scenario, the states the
 * players hold and its turn; it opens that game. Absent when there is nothing to continue. The saves folder is read
 * on a thread of its own (saves of long games are large), then the entry is put in the menu.
 */
public final class ContinueGame {
    private static final Logger LOG = Logger.getLogger(ContinueGame.class.getName());

    private final UiShell shell;
    private final Supplier<SaveGames> saves;
    /** Only the newest look at the folder may change the menu. */
    private final AtomicInteger generation = new AtomicInteger();

    public ContinueGame(UiShell shell, Supplier<SaveGames> saves) {
        this.shell = shell;
        this.saves = saves;
    }

    /** The game Continue would open, in the menu's words. */
    public record Offer(SaveInfo save, String detail) {
    }

    /** Looks at the saves folder again and updates the menu entry (call on the FX thread). */
    public void refresh() {
        int mine = generation.incrementAndGet();
        SaveGames folder = saves.get();
        Thread t = new Thread(() -> {
            Optional<Offer> offer = newest(folder, shell::map);
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    show(folder, offer);
                }
            });
        }, "continue-lookup");
        t.setDaemon(true);
        t.start();
    }

    /** The newest save that can be read, and its line for the menu; empty when there is none. */
    public static Optional<Offer> newest(SaveGames folder, Supplier<Optional<GeoMap>> map) {
        for (SaveInfo info : folder.list()) {
            if (info.readable()) {
                return Optional.of(new Offer(info, detail(info, map)));
            }
        }
        return Optional.empty();
    }

    /** "Ukraine 2022 · Russia · turn 5": the scenario, the players' states (by name where the map knows them), the turn. */
    static String detail(SaveInfo info, Supplier<Optional<GeoMap>> map) {
        List<String> states = new ArrayList<>();
        try {
            SaveGame g = SaveGames.read(info.file(), info.fileName());
            Optional<GeoMap> m = map.get();
            for (SaveGame.SeatEntry seat : g.seats) {
                if (seat.human()) {
                    states.add(m.flatMap(x -> x.find(seat.state())).map(c -> c.name()).orElse(seat.state()));
                }
            }
        } catch (DataFileException | RuntimeException e) {
            states.addAll(info.seats());
        }
        return info.scenarioTitle() + (states.isEmpty() ? "" : " · " + String.join(", ", states)) + " · turn "
                + info.turn();
    }

    private void show(SaveGames folder, Optional<Offer> offer) {
        if (offer.isEmpty()) {
            shell.mainMenu().unregister(MenuSlot.CONTINUE);
            return;
        }
        Offer o = offer.get();
        shell.mainMenu().register(MenuSlot.CONTINUE, "Continue", o.detail(), () -> open(folder, o.save()));
    }

    /** Opens the save; one that cannot be loaded after all (changed rules, a missing scenario) opens the load screen, which says why. */
    private void open(SaveGames folder, SaveInfo info) {
        SaveGame save;
        try {
            save = folder.load(info.file());
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Continue cannot open " + info.fileName() + ": " + e.getMessage());
            SaveScreens.openLoadScreen(shell, folder);
            return;
        }
        SaveScreens.resume(shell, folder, save);
    }
}
