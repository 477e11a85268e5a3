package org.balancedrealism.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The player's settings file: what it keeps, and what a damaged one turns into. */
class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void interfaceSettingsAreKeptBesideTheSavesFolder() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings s = new Settings();
        s.savesFolder = dir.resolve("my saves").toString();
        s.textSize = "EXTRA_LARGE";
        s.fullScreen = true;
        s.seaLanesShown = false;
        s.graticuleShown = false;
        s.save(file);

        Settings read = Settings.load(file);
        assertEquals(dir.resolve("my saves"), read.savesPath());
        assertEquals("EXTRA_LARGE", read.textSize);
        assertTrue(read.fullScreen);
        assertFalse(read.seaLanesShown);
        assertFalse(read.graticuleShown);
    }

    @Test
    void aFileWrittenBeforeTheInterfaceSettingsExistedGivesTheirDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"savesFolder\": \"old\"}");
        Settings read = Settings.load(file);
        assertEquals(Path.of("old"), read.savesPath());
        assertEquals("NORMAL", read.textSize);
        assertFalse(read.fullScreen);
        assertTrue(read.seaLanesShown);
        assertTrue(read.graticuleShown);
    }

    @Test
    void anUnknownTextSizeIsRefusedNamingTheField() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textSize\": \"HUGE\"}");
        DataFileException e = assertThrows(DataFileException.class, () -> Settings.load(file));
        assertEquals("textSize", e.field());
        assertTrue(e.getMessage().contains("settings.json"), e.getMessage());
    }

    @Test
    void aDamagedFileGivesTheDefaultsAMessageAndIsKeptAside() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"textSize\": \"LARGE\", ");
        Settings.Loaded loaded = Settings.loadForStart(file);

        assertTrue(loaded.damaged());
        assertEquals("NORMAL", loaded.settings().textSize);
        assertTrue(loaded.problem().startsWith("Your settings could not be read, so the defaults are used."),
                loaded.problem());
        assertTrue(loaded.problem().contains("settings.json"), "names the file: " + loaded.problem());
        assertTrue(loaded.problem().contains("not valid JSON"), "says what is wrong: " + loaded.problem());
        assertFalse(Files.exists(file), "the damaged file is moved aside");
        assertEquals("{ \"textSize\": \"LARGE\", ", Files.readString(dir.resolve("settings.json.damaged")));
    }

    @Test
    void noFileMeansTheDefaultsWithoutAMessage() {
        Settings.Loaded loaded = Settings.loadForStart(dir.resolve("settings.json"));
        assertFalse(loaded.damaged());
        assertNull(loaded.problem());
        assertEquals("NORMAL", loaded.settings().textSize);
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheField() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\": \"klingon\"}");
        DataFileException e = assertThrows(DataFileException.class, () -> Settings.load(file));
        assertEquals("language", e.field());
        assertTrue(e.getMessage().contains("klingon") && e.getMessage().contains("en or fr"), e.getMessage());
    }

    @Test
    void aDamagedLanguageResetsToEnglishWithAMessageNamingIt() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\": \"xx\", \"textSize\": \"LARGE\"}");
        Settings.Loaded loaded = Settings.loadForStart(file);
        assertTrue(loaded.damaged());
        assertEquals("en", loaded.settings().language);
        assertTrue(loaded.problem().contains("language") && loaded.problem().contains("'xx'"), loaded.problem());
        assertTrue(Files.exists(dir.resolve("settings.json.damaged")), "the damaged file is kept aside");
    }

    @Test
    void theChosenLanguageIsKeptAndAnOldFileReadsAsEnglish() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings s = new Settings();
        s.language = "fr";
        s.save(file);
        assertEquals("fr", Settings.load(file).language);
        Files.writeString(file, "{\"textSize\": \"LARGE\"}");
        assertEquals("en", Settings.load(file).language);
    }
}
