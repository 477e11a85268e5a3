package org.balancedrealism.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario loaded from a folder may keep its own rules file beside it, whole or as overrides of a base. */
class RulesBesideTheScenarioTest {
    private static String asset(String path) throws Exception {
        return new String(RulesBesideTheScenarioTest.class.getResourceAsStream("/assets/" + path).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A folder with modern-world.json naming {@code rules}; returns the scenario's path. */
    private static Path folderWith(String rules) throws Exception {
        Path dir = Files.createTempDirectory("seminar");
        String scenario = asset("scenarios/modern-world.json")
                .replace("\"rules\": \"rules/default.json\"", "\"rules\": \"" + rules + "\"");
        assertTrue(scenario.contains(rules));
        Path file = dir.resolve("modern-world.json");
        Files.writeString(file, scenario);
        return file;
    }

    @Test
    void aFullRulesFileBesideTheScenarioIsUsed() throws Exception {
        Path scenario = folderWith("seminar-rules.json");
        Files.writeString(scenario.resolveSibling("seminar-rules.json"), asset("rules/default.json")
                .replace("\"id\": \"default\"", "\"id\": \"seminar\"").replace("\"balancing\": 1", "\"balancing\": 0"));
        Games.Loaded loaded = Games.load(scenario.toString());
        assertEquals("seminar", loaded.rules().id);
        assertEquals(0, loaded.rules().coalition.balancing);
    }

    @Test
    void aPartialRulesFileOverridesItsBaseFigureByFigure() throws Exception {
        Path scenario = folderWith("rules/no-balancing.json");
        Files.createDirectories(scenario.resolveSibling("rules"));
        Files.writeString(scenario.resolveSibling("rules").resolve("no-balancing.json"), """
                { "base": "rules/default.json", "id": "no-balancing",
                  "coalition": { "balancing": 0 },
                  "doctrines": { "balanced-realist": { "minWinChance": 0.9 } } }""");
        Games.Loaded loaded = Games.load(scenario.toString());
        assertEquals("no-balancing", loaded.rules().id);
        assertEquals(0, loaded.rules().coalition.balancing);
        assertEquals(0.9, loaded.rules().doctrine("balanced-realist").minWinChance);
        assertEquals(2, loaded.rules().coalition.minMembers, "figures not overridden come from the base");
        assertEquals(0.30, loaded.rules().doctrine("balanced-realist").maxCoalitionRisk);
    }

    @Test
    void aMissingRulesFileIsNamedWithTheScenarioThatAskedForIt() throws Exception {
        Path scenario = folderWith("missing-rules.json");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(scenario.toString()));
        assertEquals("modern-world.json", e.file());
        assertEquals("rules", e.field());
        assertTrue(e.problem().contains("missing-rules.json") && e.problem().contains("beside"), e.problem());
    }

    @Test
    void aTypoInAnOverrideIsAnErrorNamingTheRulesFile() throws Exception {
        Path scenario = folderWith("overrides.json");
        Files.writeString(scenario.resolveSibling("overrides.json"),
                "{ \"base\": \"rules/default.json\", \"coalition\": { \"balanceing\": 0 } }");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(scenario.toString()));
        assertEquals("overrides.json", e.file());
        assertEquals("coalition.balanceing", e.field());
        assertTrue(e.problem().contains("did you mean balancing?"), e.problem());
    }

    @Test
    void anOutOfRangeOverrideIsRefusedLikeAnyRulesFigure() throws Exception {
        Path scenario = folderWith("overrides.json");
        Files.writeString(scenario.resolveSibling("overrides.json"),
                "{ \"base\": \"rules/default.json\", \"coalition\": { \"balancing\": 3 } }");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(scenario.toString()));
        assertEquals("overrides.json", e.file());
        assertEquals("coalition.balancing", e.field());
    }

    @Test
    void anIncompleteRulesFileWithoutABaseIsRefused() throws Exception {
        Path scenario = folderWith("partial.json");
        Files.writeString(scenario.resolveSibling("partial.json"), "{ \"id\": \"partial\", \"coalition\": { \"balancing\": 0 } }");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(scenario.toString()));
        assertEquals("partial.json", e.file());
        assertTrue(e.problem().contains("missing"), e.problem());
    }
}
