package org.balancedrealism.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A typo'd key in a scenario or orders file is an error naming the file and the field, never silently dropped. */
class UnknownKeysAreRefusedTest {
    private static String modern() throws Exception {
        return new String(UnknownKeysAreRefusedTest.class.getResourceAsStream("/assets/scenarios/modern-world.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path write(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("keys").resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aMistypedNationKeyIsRefusedWithTheKeyItMeant() throws Exception {
        String text = modern().replaceFirst("\"milexShare\"", "\"milexshare\"");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(write("typo.json", text).toString()));
        assertEquals("typo.json", e.file());
        assertTrue(e.field().matches("nations\\[\\d+]\\.milexshare"), e.field());
        assertEquals("unknown key; did you mean milexShare?", e.problem());
    }

    @Test
    void aMistypedKeyInANestedListIsRefused() throws Exception {
        String text = modern().replaceFirst("\"type\": \"alliance\"", "\"tpye\": \"alliance\"");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(write("typo.json", text).toString()));
        assertTrue(e.field().matches("(blocs|treaties)\\[\\d+]\\.tpye"), e.field());
        assertTrue(e.problem().endsWith("did you mean type?"), e.problem());
    }

    @Test
    void anUnknownTopLevelKeyFarFromAnyIsRefusedWithoutAGuess() throws Exception {
        String text = modern().replaceFirst("\\{", "{ \"weather\": \"sunny\",");
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(write("typo.json", text).toString()));
        assertEquals("weather", e.field());
        assertEquals("unknown key", e.problem());
    }

    @Test
    void theClaimsSectionIsLeftToItsOwnReader() throws Exception {
        // the shipped claims use keys the Scenario class does not have (kind, byTurn, orders…): left to ClaimsLoader
        String text = modern();
        assertTrue(text.contains("\"claims\""));
        Games.Loaded loaded = Games.load(write("modern-world.json", text).toString());
        assertEquals("modern-world", loaded.scenario().id);
    }

    @Test
    void aMistypedKeyInAnOrdersFileIsRefused() throws Exception {
        Path file = write("orders.json", "[ {\"turn\": 1, \"kind\": \"INVADE\", \"actor\": \"USA\", \"target\": \"IRQ\"},"
                + " {\"turn\": 2, \"kind\": \"INVADE\", \"actor\": \"USA\", \"traget\": \"IRN\"} ]");
        DataFileException e = assertThrows(DataFileException.class, () -> OrdersFile.read(file));
        assertEquals("orders.json", e.file());
        assertEquals("[1].traget", e.field());
        assertEquals("unknown key; did you mean target?", e.problem());
    }

    @Test
    void aCorrectOrdersFileStillReads() throws Exception {
        Path file = write("orders.json", "[ {\"turn\": 1, \"kind\": \"INVADE\", \"actor\": \"USA\", \"target\": \"IRQ\"} ]");
        assertEquals(1, OrdersFile.read(file).get(1).size());
    }

    @Test
    void theNearestKeyAllowsAboutOneTypoInThree() {
        assertEquals("milexShare", DataShape.nearest("milexshare", List.of("milex", "milexShare")));
        assertEquals("population", DataShape.nearest("popluation", List.of("gdp", "population")));
        assertEquals(null, DataShape.nearest("weather", List.of("gdp", "population")));
    }
}
