package org.balancedrealism.cli;

import org.balancedrealism.engine.Perception;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.World;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunOutputsTest {
    private static final String COALITIONS_HEADER = "turn,date,coalition,target,leader,member,joined_turn,troops";
    private static final String THREATS_HEADER =
            "turn,date,observer,source,power,proximity,offence,intentions,allied,threat,main_threat";

    @Test
    void runWritesCoalitionsAndThreatsCsvWithHeaders(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("run", "ukraine-2022", "--turns", "1", "--out", dir.toString()));
        assertEquals(COALITIONS_HEADER, Files.readAllLines(dir.resolve("coalitions.csv")).get(0));
        List<String> threats = Files.readAllLines(dir.resolve("threats.csv"));
        assertEquals(THREATS_HEADER, threats.get(0));
        assertTrue(threats.size() > 1);
        assertTrue(Files.exists(dir.resolve("figures.csv")));
    }

    @Test
    void simulateWritesCoalitionsAndThreatsCsvWithHeadersAndAtMostAFewSourcesPerObserver(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("simulate", "ukraine-2022", "--turns", "1", "--quiet", "--out", dir.toString()));
        assertEquals(COALITIONS_HEADER, Files.readAllLines(dir.resolve("coalitions.csv")).get(0));
        List<String> threats = Files.readAllLines(dir.resolve("threats.csv"));
        assertEquals(THREATS_HEADER, threats.get(0));
        Map<String, Integer> perObserver = new HashMap<>();
        Map<String, Integer> mains = new HashMap<>();
        for (String line : threats.subList(1, threats.size())) {
            String[] f = line.split(",");
            assertEquals(11, f.length, line);
            perObserver.merge(f[0] + "," + f[2], 1, Integer::sum);
            if (f[10].equals("true")) {
                mains.merge(f[0] + "," + f[2], 1, Integer::sum);
            }
        }
        assertTrue(perObserver.values().stream().allMatch(c -> c <= TurnCsv.THREATS_PER_OBSERVER + 1));
        assertTrue(mains.values().stream().allMatch(c -> c == 1), "one main threat per observer and turn");
        assertTrue(Files.readAllLines(dir.resolve("states.csv")).get(0).startsWith("turn,date,state,power"));
    }

    @Test
    void coalitionRowsNameTargetLeaderMemberJoinedTurnAndTroops() throws Exception {
        World w = TestGames.world(3);
        Perception.refresh(w);
        Coalition c = new Coalition();
        c.id = 42;
        c.target = w.indexOf("AAA");
        c.leader = w.indexOf("BBB");
        c.members.add(new CoalitionMember(w.indexOf("BBB"), 0.5, 1, true, 0, "", 0));
        c.members.add(new CoalitionMember(w.indexOf("DDD"), 0.4, 0.1, false, 0, "", 0));
        w.coalitions.add(c);
        StringWriter out = new StringWriter();
        TurnCsv.COALITIONS.rows(w, out);
        String date = w.dateLabel();
        assertEquals("0," + date + ",42,AAA,BBB,BBB,0,true\n0," + date + ",42,AAA,BBB,DDD,0,false\n", out.toString());
    }
}
