package org.balancedrealism.io;

import com.google.gson.JsonObject;
import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Bounds;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.World;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The saves folder: writing saves atomically, autosave rotation, the listing for the load screen, and loading with
 * every check (a refused file is never changed). Files are {@code <name>.json}; autosaves are {@code autosave-1.json}
 * (newest) to {@code autosave-5.json} (oldest).
 */
public final class SaveGames {
    public static final int AUTOSAVES = 5;
    public static final String EXTENSION = ".json";
    /** Version written into saves (messages only). */
    public static final String GAME_VERSION = BuildInfo.version();
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()\\-]{1,80}");
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    /** An autosave written completely and not yet moved into place (see {@link #autosave}). */
    static final String PENDING_AUTOSAVE = "autosave-new" + EXTENSION;

    private final Path folder;
    private final ScenarioSource scenarios;

    public SaveGames(Path folder, ScenarioSource scenarios) {
        this.folder = folder;
        this.scenarios = scenarios;
    }

    public SaveGames(Path folder) {
        this(folder, ScenarioSource.SHIPPED);
    }

    /** The folder named in the player's settings ({@link Settings}), {@code saves/} by default. */
    public static SaveGames fromSettings() {
        return new SaveGames(Settings.loadOrDefaults().savesPath());
    }

    public Path folder() {
        return folder;
    }

    /** A file name for a save name typed by the player: "My game" → "My game.json". */
    public Path fileFor(String name) {
        String n = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        if (!NAME.matcher(n).matches() || n.startsWith(".")) {
            throw new IllegalArgumentException("A save name may use letters, digits, spaces and . _ ( ) - (at most 80).");
        }
        return folder.resolve(n + EXTENSION);
    }

    /** True if {@code name} is acceptable to {@link #fileFor}. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.startsWith(".");
    }

    // ---- writing ----

    /**
     * Writes {@code game} to {@code file} atomically, as gzip-compressed JSON streamed straight to the file (the
     * whole text is never held in memory); fills in the header (version, date, saved-at). Temporary files an
     * earlier crash left behind are removed first.
     */
    public Path save(SaveGame game, Path file) throws IOException {
        stamp(game);
        AtomicFiles.cleanOrphans(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> write(game, out));
        return file;
    }

    /** The save's bytes: gzip-compressed ASCII JSON, streamed. */
    private static void write(SaveGame game, OutputStream out) throws IOException {
        // level 1: most of the size gain at a fraction of the time of the default level
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
        // buffered (the JSON writer hands over a few characters at a time) and plain ASCII: see AsciiJsonOutput
        AsciiJsonOutput w = new AsciiJsonOutput(zip, 1 << 16);
        SaveFormat.GSON.toJson(game, SaveGame.class, w.jsonWriter());
        w.flush();
        zip.finish();
    }

    private static final AtomicBoolean WARMED = new AtomicBoolean();

    /**
     * Writes {@code game} once, on a background thread, into nothing, the first time a process calls this: the save
     * code's classes are loaded, its reflection set up and its loops compiled before the player's first save (or the
     * first autosave), which would otherwise pay for all that: about twice a warm save's time at turn 100. A game
     * session calls it when it starts ({@code session.Sessions}); it reads the game only, and a failure is ignored.
     */
    public static void warmUp(Supplier<SaveGame> game) {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                SaveGame g = game.get();
                stamp(g);
                write(g, OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the real save reports its own problems
            }
        }, "save-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Writes {@code game} as {@code <name>.json} in the saves folder. */
    public Path save(SaveGame game, String name) throws IOException {
        return save(game, fileFor(name));
    }

    /**
     * Keeps the last {@link #AUTOSAVES}: autosave-1 is the newest; older ones move down, the oldest goes. The new
     * file is written completely first (as {@code autosave-new.json}), and only then do the older ones move: a crash
     * or a full disk during the write leaves the chain as it was, and a crash during the renames leaves the new game
     * in {@code autosave-new.json} (listed and loadable), which the next autosave puts in its place.
     */
    public Path autosave(SaveGame game) throws IOException {
        Files.createDirectories(folder);
        Path fresh = folder.resolve(PENDING_AUTOSAVE);
        if (Files.isRegularFile(fresh)) {
            rotate(fresh); // a crash interrupted the last rotation: that file is a complete, newer game
        }
        save(game, fresh);
        rotate(fresh);
        return autosavePath(1);
    }

    /**
     * Moves the autosaves there are down one place, closing any gap an interrupted rotation left (the oldest beyond
     * {@link #AUTOSAVES} goes), then {@code fresh} to autosave-1; then syncs the folder.
     */
    private void rotate(Path fresh) throws IOException {
        List<Path> existing = new ArrayList<>();
        for (int k = 1; k <= AUTOSAVES; k++) {
            if (Files.isRegularFile(autosavePath(k))) {
                existing.add(autosavePath(k));
            }
        }
        // oldest first, so each move goes to a place already emptied
        for (int i = existing.size() - 1; i >= 0; i--) {
            if (i + 2 > AUTOSAVES) {
                Files.delete(existing.get(i));
            } else if (!existing.get(i).equals(autosavePath(i + 2))) {
                AtomicFiles.move(existing.get(i), autosavePath(i + 2));
            }
        }
        AtomicFiles.move(fresh, autosavePath(1));
        AtomicFiles.syncFolder(folder);
    }

    public Path autosavePath(int k) {
        return folder.resolve("autosave-" + k + EXTENSION);
    }

    private static void stamp(SaveGame g) {
        g.format = SaveGame.FORMAT;
        g.gameVersion = GAME_VERSION;
        g.savedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        if (g.world != null) {
            g.turn = g.world.turn;
            g.seed = g.world.seed;
            g.scenarioTitle = g.world.title;
            g.dateLabel = g.world.dateLabel();
            if (g.scenario == null) {
                g.scenario = g.world.scenarioId;
            }
            if (g.world.rules != null) {
                g.rules = g.world.rules.id;
                g.rulesHash = RulesLoader.hash(g.world.rules);
            }
        }
    }

    // ---- reading ----

    /** Loads a save, refusing it if its rules differ from the scenario's rules now. */
    public SaveGame load(Path file) throws DataFileException {
        return load(file, false);
    }

    /**
     * Loads a save: parse, migrate, check, then attach the scenario's rules and map and derive the figures again.
     * With {@code ignoreRulesMismatch} a save made under other rules is loaded with today's rules (the player was
     * warned by the first refusal).
     */
    public SaveGame load(Path file, boolean ignoreRulesMismatch) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SaveGame g = read(file, name);
        // SaveFormat.check has made sure this is an id ("ukraine-2022"), so it cannot reach outside the scenarios
        Games.Loaded scenario;
        try {
            scenario = scenarios.load(g.scenario);
        } catch (DataFileException e) {
            throw new DataFileException(name, "scenario", "the save's scenario '" + g.scenario + "' cannot be loaded ("
                    + e.getMessage() + "). Install that scenario, or load another save.", e);
        }
        String hash = RulesLoader.hash(scenario.rules());
        if (!ignoreRulesMismatch && !hash.equals(g.rulesHash)) {
            throw new DataFileException(name, "rulesHash", "the save was played under different rules ('" + g.rules
                    + "', fingerprint " + g.rulesHash + ") from this version's rules for the scenario ('"
                    + scenario.rules().id + "', fingerprint " + hash + "). Loading it anyway would continue the game "
                    + "under today's rules, so it may play differently.");
        }
        World w = g.world;
        Geography geo = WorldFactory.geography(scenario.map());
        SaveFormat.checkMap(g, geo, name);
        java.util.Set<String> states = new java.util.HashSet<>();
        scenario.map().countries().forEach(c -> states.add(c.id()));
        for (int i = 0; i < w.nations.length; i++) {
            if (!states.contains(w.nations[i].id)) {
                throw new DataFileException(name, "world.nations[" + i + "].id", "'" + w.nations[i].id + "' is not a "
                        + "state of scenario '" + g.scenario + "': the save is damaged or was edited by hand. Load another save.");
            }
        }
        w.rules = scenario.rules();
        w.geography = geo;
        try {
            Bounds.enforce(w); // figures outside their ranges (an edited file, an older version) are brought back in
            Perception.refresh(w);
            Alignments.run(w);
        } catch (RuntimeException e) {
            throw new DataFileException(name, "world", "does not hold together (" + e.getClass().getSimpleName()
                    + "): the save is damaged or was edited by hand. Load another save.", e);
        }
        return g;
    }

    /**
     * True if {@code e} refused a save only because it was played under other rules: the load screen may then offer
     * "Load anyway" ({@link #load(Path, boolean)} with {@code true}).
     */
    public static boolean isRulesMismatch(DataFileException e) {
        return "rulesHash".equals(e.field()) && e.problem().startsWith("the save was played under different rules");
    }

    /** Parses and checks a save without loading its scenario (for the listing and tests). */
    public static SaveGame read(Path file, String name) throws DataFileException {
        String text = text(file, name);
        JsonObject tree = SaveFormat.tree(text, name);
        tree = SaveFormat.migrate(tree, name, SaveFormat.MIGRATIONS);
        SaveGame g = SaveFormat.envelope(tree, name);
        SaveFormat.check(g, name);
        return g;
    }

    /** The save's JSON text: gzip-compressed (format 2 on) or plain (format 1), at most {@link #MAX_BYTES} of it. */
    private static String text(Path file, String name) throws DataFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataFileException(name, null, "is too large to be a save game. Load another save.");
            }
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            bytes = JsonTree.bytes(gzip ? new GZIPInputStream(in, 1 << 16) : in, MAX_BYTES, name, "a save game");
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, null, "does not exist (it may have been moved or deleted).");
        } catch (DataFileException e) {
            throw new DataFileException(name, null, e.problem() + ". Load another save, for example the latest autosave.", e);
        } catch (IOException e) {
            throw new DataFileException(name, null, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return JsonTree.text(bytes, name);
        } catch (DataFileException e) {
            throw new DataFileException(name, null, "is not a save game: it is not UTF-8 text. It may be damaged; "
                    + "load another save.", e);
        }
    }

    // ---- listing ----

    /**
     * One line of the load screen.
     *
     * @param error why the file cannot be loaded, or null (then the other fields are filled in)
     */
    public record SaveInfo(Path file, String fileName, String scenario, String scenarioTitle, String dateLabel, int turn,
                           List<String> seats, String savedAt, boolean autosave, String error) {
        public boolean readable() {
            return error == null;
        }

        /**
         * The turn the game shows when it is loaded: {@code turn} counts the turns already resolved, so a game saved
         * during its tenth turn holds 9 here (the top bar says "turn 10").
         */
        public int playingTurn() {
            return turn + 1;
        }

        /** "Ukraine 2022 — 2022-07, turn 2 — Alice (RUS), Bob (UKR) — saved 2026-11-24 23:40". */
        public String label() {
            if (error != null) {
                return fileName + " — cannot be loaded: " + error;
            }
            return fileName + " — " + scenarioTitle + " — " + dateLabel + ", turn " + playingTurn()
                    + (seats.isEmpty() ? "" : " — " + String.join(", ", seats)) + " — saved " + savedAtLabel();
        }

        /** savedAt in the local time zone, "yyyy-MM-dd HH:mm". */
        public String savedAtLabel() {
            try {
                return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault())
                        .format(Instant.parse(savedAt));
            } catch (RuntimeException e) {
                return String.valueOf(savedAt);
            }
        }
    }

    /** Every save in the folder, newest first; unreadable files are listed with their error. Never throws. */
    public List<SaveInfo> list() {
        List<SaveInfo> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.equals("settings.json") || !Files.isRegularFile(f)) {
                    continue;
                }
                out.add(info(f));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((SaveInfo i) -> i.savedAt() == null ? "" : i.savedAt()).reversed()
                .thenComparing(SaveInfo::fileName));
        return out;
    }

    /** The load-screen line of one file. */
    public static SaveInfo info(Path f) {
        String name = f.getFileName().toString();
        boolean auto = name.startsWith("autosave-");
        try {
            SaveGame g = read(f, name);
            List<String> seats = new ArrayList<>();
            for (SaveGame.SeatEntry s : g.seats) {
                if (s.human()) {
                    seats.add(s.name().equals(s.state()) ? s.state() : s.name() + " (" + s.state() + ")");
                }
            }
            return new SaveInfo(f, name, g.scenario, g.world.title == null ? g.scenario : g.world.title,
                    g.world.dateLabel(), g.world.turn, List.copyOf(seats), g.savedAt, auto, null);
        } catch (DataFileException e) {
            return new SaveInfo(f, name, null, null, null, 0, List.of(), lastModified(f), auto, e.problem());
        } catch (RuntimeException e) {
            return new SaveInfo(f, name, null, null, null, 0, List.of(), lastModified(f), auto,
                    "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return null;
        }
    }
}
