package org.balancedrealism.ui.saves;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import javafx.application.Platform;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.ui.UiShell;
import org.balancedrealism.ui.menu.MenuSlot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Continue" in the main menu: the newest save or autosave (the file written last) that can be read, named by its
 * scenario, the states the players hold and its turn; it opens that game. Absent when there is nothing to continue.
 *
 * <p>At start the folder is read on a thread of its own, so a large save does not hold up the first menu. Each later
 * time the menu shows, it is read at once (only the file times, unless a newer file appeared), so the menu never
 * changes under the player's pointer.
 */
public final class ContinueGame {
    private static final Logger LOG = Logger.getLogger(ContinueGame.class.getName());
    /** Unreadable files tried before giving up (a folder of broken files must not stall the menu). */
    private static final int MAX_TRIES = 8;

    private final UiShell shell;
    private final Supplier<SaveGames> saves;
    /** Only the newest look at the folder may change the menu. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile String shownFor;

    public ContinueGame(UiShell shell, Supplier<SaveGames> saves) {
        this.shell = shell;
        this.saves = saves;
    }

    /** The game Continue would open, and its line in the menu. */
    public record Offer(Path file, String detail) {
    }

    /** Reads the folder on a thread of its own, then updates the menu (call on the FX thread). */
    public void refreshInBackground() {
        int mine = generation.incrementAndGet();
        SaveGames folder = saves.get();
        Thread t = new Thread(() -> {
            String key = key(folder.folder());
            Optional<Offer> offer = newest(folder, shell::map);
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    show(folder, offer, key);
                }
            });
        }, "continue-lookup");
        t.setDaemon(true);
        t.start();
    }

    /** Reads the folder now and updates the menu (call on the FX thread); nothing is parsed if no file changed. */
    public void refresh() {
        generation.incrementAndGet();
        SaveGames folder = saves.get();
        String key = key(folder.folder());
        if (key.equals(shownFor)) {
            return;
        }
        show(folder, newest(folder, shell::map), key);
    }

    /** The save written last that can be read, with its line for the menu; empty when there is none. */
    public static Optional<Offer> newest(SaveGames folder, Supplier<Optional<GeoMap>> map) {
        int tries = 0;
        for (Path f : byAge(folder.folder())) {
            if (tries++ == MAX_TRIES) {
                break;
            }
            try {
                SaveGame g = SaveGames.read(f, f.getFileName().toString());
                return Optional.of(new Offer(f, detail(g, map)));
            } catch (DataFileException | RuntimeException unreadable) {
                // the load screen shows why; Continue offers the next one
            }
        }
        return Optional.empty();
    }

    /**
     * The scenario's title in the menu's language: the card of a scenario the game ships (translated where it has a
     * translation), else the title the game began with.
     */
    private static String title(SaveGame g) {
        String began = g.world.title == null ? g.scenario : g.world.title;
        if (g.scenario == null || !g.scenario.matches("[a-z0-9-]+")) {
            return began; // an id, never a path; a scenario the game does not ship names itself as it began
        }
        try {
            return org.balancedrealism.ui.game.ScenarioCards.of(
                    org.balancedrealism.io.ScenarioLoader.readAsset("scenarios/" + g.scenario + ".json")).title();
        } catch (DataFileException | RuntimeException e) {
            return began;
        }
    }

    /** "Ukraine (2022) · Ukraine · turn 5": the scenario, the players' states (by name where the map knows them), the turn. */
    static String detail(SaveGame g, Supplier<Optional<GeoMap>> map) {
        List<String> states = new ArrayList<>();
        Optional<GeoMap> m = map.get();
        for (SaveGame.SeatEntry seat : g.seats) {
            if (seat.human()) {
                states.add(m.flatMap(x -> x.find(seat.state())).map(c -> CountryNames.of(c.id(), c.name())).orElse(seat.state()));
            }
        }
        String title = title(g);
        // counted from 1, as the game screen's top bar counts (the world counts from 0)
        return Texts.get("continue.detail", title + (states.isEmpty() ? "" : " · " + String.join(", ", states)), g.world.turn + 1);
    }

    /**
     * The saves in the folder and in the autosave folders of a classroom's parallel worlds inside it, the file written
     * last first.
     */
    private static List<Path> byAge(Path folder) {
        Map<Path, FileTime> times = new TreeMap<>();
        savesIn(folder, times);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> worlds = Files.newDirectoryStream(folder,
                    org.balancedrealism.ui.classroom.ClassroomScreens.WORLD_FOLDER_PREFIX + "*")) {
                for (Path w : worlds) {
                    if (Files.isDirectory(w)) {
                        savesIn(w, times);
                    }
                }
            } catch (IOException e) {
                // the folder's own saves are still offered
            }
        }
        List<Path> out = new ArrayList<>(times.keySet());
        out.sort(Comparator.comparing(times::get, Comparator.reverseOrder()));
        return out;
    }

    private static void savesIn(Path folder, Map<Path, FileTime> times) {
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SaveGames.EXTENSION)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith(".") && !name.equals("settings.json") && Files.isRegularFile(f)) {
                        times.put(f, Files.getLastModifiedTime(f));
                    }
                }
            } catch (IOException e) {
                // an unreadable folder offers nothing
            }
        }
    }

    /** What the folder looks like: which files, how long, when written. Equal keys need no new look. */
    private static String key(Path folder) {
        StringBuilder k = new StringBuilder(folder.toAbsolutePath().toString());
        for (Path f : byAge(folder)) {
            try {
                k.append('|').append(folder.relativize(f)).append(':').append(Files.size(f)).append(':')
                        .append(Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                k.append('|').append(f.getFileName()).append(":?");
            }
        }
        return k.toString();
    }

    private void show(SaveGames folder, Optional<Offer> offer, String key) {
        shownFor = key;
        if (offer.isEmpty()) {
            shell.mainMenu().unregister(MenuSlot.CONTINUE);
            return;
        }
        Offer o = offer.get();
        shell.mainMenu().register(MenuSlot.CONTINUE, org.balancedrealism.text.Texts.get("menu.continue"), o.detail(), () -> open(folder, o.file()));
    }

    /** Opens the save; one that cannot be loaded after all (changed rules, a missing scenario) opens the load screen, which says why. */
    private void open(SaveGames folder, Path file) {
        SaveGame save;
        try {
            save = folder.load(file);
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Continue cannot open " + file.getFileName() + ": " + e.getMessage());
            SaveScreens.openLoadScreen(shell, folder);
            return;
        }
        SaveScreens.resume(shell, folder, save);
    }
}
