package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of damaged saves (cut short, bytes flipped, keys deleted, values of other types, garbage): loading each
 * either succeeds or fails with a {@link DataFileException}, never anything else. Seeded, so a failure replays.
 */
class SaveFuzzTest {
    private static final int CASES = 3000;

    @TempDir
    Path dir;

    @Test
    void damagedSavesFailOnlyWithDataFileExceptions() throws Exception {
        SaveGames saves = new SaveGames(dir, TestGames.source());
        GameSession s = new GameSession(TestGames.world(21), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC")),
                TestGames::scriptedAi);
        for (int t = 0; t < 6; t++) {
            TestGames.scriptedHuman(s.world(), s.currentSeat().stateId(), "BBB").forEach(s::plan);
            s.endSeatTurn();
        }
        s.plan(Move.of(MoveKind.INVEST_HOME, s.currentSeat().stateId()));
        Path original = s.save(saves, "original");
        // the JSON inside the compressed file: damage to the compressed bytes themselves is one more kind below
        String text = SaveFiles.text(original);
        byte[] originalBytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] compressed = Files.readAllBytes(original);
        saves.load(original);

        Random random = new Random(20261124);
        Path file = dir.resolve("fuzz.json");
        int refused = 0;
        for (int k = 0; k < CASES; k++) {
            int kind = random.nextInt(7);
            byte[] bytes = switch (kind) {
                case 0 -> truncate(originalBytes, random);
                case 1 -> flip(originalBytes, random);
                case 2, 3, 4 -> tree(text, random, kind).getBytes(StandardCharsets.UTF_8);
                case 5 -> random.nextBoolean() ? garbage(random) : flip(compressed, random);
                default -> tree(tree(text, random, 2 + random.nextInt(3)), random, 2 + random.nextInt(3))
                        .getBytes(StandardCharsets.UTF_8);
            };
            Files.write(file, bytes);
            try {
                saves.load(file);
            } catch (DataFileException e) {
                refused++;
                if (System.getProperty("fuzz.show") != null) {
                    System.out.println("FUZZ " + e.getMessage().replaceAll("\\(.*?\\)", "(…)").replaceAll("\\[\\d+\\]", "[]"));
                }
                if (e.getMessage() == null || !e.getMessage().startsWith("fuzz.json")) {
                    fail("case " + k + ": message does not name the file: " + e.getMessage());
                }
            } catch (Throwable t) {
                Files.write(dir.resolve("case-" + k + ".json"), bytes);
                throw new AssertionError("case " + k + " (kind " + kind + ") threw " + t, t);
            }
        }
        assertArrayEquals(compressed, Files.readAllBytes(original), "the good save is never touched");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "loading writes nothing");
        }
        if (refused < CASES / 2) {
            fail("only " + refused + " of " + CASES + " damaged files were refused");
        }
    }

    private static byte[] truncate(byte[] b, Random r) {
        return java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }

    private static byte[] flip(byte[] b, Random r) {
        byte[] c = b.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(c.length);
            c[at] = r.nextBoolean() ? (byte) (c[at] ^ (1 << r.nextInt(8))) : (byte) "{}[],:\"0-9.enull".charAt(r.nextInt(16));
        }
        return c;
    }

    private static byte[] garbage(Random r) {
        byte[] c = new byte[r.nextInt(200)];
        r.nextBytes(c);
        return r.nextBoolean() ? c : ("{\"format\":1," + new String(c, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8);
    }

    /** 2: delete a key or element; 3: replace a value by one of another type; 4: move a number far out of range. */
    private static String tree(String text, Random r, int kind) {
        JsonElement root = JsonParser.parseString(text);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(r.nextInt(slots.size()));
        switch (kind) {
            case 2 -> slot.remove();
            case 3 -> slot.set(otherValue(r));
            default -> slot.set(new JsonPrimitive(List.of(-1, 0, 1, 3, 4, 7, 99, Integer.MAX_VALUE, -2147483648).get(r.nextInt(9))));
        }
        return Json.GSON.toJson(root);
    }

    private static JsonElement otherValue(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> new JsonPrimitive("x");
            case 1 -> new JsonPrimitive(r.nextInt(10) - 2);
            case 2 -> new JsonPrimitive(1e308);
            case 3 -> new JsonPrimitive(true);
            case 4 -> JsonNull.INSTANCE;
            case 5 -> new JsonArray();
            case 6 -> new JsonObject();
            default -> new JsonPrimitive(-0.5);
        };
    }

    private record Slot(JsonElement parent, String key, int index) {
        void remove() {
            if (parent instanceof JsonObject o) {
                o.remove(key);
            } else {
                ((JsonArray) parent).remove(index);
            }
        }

        void set(JsonElement value) {
            if (parent instanceof JsonObject o) {
                o.add(key, value);
            } else {
                ((JsonArray) parent).set(index, value);
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
