package org.balancedrealism.ui;

import javafx.beans.InvalidationListener;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the interface settings (text size, full screen, what the map draws) in the player's settings file
 * ({@link Settings}): read once at start, written whenever one of them changes. The other settings in the file (the
 * saves folder) are kept as they are.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;
    private final UiSettings ui;
    private final String startProblem;

    private SettingsStore(Path file, UiSettings ui, String startProblem) {
        this.file = file;
        this.ui = ui;
        this.startProblem = startProblem;
    }

    /**
     * Reads {@code file} into {@code ui} and writes every later change of {@code ui} back. A damaged file leaves
     * the defaults in place and is reported by {@link #startProblem()}.
     */
    public static SettingsStore attach(Path file, UiSettings ui) {
        Settings.Loaded loaded = Settings.loadForStart(file);
        apply(loaded.settings(), ui);
        SettingsStore store = new SettingsStore(file, ui, loaded.problem());
        InvalidationListener save = o -> store.save();
        ui.textSizeProperty().addListener(save);
        ui.fullScreenProperty().addListener(save);
        ui.seaLanesShownProperty().addListener(save);
        ui.graticuleShownProperty().addListener(save);
        ui.languageProperty().addListener(save);
        return store;
    }

    /** Puts the settings read from a file into the interface settings. */
    public static void apply(Settings from, UiSettings to) {
        to.setTextSize(textSize(from.textSize));
        to.fullScreenProperty().set(from.fullScreen);
        to.seaLanesShownProperty().set(from.seaLanesShown);
        to.graticuleShownProperty().set(from.graticuleShown);
        to.languageProperty().set(java.util.Locale.forLanguageTag(from.language));
    }

    /** The interface settings in a settings file that keeps everything else of {@code base}. */
    public static Settings merge(UiSettings from, Settings base) {
        base.textSize = from.getTextSize().name();
        base.fullScreen = from.fullScreenProperty().get();
        base.seaLanesShown = from.seaLanesShownProperty().get();
        base.graticuleShown = from.graticuleShownProperty().get();
        base.language = from.languageProperty().get().getLanguage();
        return base;
    }

    /** Why the settings file could not be used at start (the defaults were), or empty. */
    public Optional<String> startProblem() {
        return Optional.ofNullable(startProblem);
    }

    public Path file() {
        return file;
    }

    /** Writes the interface settings now; the file's other settings are read again first so none is lost. */
    public void save() {
        Settings base;
        try {
            base = Settings.load(file);
        } catch (DataFileException e) {
            base = new Settings();
        }
        try {
            merge(ui, base).save(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    private static UiSettings.TextSize textSize(String name) {
        for (UiSettings.TextSize size : UiSettings.TextSize.values()) {
            if (size.name().equals(name)) {
                return size;
            }
        }
        return UiSettings.TextSize.NORMAL;
    }
}
