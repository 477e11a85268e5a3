package org.balancedrealism.io;

import org.balancedrealism.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad scenario file (one file per kind under {@code src/test/resources/bad-scenarios/}, each a small
 * valid scenario {@code tiny.json} with one thing wrong) is refused with one line naming the file, the field and the
 * problem in the author's words: no stack trace, no Java exception text, nothing accepted that would break a world.
 */
class BadScenarioFilesAreRefusedTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = getClass().getResourceAsStream("/bad-scenarios/" + name + ".json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private DataFileException refused(String name) throws Exception {
        Path file = copy(name);
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(file.toString()));
        assertEquals(name + ".json", e.file());
        assertSpeaksTheAuthorsLanguage(e.getMessage());
        return e;
    }

    private static void assertSpeaksTheAuthorsLanguage(String message) {
        assertFalse(message.contains("\n"), message);
        for (String java : new String[]{"Exception", "java.", "gson", "Malformed", "Expected BEGIN", "null pointer"}) {
            assertFalse(message.contains(java), message);
        }
    }

    @Test
    void theSmallScenarioTheCasesAreMadeFromIsValid() throws Exception {
        assertEquals("tiny", Games.load(copy("tiny").toString()).scenario().id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "null-list                       | territories                       | is null; write a list",
            "null-entry                      | treaties[1]                       | is null (an empty entry",
            "bloc-without-type               | blocs[0].type                     | is missing",
            "objective-without-type          | objectives[0].type                | is missing",
            "gdp-infinity                    | nations[0].gdp                    | must be an ordinary number, got Infinity",
            "effect-nan                      | events[0].effects[0].multiply     | must be an ordinary number, got NaN",
            "treasury-nan                    | nations[0].treasury               | must be an ordinary number, got NaN",
            "population-huge                 | nations[1].population             | far too large",
            "war-same-state-both-sides       | wars[0].defenders                 | 'USA' is on both sides",
            "unknown-key-gpd                 | nations[0].gpd                    | unknown key; did you mean gdp?",
            "duplicate-treaty                | treaties[1]                       | listed twice",
            "duplicate-relation              | relations[1]                      | listed twice",
            "duplicate-nation                | nations[2].id                     | listed twice",
            "duplicate-key                   | turns                             | given twice",
            "id-not-file-name                | id                                | the file name",
            "event-turn-out-of-range         | events[0].turn                    | must be from 1 to 20",
            "effect-add-and-multiply         | events[0].effects[0]              | both add and multiply",
            "effect-neither-add-nor-multiply | events[0].effects[0]              | needs add or multiply",
            "whole-number-with-fraction      | turns                             | must be a whole number, got 20.5",
            "number-as-text                  | nations[0].gdp                    | must be a number, got \"lots\"",
            "wrapping-integer                | monthsPerTurn                     | must be a whole number between",
    })
    void aBadScenarioIsRefusedNamingFileFieldAndProblem(String name, String field, String problem) throws Exception {
        DataFileException e = refused(name);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
    }

    @Test
    void aFileNotInUtf8IsNamedAsSuch() throws Exception {
        assertTrue(refused("not-utf8").problem().contains("not UTF-8"));
    }

    @Test
    void deepNestingUnderAnUnknownKeyIsCapped() throws Exception {
        assertTrue(refused("deep-nesting").problem().contains("nested too deeply"));
    }

    @Test
    void aHugeScenarioIsRefusedBeforeItIsRead() throws Exception {
        String tiny = Files.readString(copy("tiny"));
        StringBuilder relations = new StringBuilder("\"relations\": [");
        for (int k = 0; relations.length() < ScenarioLoader.MAX_BYTES; k++) {
            relations.append(k == 0 ? "" : ",").append("{\"a\": \"USA\", \"b\": \"CAN\", \"opinion\": 1}");
        }
        Path big = dir.resolve("big.json");
        Files.writeString(big, tiny.replace("\"id\": \"tiny\"", "\"id\": \"big\"")
                .replaceFirst("\"relations\": \\[", java.util.regex.Matcher.quoteReplacement(relations + ",")));
        DataFileException e = assertThrows(DataFileException.class, () -> Games.load(big.toString()));
        assertTrue(e.problem().contains("too large"), e.getMessage());
    }

    @Test
    void validateReportsOneLineAndExitCodeTwo() throws Exception {
        Path file = copy("null-list");
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cli.run("validate", file.toString());
        } finally {
            System.setErr(err);
        }
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(2, code);
        assertEquals("null-list.json: field 'territories': is null; write a list, [] if it is empty", printed);
    }
}
