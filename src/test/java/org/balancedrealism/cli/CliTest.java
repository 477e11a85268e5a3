package org.balancedrealism.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @Test
    void simulateWritesPerStateCsvAndEventsWithReasons(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("simulate", "ukraine-2022", "--turns", "2", "--seed", "3", "--quiet", "--out", dir.toString()));
        var csv = Files.readAllLines(dir.resolve("states.csv"));
        assertTrue(csv.get(0).startsWith("turn,date,state,power"));
        assertTrue(csv.size() > 2);
        assertTrue(Files.readString(dir.resolve("events.json")).contains("\"why\""));
    }

    @Test
    void tournamentRefusesAnUnknownDoctrine() {
        assertEquals(2, Cli.run("tournament", "ukraine-2022", "--games", "1", "--turns", "1", "--assign", "all-pacifist"));
    }
}
