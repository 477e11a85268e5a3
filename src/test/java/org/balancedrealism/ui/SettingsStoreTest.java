package org.balancedrealism.ui;

import org.balancedrealism.io.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interface settings outlive the game: each change is written, and the next start reads it back. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsChangedInOneRunAreThereInTheNext() {
        Path file = dir.resolve("settings.json");
        UiSettings first = new UiSettings();
        SettingsStore.attach(file, first);
        first.setTextSize(UiSettings.TextSize.LARGE);
        first.fullScreenProperty().set(true);
        first.seaLanesShownProperty().set(false);
        first.graticuleShownProperty().set(false);

        UiSettings next = new UiSettings();
        SettingsStore store = SettingsStore.attach(file, next);
        assertTrue(store.startProblem().isEmpty());
        assertEquals(UiSettings.TextSize.LARGE, next.getTextSize());
        assertTrue(next.fullScreenProperty().get());
        assertFalse(next.seaLanesShownProperty().get());
        assertFalse(next.graticuleShownProperty().get());
    }

    @Test
    void writingTheInterfaceSettingsKeepsTheSavesFolder() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings s = new Settings();
        s.savesFolder = dir.resolve("campaigns").toString();
        s.save(file);

        UiSettings ui = new UiSettings();
        SettingsStore.attach(file, ui);
        ui.setTextSize(UiSettings.TextSize.EXTRA_LARGE);

        Settings read = Settings.load(file);
        assertEquals(dir.resolve("campaigns"), read.savesPath());
        assertEquals("EXTRA_LARGE", read.textSize);
    }

    @Test
    void aDamagedFileStartsWithTheDefaultsAndSaysSo() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "not json at all {");
        UiSettings ui = new UiSettings();
        SettingsStore store = SettingsStore.attach(file, ui);

        assertEquals(UiSettings.TextSize.NORMAL, ui.getTextSize());
        assertTrue(ui.seaLanesShownProperty().get());
        assertTrue(store.startProblem().orElseThrow().contains("defaults"));

        ui.setTextSize(UiSettings.TextSize.LARGE);
        assertEquals("LARGE", Settings.load(file).textSize, "the next change writes a good file again");
    }
}
