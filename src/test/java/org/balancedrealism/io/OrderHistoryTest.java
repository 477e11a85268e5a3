package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderHistoryTest {
    /** Turn t's orders: varied kinds, partners, territories, amounts, negative and positive subjects. */
    private static List<Move> turn(int t) {
        List<Move> moves = new ArrayList<>();
        for (int k = 0; k < 1 + t % 7; k++) {
            MoveKind kind = MoveKind.values()[(t + k) % MoveKind.values().length];
            Move m = Move.of(kind, "S" + (t * 31 + k) % 250, k % 3 == 0 ? null : "S" + (t + k) % 250);
            if (k % 4 == 1) {
                m = m.withPartners(List.of("S1", "S" + t % 300));
            }
            if (k % 5 == 2) {
                m = m.withTerritory("T" + t);
            }
            if (k % 3 == 1) {
                m = m.withAmount(t * 0.001 + 1e-9 * k);
            }
            if (k % 2 == 1) {
                m = m.withSubject(k % 4 == 1 ? -t : t * 1000);
            }
            moves.add(m);
        }
        return moves;
    }

    private static List<List<Move>> turns(int n) {
        List<List<Move>> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            out.add(turn(t));
        }
        return out;
    }

    @Test
    void everyOrderComesBackExactlyAcrossDeflatedBlocks() {
        List<List<Move>> plain = turns(OrderHistory.BLOCK * 3 + 5);
        OrderHistory h = OrderHistory.of(plain);
        assertEquals(plain.size(), h.size());
        assertEquals(plain, h);
        assertEquals(h, plain);
        assertEquals(plain.get(7), h.get(7), "a turn read again after others (a block inflated twice)");
    }

    @Test
    void aCopyKeepsItsTurnsWhileTheGameGoesOn() {
        OrderHistory h = OrderHistory.of(turns(OrderHistory.BLOCK - 1));
        OrderHistory snapshot = h.copy();
        for (int t = OrderHistory.BLOCK - 1; t < OrderHistory.BLOCK * 2 + 3; t++) {
            h.add(turn(t));
        }
        snapshot.add(turn(999));
        assertEquals(OrderHistory.BLOCK, snapshot.size());
        assertEquals(turn(999), snapshot.get(OrderHistory.BLOCK - 1));
        assertEquals(turns(OrderHistory.BLOCK * 2 + 3), h);
    }

    @Test
    void theFirstTurnsOfAHistoryCanBeBranchedFromAtAnyTurn() {
        List<List<Move>> plain = turns(OrderHistory.BLOCK * 2 + 10);
        OrderHistory h = OrderHistory.of(plain);
        for (int n : new int[] {0, 1, OrderHistory.BLOCK - 1, OrderHistory.BLOCK, OrderHistory.BLOCK + 5,
                OrderHistory.BLOCK * 2, plain.size()}) {
            OrderHistory first = h.first(n);
            assertEquals(plain.subList(0, n), first, "first " + n);
            first.add(turn(500));
            assertEquals(turn(500), first.get(n));
            assertEquals(plain, h, "branching leaves the original as it was");
        }
    }

    @Test
    void aLongGamesOrdersTakeAFewBytesEach() {
        OrderHistory h = new OrderHistory();
        int orders = 0;
        for (int t = 0; t < 2000; t++) {
            List<Move> moves = new ArrayList<>();
            for (int k = 0; k < 150; k++) {
                moves.add(Move.of(k % 2 == 0 ? MoveKind.INVEST_HOME : MoveKind.SANCTION, "S" + k, k % 2 == 0 ? null : "S" + (k + t) % 150));
            }
            orders += moves.size();
            h.add(moves);
        }
        assertTrue(h.encodedBytes() < orders * 4L, h.encodedBytes() + " bytes for " + orders + " orders");
    }

    @Test
    void anOrderWithoutActorIsRefusedAndLeavesNothingBehind() {
        OrderHistory h = OrderHistory.of(turns(3));
        List<Move> bad = new ArrayList<>(turn(3));
        bad.add(Move.of(MoveKind.INVEST_HOME, null));
        assertThrows(IllegalArgumentException.class, () -> h.add(bad));
        h.add(turn(3));
        assertEquals(turns(4), h);
    }

    @Test
    void aSavedHistoryReadsBackTheSameAndADamagedBlockIsRefusedNamingTheTurnItStartsAt() {
        OrderHistory h = OrderHistory.of(turns(OrderHistory.BLOCK + 3));
        String json = SaveFormat.GSON.toJson(h, OrderHistory.class);
        assertEquals(h, SaveFormat.GSON.fromJson(json, OrderHistory.class));

        com.google.gson.JsonObject tree = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        tree.getAsJsonArray("orders").set(1, new com.google.gson.JsonPrimitive("AAAA////"));
        var e = assertThrows(com.google.gson.JsonParseException.class,
                () -> SaveFormat.GSON.fromJson(tree, OrderHistory.class));
        assertTrue(e.getMessage().contains("damaged from turn " + (OrderHistory.BLOCK + 1)), e.getMessage());

        com.google.gson.JsonObject renamed = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        renamed.getAsJsonArray("kinds").set(0, new com.google.gson.JsonPrimitive("TELEPORT"));
        e = assertThrows(com.google.gson.JsonParseException.class,
                () -> SaveFormat.GSON.fromJson(renamed, OrderHistory.class));
        assertTrue(e.getMessage().contains("unknown kind of order 'TELEPORT'"), e.getMessage());
    }
}
