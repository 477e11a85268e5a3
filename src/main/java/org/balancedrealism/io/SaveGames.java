package org.balancedrealism.io;

import com.google.gson.JsonObject;
import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.WorldFactory;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    public static final String GAME_VERSION = version();
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()\\-]{1,80}");
    private static final long MAX_BYTES = 256L * 1024 * 1024;

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

    /** Writes {@code game} to {@code file} atomically; fills in the header (version, date, saved-at). */
    public Path save(SaveGame game, Path file) throws IOException {
        stamp(game);
        AtomicFiles.write(file, Json.GSON.toJson(game).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Writes {@code game} as {@code <name>.json} in the saves folder. */
    public Path save(SaveGame game, String name) throws IOException {
        return save(game, fileFor(name));
    }

    /** Keeps the last {@link #AUTOSAVES}: autosave-1 is the newest; older ones move down, the oldest goes. */
    public Path autosave(SaveGame game) throws IOException {
        Files.createDirectories(folder);
        for (int k = AUTOSAVES - 1; k >= 1; k--) {
            Path from = autosavePath(k);
            if (Files.exists(from)) {
                Files.move(from, autosavePath(k + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return save(game, autosavePath(1));
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
        w.rules = scenario.rules();
        w.geography = geo;
        try {
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

    private static String text(Path file, String name) throws DataFileException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataFileException(name, null, "is too large to be a save game. Load another save.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, null, "does not exist (it may have been moved or deleted).");
        } catch (CharacterCodingException e) {
            throw new DataFileException(name, null, "is not a save game: it is not UTF-8 text. It may be damaged; "
                    + "load another save.", e);
        } catch (IOException e) {
            throw new DataFileException(name, null, "cannot be read: " + e.getMessage(), e);
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

    private static String version() {
        String v = SaveGames.class.getPackage() == null ? null : SaveGames.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
