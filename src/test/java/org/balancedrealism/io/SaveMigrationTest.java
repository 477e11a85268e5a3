package org.balancedrealism.io;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
        t = SaveFormat.migrate(t, "old.json", SaveFormat.MIGRATIONS);
        assertEquals(2, t.get("format").getAsInt());
        assertEquals("[[[\"INVADE\",\"AAA\",\"BBB\"]]]", t.get("orderHistory").toString());
    }

    @Test
    void theCurrentFormatNeedsNoMigration() throws Exception {
        JsonObject t = JsonParser.parseString("{\"format\":" + SaveGame.FORMAT + "}").getAsJsonObject();
        assertEquals(t, SaveFormat.migrate(t, "new.json", Map.of()));
    }
}
