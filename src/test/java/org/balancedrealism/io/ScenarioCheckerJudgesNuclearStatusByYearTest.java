package org.balancedrealism.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The python scenario checker judges nuclear status by the scenario's start date (a 1947 USSR has no bomb). The rule
 * lives in src/scenario-tools/check.py; its tests are test_check.py there, run here so the build runs them too.
 */
class ScenarioCheckerJudgesNuclearStatusByYearTest {
    @Test
    void theCheckersOwnTestsPass() throws Exception {
        Path tests = Path.of("src/scenario-tools/test_check.py");
        assumeTrue(Files.exists(tests), "run from the project folder");
        Process p;
        try {
            p = new ProcessBuilder("python3", tests.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 took too long");
        assertEquals(0, p.exitValue(), out);
    }
}
