package org.balancedrealism.io;

import org.balancedrealism.text.Texts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The player's settings, kept as JSON in {@code ~/.balanced-realism/settings.json} (the folder can be moved with
 * the system property {@code balancedrealism.home}). Not kept in the saves folder, because that folder is itself a
 * setting. A missing file means the defaults; a damaged one is put aside, reported, and the defaults are used.
 *
 * <p>The interface settings are kept as plain names and flags, so this package needs nothing of the UI: the UI maps
 * {@link #textSize} to its own sizes and ignores a name it does not know.
 */
public final class Settings {
    public static final String DEFAULT_SAVES_FOLDER = "saves";
    public static final String DEFAULT_TEXT_SIZE = "NORMAL";
    /** Set by the installed game's launcher: saves then go under {@link #home()}, not the working directory. */
    public static final String INSTALLED_PROPERTY = "balancedrealism.installed";
    public static final String DEFAULT_LANGUAGE = "en";
    private static final Set<String> TEXT_SIZES = Set.of("NORMAL", "LARGE", "EXTRA_LARGE");

    /** Where saves go; relative paths are taken from the working directory. */
    public String savesFolder = defaultSavesFolder();
    /** Interface text size: NORMAL, LARGE or EXTRA_LARGE. */
    public String textSize = DEFAULT_TEXT_SIZE;
    /** The language of every player-facing text: a language code of {@link Texts#LANGUAGES} ("en", "fr"). */
    public String language = DEFAULT_LANGUAGE;
    /** Whether the window fills the screen. */
    public boolean fullScreen = false;
    /** Whether the map draws the sea lanes. */
    public boolean seaLanesShown = true;
    /** Whether the map draws meridians and parallels. */
    public boolean graticuleShown = true;

    public Path savesPath() {
        return Path.of(savesFolder == null || savesFolder.isBlank() ? defaultSavesFolder() : savesFolder);
    }

    /**
     * {@code saves} beside the working directory when the game runs from the project (Maven), or the folder
     * {@code saves} under {@link #home()} when it runs installed (a desktop launcher's working directory is anywhere).
     */
    public static String defaultSavesFolder() {
        return Boolean.getBoolean(INSTALLED_PROPERTY) ? home().resolve(DEFAULT_SAVES_FOLDER).toString()
                : DEFAULT_SAVES_FOLDER;
    }

    /** {@code ~/.balanced-realism} or the folder named by the property {@code balancedrealism.home}. */
    public static Path home() {
        String prop = System.getProperty("balancedrealism.home");
        return prop != null && !prop.isBlank() ? Path.of(prop) : Path.of(System.getProperty("user.home"), ".balanced-realism");
    }

    public static Path defaultFile() {
        return home().resolve("settings.json");
    }

    /** Reads the settings file; the defaults if there is none. */
    public static Settings load(Path file) throws DataFileException {
        if (!Files.exists(file)) {
            return new Settings();
        }
        Settings s;
        try (Reader r = Json.openFile(file)) {
            s = Json.parse(r, Settings.class, file.toString());
        } catch (IOException e) {
            throw new DataFileException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
        if (s.savesFolder == null || s.savesFolder.isBlank()) {
            s.savesFolder = defaultSavesFolder();
        }
        if (s.textSize == null) {
            s.textSize = DEFAULT_TEXT_SIZE;
        } else if (!TEXT_SIZES.contains(s.textSize)) {
            throw new DataFileException(file.toString(), "textSize", "'" + s.textSize
                    + "' is not a text size (NORMAL, LARGE or EXTRA_LARGE)");
        }
        if (s.language == null) {
            s.language = DEFAULT_LANGUAGE;
        } else if (Texts.LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(s.language))) {
            throw new DataFileException(file.toString(), "language", "'" + s.language + "' is not a language of the game ("
                    + String.join(" or ", Texts.LANGUAGES.stream().map(java.util.Locale::getLanguage).toList()) + ")");
        }
        return s;
    }

    /** The settings read at start, and what went wrong if the file could not be used. */
    public record Loaded(Settings settings, String problem) {
        public boolean damaged() {
            return problem != null;
        }
    }

    /**
     * Reads {@code file} for the start of the game. A damaged file is moved aside to {@code settings.json.damaged}
     * (so the next save does not destroy what the player may want to mend) and the defaults are used; the
     * returned problem says so in words for the player.
     */
    public static Loaded loadForStart(Path file) {
        try {
            return new Loaded(load(file), null);
        } catch (DataFileException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            String where;
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                where = " It was kept as " + aside + ".";
            } catch (IOException | RuntimeException moveFailed) {
                where = "";
            }
            return new Loaded(new Settings(), "Your settings could not be read, so the defaults are used. "
                    + e.getMessage() + "." + where);
        }
    }

    /** The settings in {@link #defaultFile()}, or the defaults if that file is missing or unreadable. */
    public static Settings loadOrDefaults() {
        try {
            return load(defaultFile());
        } catch (DataFileException e) {
            return new Settings();
        }
    }

    public void save(Path file) throws IOException {
        AtomicFiles.write(file, Json.PRETTY.toJson(this).getBytes(StandardCharsets.UTF_8));
    }

    public void save() throws IOException {
        save(defaultFile());
    }
}
