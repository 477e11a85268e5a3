package org.balancedrealism.io;

import org.balancedrealism.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scenario may name a base scenario ({@code "base": "modern-world"}) and give only what differs: its keys replace
 * the base's, everything else is the base's. A base that does not exist, or that leads back to the scenario itself,
 * is refused naming the file and the {@code base} field.
 */
class ScenarioBaseTest {
    @TempDir
    Path dir;

    private Path write(String id, String body) throws Exception {
        Path file = dir.resolve(id + ".json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"" + id + "\"" + body + "}");
        return file;
    }

    @Test
    void theTutorialScenarioIsTheModernWorldWithItsOwnTitleTurnsAndEvents() throws Exception {
        Scenario base = Games.load("modern-world").scenario();
        Scenario tutorial = Games.load("first-game").scenario();
        assertEquals("first-game", tutorial.id);
        assertEquals(12, tutorial.turns);
        assertEquals(base.nations.size(), tutorial.nations.size(), "the nations come from the base");
        assertEquals(Json.GSON.toJson(base.nations), Json.GSON.toJson(tutorial.nations));
        assertEquals(Json.GSON.toJson(base.territories), Json.GSON.toJson(tutorial.territories));
        assertTrue(tutorial.events.stream().anyMatch(e -> "tutorial-act-1".equals(e.id)), "its own events");
        assertTrue(tutorial.objectives.isEmpty(), "its own (empty) objectives replace the base's");
    }

    @Test
    void aScenarioOnDiskMayNameAShippedBaseAndOverrideOneKey() throws Exception {
        Path file = write("short-world", ", \"base\": \"modern-world\", \"title\": \"Short\", \"turns\": 12,"
                + " \"events\": [], \"claims\": []");
        Games.Loaded loaded = Games.load(file.toString());
        assertEquals("Short", loaded.scenario().title);
        assertEquals(Games.load("modern-world").scenario().nations.size(), loaded.scenario().nations.size());
    }

    @Test
    void aBaseThatDoesNotExistIsRefusedNamingTheField() throws Exception {
        Path file = write("orphan", ", \"base\": \"no-such-world\"");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(file.toString()));
        assertEquals("orphan.json", e.file());
        assertEquals("base", e.field());
        assertTrue(e.problem().contains("'no-such-world'"), e.getMessage());
    }

    @Test
    void aScenarioNamingItselfAsItsBaseIsRefused() throws Exception {
        Path file = write("loop", ", \"base\": \"loop\"");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(file.toString()));
        assertEquals("base", e.field());
        assertTrue(e.problem().contains("itself"), e.getMessage());
    }

    @Test
    void twoScenariosNamingEachOtherAreRefused() throws Exception {
        write("ping", ", \"base\": \"pong\"");
        Path pong = write("pong", ", \"base\": \"ping\"");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(pong.toString()));
        assertEquals("base", e.field());
        assertTrue(e.problem().contains("leads back"), e.getMessage());
    }
}
