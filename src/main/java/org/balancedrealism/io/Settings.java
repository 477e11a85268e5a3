package org.balancedrealism.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The player's settings, kept as JSON in {@code ~/.balanced-realism/settings.json} (the folder can be moved with
 * the system property {@code balancedrealism.home}). Not kept in the saves folder, because that folder is itself a
 * setting. A missing file means the defaults; an unreadable one is reported and the defaults are used.
 */
public final class Settings {
    public static final String DEFAULT_SAVES_FOLDER = "saves";

    /** Where saves go; relative paths are taken from the working directory. */
    public String savesFolder = DEFAULT_SAVES_FOLDER;

    public Path savesPath() {
        return Path.of(savesFolder == null || savesFolder.isBlank() ? DEFAULT_SAVES_FOLDER : savesFolder);
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
        try (Reader r = Json.openFile(file)) {
            Settings s = Json.parse(r, Settings.class, file.toString());
            if (s.savesFolder == null || s.savesFolder.isBlank()) {
                s.savesFolder = DEFAULT_SAVES_FOLDER;
            }
            return s;
        } catch (IOException e) {
            throw new DataFileException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
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
