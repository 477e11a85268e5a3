package org.balancedrealism.io;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import java.util.List;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Older formats migrate step by step on the JSON tree. There is no format 0 in the wild: a synthetic one (which
 * called the order history "orders" and had no seats) shows the chain works.
 */
class SaveMigrationTest {
    private static final UnaryOperator<JsonObject> ZERO_TO_ONE = t -> {
        t.add("orderHistory", t.remove("orders"));
        t.add("seats", new com.google.gson.JsonArray());
        t.add("planned", new com.google.gson.JsonArray());
        return t;
    };

    private static JsonObject formatZero() {
        return JsonParser.parseString("{\"format\":0,\"scenario\":\"test\",\"orders\":[[]],\"world\":{}}").getAsJsonObject();
    }

    @Test
    void aFormatZeroTreeIsMigratedStepByStep() throws Exception {
        var steps = new java.util.HashMap<>(SaveFormat.MIGRATIONS);
        steps.put(0, ZERO_TO_ONE);
        JsonObject t = SaveFormat.migrate(formatZero(), "old.json", steps);
        assertEquals(SaveGame.FORMAT, t.get("format").getAsInt());
        assertTrue(t.has("orderHistory"));
        assertFalse(t.has("orders"));
        assertEquals(0, t.getAsJsonArray("seats").size());
    }

    @Test
    void aFormatWithoutAMigrationIsRefusedAsTooOld() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> SaveFormat.migrate(formatZero(), "old.json", SaveFormat.MIGRATIONS));
        assertTrue(e.getMessage().contains("too old"), e.getMessage());
    }

    @Test
    void aMigrationThatFailsIsReportedAsADamagedFile() {
        DataFileException e = assertThrows(DataFileException.class, () -> SaveFormat.migrate(formatZero(), "old.json",
                Map.of(0, t -> {
                    throw new IllegalStateException("no orders");
                })));
        assertTrue(e.getMessage().contains("could not be converted from format 0"), e.getMessage());
    }

    @Test
    void formatOneMovesBecomeShortLists() throws Exception {
        JsonObject t = JsonParser.parseString("{\"format\":1,\"planned\":[[]],\"orderHistory\":[[{\"kind\":\"INVADE\","
                + "\"actor\":\"AAA\",\"target\":\"BBB\",\"partners\":[],\"amount\":0.0,\"subject\":0}]]}").getAsJsonObject();
        t = SaveFormat.compactMoves(t);
        assertEquals("[[[\"INVADE\",\"AAA\",\"BBB\"]]]", t.get("orderHistory").toString());
    }

    @Test
    void formatTwoOrderHistoriesArePackedAndReadBackTheSame() throws Exception {
        JsonObject t = JsonParser.parseString("{\"format\":2,\"planned\":[[]],\"orderHistory\":[[[\"INVADE\",\"AAA\","
                + "\"BBB\"],[\"SET_BUDGET\",\"BBB\",null,[],null,0.035]],[],[[\"MEDIATE\",\"CCC\",\"AAA\",[\"DDD\"],\"T1\",0,-7]]]}")
                .getAsJsonObject();
        t = SaveFormat.migrate(t, "old.json", SaveFormat.MIGRATIONS);
        assertEquals(SaveGame.FORMAT, t.get("format").getAsInt());
        assertEquals(1, t.getAsJsonObject("orderHistory").getAsJsonArray("orders").size(), "one block of turns");
        OrderHistory h = SaveFormat.GSON.fromJson(t.get("orderHistory"), OrderHistory.class);
        assertEquals(List.of(
                List.of(Move.of(MoveKind.INVADE, "AAA", "BBB"), Move.of(MoveKind.SET_BUDGET, "BBB").withAmount(0.035)),
                List.of(),
                List.of(Move.of(MoveKind.MEDIATE, "CCC", "AAA").withPartners(List.of("DDD")).withTerritory("T1").withSubject(-7))), h);
    }

    @Test
    void aFormatTwoHistoryWithAnEmptyOrderIsReportedAsADamagedFile() {
        JsonObject t = JsonParser.parseString("{\"format\":2,\"orderHistory\":[[null]]}").getAsJsonObject();
        DataFileException e = assertThrows(DataFileException.class, () -> SaveFormat.migrate(t, "old.json", SaveFormat.MIGRATIONS));
        assertTrue(e.getMessage().contains("could not be converted from format 2"), e.getMessage());
    }

    @Test
    void theCurrentFormatNeedsNoMigration() throws Exception {
        JsonObject t = JsonParser.parseString("{\"format\":" + SaveGame.FORMAT + "}").getAsJsonObject();
        assertEquals(t, SaveFormat.migrate(t, "new.json", Map.of()));
    }
}
