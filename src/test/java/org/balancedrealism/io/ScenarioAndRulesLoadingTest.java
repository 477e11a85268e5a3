package org.balancedrealism.io;

import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shipped data loads; bad files are refused with the file, the field and the problem. */
class ScenarioAndRulesLoadingTest {
    @Test
    void theShippedScenariosLoadWithEveryPlayableState() throws Exception {
        for (String id : new String[] {"modern-world", "ukraine-2022", "belt-and-road-2013", "cold-war-1947", "rebuilding-1950",
            "iraq-2003"}) {
            Games.Loaded loaded = Games.load(id);
            World w = loaded.newWorld(1);
            assertTrue(w.size() >= 190, id + ": " + w.size());
        }
    }

    @Test
    void theModernWorldHasItsAlliancesAndNuclearPowers() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        assertTrue(w.hasTreaty(org.balancedrealism.model.TreatyType.ALLIANCE, w.indexOf("USA"), w.indexOf("DEU")), "NATO");
        assertTrue(w.hasTreaty(org.balancedrealism.model.TreatyType.ALLIANCE, w.indexOf("USA"), w.indexOf("JPN")), "US–Japan");
        assertTrue(w.hasTreaty(org.balancedrealism.model.TreatyType.ALLIANCE, w.indexOf("RUS"), w.indexOf("BLR")), "CSTO");
        for (String id : new String[] {"USA", "RUS", "CHN", "GBR", "FRA", "IND", "PAK", "ISR", "PRK"}) {
            assertTrue(w.nation(w.indexOf(id)).nuclear >= 2, id);
        }
    }

    private static String modernWith(String from, String to) throws Exception {
        String text = new String(ScenarioAndRulesLoadingTest.class.getResourceAsStream("/assets/scenarios/modern-world.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static DataFileException refuse(String text) throws Exception {
        Path dir = Files.createTempDirectory("scn");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, text);
        return assertThrows(DataFileException.class, () -> Games.load(file.toString()));
    }

    @Test
    void aBadScenarioIsRefusedWithFileFieldAndProblem() throws Exception {
        DataFileException e = refuse(modernWith("\"monthsPerTurn\": 3", "\"monthsPerTurn\": 5"));
        assertEquals("broken.json", e.file());
        assertEquals("monthsPerTurn", e.field());
        assertTrue(e.getMessage().contains("1, 3, 6 or 12"), e.getMessage());

        e = refuse(modernWith("\"regime\": \"democracy\"", "\"regime\": \"monarchy\""));
        assertTrue(e.field().matches("nations\\[\\d+]\\.regime"), e.field());

        e = refuse(modernWith("\"format\": 1", "\"format\": 9"));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());

        e = refuse("{ \"format\": 1, \"id\": ");
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        assertTrue(!e.getMessage().contains("Exception"), e.getMessage());

        e = refuse(modernWith("\"id\": \"USA\"", "\"id\": \"XYZ\""));
        assertTrue(e.getMessage().contains("'XYZ' is not a state on the map"), e.getMessage());
    }

    @Test
    void aRulesFileWithAMissingOrOutOfRangeFigureIsRefused() throws Exception {
        String text = new String(RulesLoader.class.getResourceAsStream("/assets/rules/default.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class, () ->
                RulesLoader.load(new StringReader(text.replace("\"kappa\": 1.2,", "")), "bad.json"));
        assertEquals("coalition.kappa", e.field());
        e = assertThrows(DataFileException.class, () ->
                RulesLoader.load(new StringReader(text.replace("\"allyFactor\": 0.3", "\"allyFactor\": 3")), "bad.json"));
        assertTrue(e.getMessage().contains("threat.allyFactor") && e.getMessage().contains("between"), e.getMessage());
        Rules ok = RulesLoader.load(new StringReader(text), "default.json");
        assertEquals(RulesLoader.hash(ok), RulesLoader.hash(RulesLoader.loadDefault()));
    }
}
