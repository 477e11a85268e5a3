package org.balancedrealism.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.balancedrealism.model.scenario.Scenario;
import org.balancedrealism.testkit.TestWorlds;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scripted event may stand for an aggressive act (an instructor's injected crisis, a historical coup): it writes
 * hostility in every observer by relevance like a played act, marks the actor as having acted, and is logged as
 * {@code act:<kind>} with the scenario's text.
 */
class ScriptedActsWriteHostilityTest {
    /** AGG – VIC – NBR on a line, FAR in another region reached by sea; the coup fires on turn 2. */
    private static World coupOnTurnTwo() {
        return TestWorlds.builder()
                .state("AGG", 3000, 100, 0.04).state("VIC", 500, 30, 0.02).state("NBR", 800, 40, 0.02)
                .state("FAR", 800, 40, 0.02).region("FAR", "Faraway")
                .land("AGG", "VIC").land("VIC", "NBR").sea("NBR", "FAR")
                .scenario(s -> {
                    Scenario.EventSpec e = new Scenario.EventSpec();
                    e.id = "coup";
                    e.turn = 2;
                    e.text = "AGG's local communists seize power in VIC.";
                    e.act = new Scenario.ActSpec();
                    e.act.actor = "AGG";
                    e.act.victim = "VIC";
                    e.act.severity = 40.0;
                    e.act.kind = "regime-change";
                    s.events.add(e);
                })
                .build(1);
    }

    @Test
    void aScriptedActWritesHostilityInEveryObserverByRelevanceOnItsTurn() {
        World w = coupOnTurnTwo();
        int agg = w.indexOf("AGG");
        TurnEngine engine = new TurnEngine();
        engine.resolve(w, List.of());
        double victimAfterTurnOne = w.memory.get(agg, w.indexOf("VIC"));
        double opinionBefore = w.opinion.get(w.indexOf("VIC"), agg);
        engine.resolve(w, List.of());
        double victim = w.memory.get(agg, w.indexOf("VIC"));
        double neighbour = w.memory.get(agg, w.indexOf("NBR"));
        double distant = w.memory.get(agg, w.indexOf("FAR"));
        assertTrue(victim - victimAfterTurnOne >= 30, "the victim remembers a regime change: " + victimAfterTurnOne + " → " + victim);
        assertTrue(neighbour > distant && distant > 0, "neighbour " + neighbour + " > distant " + distant + " > 0");
        assertTrue(w.opinion.get(w.indexOf("VIC"), agg) < opinionBefore - 20, "the victim thinks less of the actor");
        assertEquals(2, w.nation(agg).lastActTurn, "the actor has acted: coalitions answer recent acts");
        assertEquals(2, w.nation(agg).lastAggressionTurn, "40 is above the aggression threshold");
    }

    @Test
    void aScriptedActIsLoggedAsAnActWithTheScenarioText() {
        World w = coupOnTurnTwo();
        TurnEngine engine = new TurnEngine();
        engine.resolve(w, List.of());
        engine.resolve(w, List.of());
        GameEvent act = w.log.stream().filter(e -> e.kind().equals("act:regime-change")).findFirst().orElse(null);
        assertNotNull(act, "logged as act:regime-change");
        assertEquals(2, act.turn());
        assertEquals("AGG", act.actor());
        assertEquals("VIC", act.target());
        assertEquals("AGG's local communists seize power in VIC.", act.text());
        assertTrue(EventKinds.isAct(act.kind()));
    }

    // --- validation -------------------------------------------------------------------------------------------

    private static String modernWithAct(String act) throws Exception {
        String text = new String(ScriptedActsWriteHostilityTest.class.getResourceAsStream("/assets/scenarios/modern-world.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        JsonArray events = root.getAsJsonArray("events");
        JsonObject e = JsonParser.parseString("{\"id\": \"injected\", \"turn\": 3, \"text\": \"A crisis.\", \"act\": " + act + "}")
                .getAsJsonObject();
        events.add(e);
        return root.toString();
    }

    private static DataFileException refused(String act) throws Exception {
        Path file = Files.createTempDirectory("acts").resolve("modern-world.json");
        Files.writeString(file, modernWithAct(act));
        return assertThrows(DataFileException.class, () -> Games.load(file.toString()));
    }

    @Test
    void aScriptedActNamingAnUnknownStateIsRefusedWithTheField() throws Exception {
        DataFileException e = refused("{\"actor\": \"XXQ\", \"victim\": \"UKR\", \"severity\": 40, \"kind\": \"regime-change\"}");
        assertEquals("modern-world.json", e.file());
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.actor"), e.field());
        e = refused("{\"actor\": \"RUS\", \"victim\": \"XXQ\", \"severity\": 40, \"kind\": \"regime-change\"}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.victim"), e.field());
        e = refused("{\"actor\": \"RUS\", \"victim\": \"RUS\", \"severity\": 40, \"kind\": \"regime-change\"}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.victim"), e.field());
    }

    @Test
    void aScriptedActsSeverityMustBeOnTheRulesScale() throws Exception {
        for (String severity : List.of("0", "-5", "150")) {
            DataFileException e = refused("{\"actor\": \"RUS\", \"victim\": \"UKR\", \"severity\": " + severity
                    + ", \"kind\": \"blockade\"}");
            assertTrue(e.field().matches("events\\[\\d+]\\.act\\.severity"), e.field());
        }
        DataFileException e = refused("{\"actor\": \"RUS\", \"victim\": \"UKR\", \"kind\": \"blockade\"}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.severity"), e.field());
    }

    @Test
    void aScriptedActNeedsAKindAndKnownKeys() throws Exception {
        DataFileException e = refused("{\"actor\": \"RUS\", \"victim\": \"UKR\", \"severity\": 5}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.kind"), e.field());
        e = refused("{\"actor\": \"RUS\", \"victim\": \"UKR\", \"severity\": 5, \"kind\": \"Blockade!\"}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.kind"), e.field());
        e = refused("{\"actor\": \"RUS\", \"victm\": \"UKR\", \"severity\": 5, \"kind\": \"blockade\"}");
        assertTrue(e.field().matches("events\\[\\d+]\\.act\\.victm"), e.field());
        assertTrue(e.problem().contains("victim"), e.problem());
    }

    @Test
    void aWellFormedScriptedActLoads() throws Exception {
        Path file = Files.createTempDirectory("acts").resolve("modern-world.json");
        Files.writeString(file, modernWithAct("{\"actor\": \"RUS\", \"victim\": \"UKR\", \"severity\": 5, \"kind\": \"ultimatum\"}"));
        Games.Loaded loaded = Games.load(file.toString());
        assertNotNull(loaded.scenario().events.get(loaded.scenario().events.size() - 1).act);
    }
}
