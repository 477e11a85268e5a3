package org.balancedrealism.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario's inject library is checked like its scripted events, with a title and a category besides. */
class ScenarioInjectsFormatTest {
    private static final String BASE = """
            {"format": 1, "id": "tiny", "title": "Tiny", "startDate": "2024-01", "monthsPerTurn": 3, "turns": 8,
             "nations": [], "injects": [%s]}
            """;

    private static DataFileException refused(Path dir, String inject) throws Exception {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, BASE.formatted(inject));
        return assertThrows(DataFileException.class, () -> Games.load(f.toString()));
    }

    @Test
    void anInjectWithAnUnknownCategoryIsRefusedNamingTheField(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DataFileException e = refused(dir, "{\"id\": \"x\", \"title\": \"X\", \"category\": \"gossip\", \"text\": \"Hm\"}");
        assertEquals("injects[0].category", e.field());
    }

    @Test
    void anInjectWithoutATitleIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DataFileException e = refused(dir, "{\"id\": \"x\", \"category\": \"news\", \"text\": \"Hm\"}");
        assertEquals("injects[0].title", e.field());
    }

    @Test
    void anInjectsEffectOnAnUnknownStateIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DataFileException e = refused(dir, "{\"id\": \"x\", \"title\": \"X\", \"category\": \"crisis\", \"text\": \"Hm\","
                + " \"effects\": [{\"nation\": \"XXX\", \"field\": \"gdp\", \"multiply\": 0.9}]}");
        assertTrue(e.field().startsWith("injects[0].effects[0]"), e.getMessage());
    }

    @Test
    void anInjectWithATurnIsRefusedAsAnUnknownKey(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DataFileException e = refused(dir, "{\"id\": \"x\", \"title\": \"X\", \"category\": \"news\", \"text\": \"Hm\", \"turn\": 3}");
        assertTrue(e.getMessage().contains("injects[0].turn") || e.getMessage().contains("injects[0]") && e.getMessage().contains("turn"), e.getMessage());
    }
}
