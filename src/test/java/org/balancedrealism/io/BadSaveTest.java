package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.balancedrealism.session.GameSession;
import org.balancedrealism.session.Seat;
import org.balancedrealism.testkit.TestGames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad save is refused with a message that says what is wrong, and nothing on disk changes. */
class BadSaveTest {
    @TempDir
    Path dir;
    private SaveGames saves;
    private Path keep;
    private byte[] keepBytes;
    private FileTime keepTime;
    private String good;

    @BeforeEach
    void aGoodSaveExists() throws Exception {
        saves = new SaveGames(dir, TestGames.source());
        GameSession s = new GameSession(TestGames.world(9), List.of(Seat.human("Alice", "AAA"), Seat.human("Bob", "CCC")),
                TestGames::scriptedAi);
        for (int t = 0; t < 8; t++) {
            s.endSeatTurn(); // two seats: four turns
        }
        keep = s.save(saves, "keep");
        keepTime = FileTime.fromMillis(Files.getLastModifiedTime(keep).toMillis() - 60_000);
        Files.setLastModifiedTime(keep, keepTime);
        keepBytes = Files.readAllBytes(keep);
        good = SaveFiles.text(keep);
    }

    private String refused(String text, String... expected) throws Exception {
        return refused(text.getBytes(StandardCharsets.UTF_8), expected);
    }

    private String refused(byte[] bytes, String... expected) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.write(bad, bytes);
        DataFileException e = assertThrows(DataFileException.class, () -> saves.load(bad));
        for (String x : expected) {
            assertTrue(e.getMessage().contains(x), "expected '" + x + "' in: " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("bad.json"), "the message names the file: " + e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(bad), "the refused file is left as it was");
        assertArrayEquals(keepBytes, Files.readAllBytes(keep), "other saves are not touched");
        assertEquals(keepTime, Files.getLastModifiedTime(keep));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no file was written");
        }
        return e.getMessage();
    }

    private String edited(Consumer<JsonObject> edit) {
        JsonObject tree = JsonParser.parseString(good).getAsJsonObject();
        edit.accept(tree);
        return Json.GSON.toJson(tree);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused("", "is empty", "autosave");
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        refused(good.substring(0, good.length() / 2), "cut short", "Load another save");
        refused(Arrays.copyOf(keepBytes, keepBytes.length - 1), "cut short");
        refused(Arrays.copyOf(keepBytes, keepBytes.length / 2), "cut short");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        refused("Dear diary, today I conquered Europe.", "not a save game");
        refused("{\"format\": 1,, }", "not valid JSON");
        refused(new byte[] {(byte) 0xC3, (byte) 0x28, 0x7B}, "not UTF-8");
        refused("[1, 2, 3]", "not a save game");
        refused(good + " {}", "not a save game");
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() throws Exception {
        refused(edited(t -> t.add("world", new JsonPrimitive("Earth"))), "'world'", "wrong type");
        refused(edited(t -> t.getAsJsonObject("world").add("nations", new JsonPrimitive(5))), "wrong type");
        refused(edited(t -> t.getAsJsonObject("world").add("turn", new JsonPrimitive("soon"))), "'world.turn'", "must be a number");
        refused(edited(t -> t.add("seats", new JsonObject())), "'seats'", "wrong type");
    }

    @Test
    void missingFieldsAreRefused() throws Exception {
        refused(edited(t -> t.remove("world")), "'world'", "is missing");
        refused(edited(t -> t.remove("format")), "'format'", "not a Balanced Realism save");
        refused(edited(t -> t.remove("rulesHash")), "'rulesHash'", "is missing");
        refused(edited(t -> t.getAsJsonObject("world").remove("random")), "'world.random'", "is missing");
        refused(edited(t -> t.getAsJsonObject("world").remove("opinion")), "'world.opinion'");
    }

    @Test
    void aSaveFromANewerGameAsksForAnUpdate() throws Exception {
        String m = refused(edited(t -> {
            t.addProperty("format", SaveGame.FORMAT + 1);
            t.addProperty("gameVersion", "9.0.0");
        }), "newer version of the game", "9.0.0", "Update the game");
        assertTrue(m.contains("up to " + SaveGame.FORMAT), m);
    }

    @Test
    void aFormatTooOldToMigrateIsRefused() throws Exception {
        refused(edited(t -> t.addProperty("format", 0)), "too old");
    }

    @Test
    void anUnknownScenarioIsRefused() throws Exception {
        refused(edited(t -> {
            t.addProperty("scenario", "atlantis-2040");
            t.getAsJsonObject("world").addProperty("scenarioId", "atlantis-2040");
        }), "atlantis-2040", "Install that scenario");
    }

    @Test
    void savesPlayedUnderOtherRulesAreRefusedUnlessThePlayerInsists() throws Exception {
        String text = edited(t -> t.addProperty("rulesHash", "0123456789abcdef"));
        refused(text, "different rules", "0123456789abcdef", RulesLoader.hash(TestGames.source().load("test").rules()));
        Path bad = dir.resolve("bad.json");
        assertTrue(SaveGames.isRulesMismatch(assertThrows(DataFileException.class, () -> saves.load(bad))));
        assertFalse(SaveGames.isRulesMismatch(assertThrows(DataFileException.class, () -> saves.load(keep.resolveSibling("none.json")))));
        SaveGame g = saves.load(bad, true);
        assertEquals(4, g.world.turn);
    }

    @Test
    void aWorldThatDoesNotHoldTogetherIsRefused() throws Exception {
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonArray("territories").get(0).getAsJsonObject()
                .addProperty("owner", 17)), "'world.territories[0].owner'", "is not a state");
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonObject("trust").getAsJsonArray("rows").remove(0)),
                "'world.trust'", "4 × 4");
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonObject("memory").getAsJsonArray("rows").get(2)
                .getAsJsonArray().remove(0)), "'world.memory'");
        refused(edited(t -> {
            var goodwill = t.getAsJsonObject("world").getAsJsonObject("trust").deepCopy();
            goodwill.getAsJsonArray("rows").remove(0);
            t.getAsJsonObject("world").add("goodwill", goodwill);
        }), "'world.goodwill'", "4 × 4");
        refused(edited(t -> t.getAsJsonArray("seats").get(0).getAsJsonObject().addProperty("state", "ZZZ")),
                "'seats[0].state'", "not a state of this game");
        refused(edited(t -> t.addProperty("currentSeat", 7)), "'currentSeat'");
        refused(edited(t -> t.getAsJsonObject("orderHistory").getAsJsonArray("orders").remove(0)), "'orderHistory'",
                "holds 0 turns but the world has played");
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonArray("nations").get(1).getAsJsonObject()
                .addProperty("id", "AAA")), "repeats the id");
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonArray("territories").remove(3)), "territories");
        refused(edited(t -> t.getAsJsonObject("world").addProperty("startDate", "yesterday")), "'world.startDate'");
        refused(edited(t -> {
            JsonArray planned = t.getAsJsonArray("planned");
            planned.remove(1);
        }), "'planned'");
        refused(edited(t -> t.getAsJsonObject("world").getAsJsonArray("nations").get(0).getAsJsonObject()
                .addProperty("regime", "anarchy")), "'world.nations[0].regime'");
    }
}
