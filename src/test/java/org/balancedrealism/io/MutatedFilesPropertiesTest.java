package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.balancedrealism.engine.Bounds;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.model.World;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.testkit.TestGames;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saves and scenarios with one value changed anywhere (another type, NaN, Infinity, a huge number, null, an entry
 * repeated, an unknown key) are either refused cleanly (a {@link DataFileException} naming the file, in words) or
 * loaded sane: every figure in range, and the game then plays 10 turns without an error.
 */
class MutatedFilesPropertiesTest {
    private static String resource(String path) throws Exception {
        try (InputStream in = MutatedFilesPropertiesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Property(tries = 60)
    void aMutatedSaveIsRefusedCleanlyOrLoadsSaneAndPlaysTenTurns(@ForAll long seed) throws Exception {
        Path dir = Files.createTempDirectory("mutated-save");
        Path file = dir.resolve("mutated.json");
        // the base save is of format 2: half the cases mutate it as it is (the migration must refuse cleanly too),
        // half after migrating it to the current format (its packed order history must refuse cleanly)
        String base = resource("/bad-saves/base.json");
        if (seed % 2 == 0) {
            base = SaveFormat.migrate(SaveFormat.tree(base, "base.json"), "base.json", SaveFormat.MIGRATIONS).toString();
        }
        Files.writeString(file, mutate(base, new Random(seed)));
        SaveGame g;
        try {
            g = new SaveGames(dir, TestGames.source()).load(file, true);
        } catch (DataFileException e) {
            assertClean(e, "mutated.json");
            return;
        }
        assertEquals(List.of(), Bounds.violations(g.world));
        GameSession s = GameSession.resume(g, TestGames::scriptedAi);
        int end = Math.min(s.world().turn + 10, s.world().maxTurns);
        while (s.world().turn < end) {
            GameSession.SeatTurnEnd t = s.endSeatTurn();
            assertTrue(t.notices().stream().noneMatch(n -> n.contains("could not")), t.notices().toString());
            assertEquals(List.of(), Bounds.violations(s.world()));
        }
    }

    @Property(tries = 25)
    void aMutatedScenarioIsRefusedCleanlyOrPlaysTenSaneTurns(@ForAll long seed) throws Exception {
        Path dir = Files.createTempDirectory("mutated-scenario");
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, mutate(resource("/bad-scenarios/tiny.json"), new Random(seed)));
        World w;
        try {
            w = Games.load(file.toString()).newWorld(1);
        } catch (DataFileException e) {
            assertClean(e, "tiny.json");
            return;
        }
        TurnEngine engine = new TurnEngine();
        for (int t = 0; t < 10 && !TurnEngine.isOver(w); t++) {
            engine.resolve(w, List.of());
            assertEquals(List.of(), Bounds.violations(w));
        }
    }

    private static void assertClean(DataFileException e, String file) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file), m);
        assertFalse(m.contains("\n"), m);
        for (String java : new String[]{"Exception", "java.", "gson", "Malformed"}) {
            assertFalse(m.contains(java), m);
        }
    }

    /** One change at a random place of the tree. */
    static String mutate(String text, Random r) {
        JsonElement root = JsonParser.parseString(text);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(r.nextInt(slots.size()));
        switch (r.nextInt(9)) {
            case 0 -> slot.set(new JsonPrimitive(Double.NaN));
            case 1 -> slot.set(new JsonPrimitive(r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY));
            case 2 -> slot.set(new JsonPrimitive(r.nextBoolean() ? 1e300 : -4294967301L));
            case 3 -> slot.set(JsonNull.INSTANCE);
            case 4 -> slot.set(new JsonPrimitive("text"));
            case 5 -> slot.set(r.nextBoolean() ? new JsonArray() : new JsonObject());
            case 6 -> slot.set(new JsonPrimitive(r.nextBoolean()));
            case 7 -> slot.duplicate();
            default -> slot.unknownKey("extra" + r.nextInt(100));
        }
        return Json.GSON.toJson(root);
    }

    private record Slot(JsonElement parent, String key, int index) {
        void set(JsonElement value) {
            if (parent instanceof JsonObject o) {
                o.add(key, value);
            } else {
                ((JsonArray) parent).set(index, value);
            }
        }

        /** An entry of a list repeated; in an object, the value copied under a new key. */
        void duplicate() {
            if (parent instanceof JsonArray a) {
                a.add(a.get(index).deepCopy());
            } else {
                ((JsonObject) parent).add(key + "Copy", ((JsonObject) parent).get(key).deepCopy());
            }
        }

        void unknownKey(String name) {
            JsonElement target = parent instanceof JsonObject o ? o : ((JsonArray) parent).get(index);
            if (target instanceof JsonObject o) {
                o.addProperty(name, 1);
            } else {
                set(new JsonPrimitive(name));
            }
        }
    }

    private static void collect(JsonElement e, List<Slot> out) {
        if (e instanceof JsonObject o) {
            for (String key : List.copyOf(o.keySet())) {
                out.add(new Slot(o, key, -1));
                collect(o.get(key), out);
            }
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }
}
