package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scripted orders for the command line: a JSON list of moves, each with the turn it is given on:
 * <pre>[ { "turn": 1, "kind": "INVADE", "actor": "RUS", "target": "UKR" },
 *   { "turn": 2, "kind": "MULTILATERAL_SANCTION", "actor": "USA", "target": "RUS", "partners": ["GBR","DEU"] } ]</pre>
 */
public final class OrdersFile {
    private OrdersFile() {
    }

    /** One line of the file. */
    static final class Entry {
        Integer turn;
        String kind;
        String actor;
        String target;
        List<String> partners;
        String territory;
        Double amount;
        Integer subject;
    }

    /** Orders by turn (1-based). */
    public static Map<Integer, List<Move>> read(Path path) throws DataFileException {
        String file = path.getFileName().toString();
        Entry[] entries;
        try (Reader r = Json.openFile(path)) {
            entries = Json.parseStrict(r, Entry[].class, file, java.util.Set.of());
        } catch (IOException e) {
            throw new DataFileException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        Map<Integer, List<Move>> byTurn = new TreeMap<>();
        for (int k = 0; k < entries.length; k++) {
            Entry e = entries[k];
            String f = "[" + k + "]";
            if (e == null) {
                throw new DataFileException(file, f, "is empty");
            }
            if (e.turn == null || e.turn < 1) {
                throw new DataFileException(file, f + ".turn", "must be a turn number from 1, got " + e.turn);
            }
            MoveKind kind;
            try {
                kind = MoveKind.valueOf(String.valueOf(e.kind));
            } catch (IllegalArgumentException ex) {
                throw new DataFileException(file, f + ".kind", "'" + e.kind + "' is not a move; use one of "
                        + java.util.Arrays.toString(MoveKind.values()));
            }
            if (e.actor == null) {
                throw new DataFileException(file, f + ".actor", "is missing");
            }
            byTurn.computeIfAbsent(e.turn, t -> new ArrayList<>()).add(new Move(kind, e.actor, e.target, e.partners,
                    e.territory, e.amount == null ? 0 : e.amount, e.subject == null ? 0 : e.subject));
        }
        return byTurn;
    }
}
