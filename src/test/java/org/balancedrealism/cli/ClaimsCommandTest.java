package org.balancedrealism.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The claims command exits 0 when every claim holds, 1 when one falls short and 2 for a bad file. */
class ClaimsCommandTest {
    @TempDir
    Path dir;

    private Path scenario(String claims) throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, "{\"format\":1,\"id\":\"tiny\",\"title\":\"Tiny\",\"startDate\":\"2030-01\",\"monthsPerTurn\":3,"
                + "\"turns\":1,\"nations\":[],\"claims\":" + claims + "}");
        return file;
    }

    private static final String TRUE = "{\"id\":\"no-hegemon\",\"text\":\"no state above 99%\",\"kind\":\"max-share\",\"below\":0.99}";
    private static final String FALSE = "{\"id\":\"no-power\",\"text\":\"no state above 1%\",\"kind\":\"max-share\",\"below\":0.01}";

    @Test
    void exitCodeSaysWhetherEveryClaimHolds() throws Exception {
        Path file = scenario("[" + TRUE + "," + FALSE + "]");
        assertEquals(1, Cli.run("claims", file.toString(), "--seeds", "1", "--threads", "1"));
        assertEquals(0, Cli.run("claims", file.toString(), "--seeds", "1", "--threads", "1", "--only", "no-hegemon"));
    }

    @Test
    void aBadClaimOrAnUnknownIdIsABadFile() throws Exception {
        Path bad = scenario("[{\"id\":\"x\",\"text\":\"t\",\"kind\":\"max-share\",\"below\":0.5,\"colour\":\"red\"}]");
        assertEquals(2, Cli.run("claims", bad.toString(), "--seeds", "1"));
        Path good = scenario("[" + TRUE + "]");
        assertEquals(2, Cli.run("claims", good.toString(), "--seeds", "1", "--only", "nothing"));
    }
}
