package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A move preview writes no words: its scratch world's events keep their sentences unwritten (an event is put into
 * words only when read, see {@link GameEvent}). On the modern world, every act states weigh (invasions, with the many's
 * vote and embargo, strikes, cyber operations, sanctions...) leaves events not yet in words, and reading them then
 * gives complete sentences (no missing key, no unfilled place).
 */
class PreviewsWithoutWordsTest {
    private static final List<MoveKind> KINDS = List.of(MoveKind.INVADE, MoveKind.CYBER_OPERATION, MoveKind.SANCTION,
            MoveKind.MULTILATERAL_SANCTION, MoveKind.DEPLOY_TO_BORDER, MoveKind.LIMITED_STRIKE, MoveKind.DENOUNCE,
            MoveKind.ULTIMATUM, MoveKind.UN_RESOLUTION, MoveKind.IMPROVE_RELATIONS, MoveKind.PROXY_AID);

    /** Moves of many actors against their neighbours and their main threat, those legal now. */
    private static List<Move> moves(World w) {
        List<Move> out = new ArrayList<>();
        for (int a = 0; a < w.size(); a += 8) {
            if (!w.nation(a).alive) {
                continue;
            }
            List<Integer> targets = new ArrayList<>();
            int threat = w.derived.mainThreat(a);
            if (threat >= 0) {
                targets.add(threat);
            }
            for (int t = 0; t < w.size() && targets.size() < 3; t++) {
                if (t != a && w.nation(t).alive && Hostility.isNeighbour(w, a, t) && !targets.contains(t)) {
                    targets.add(t);
                }
            }
            for (int t : targets) {
                for (MoveKind k : KINDS) {
                    Move m = Move.of(k, w.id(a), w.id(t));
                    if (MoveRules.check(w, m).isEmpty()) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aMovesEventsAreWrittenOnlyWhenRead() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        Perception.refresh(w);
        List<Move> moves = moves(w);
        assertTrue(moves.stream().anyMatch(m -> m.kind() == MoveKind.INVADE), "some invasion is tried");
        assertTrue(moves.size() > 50, "many moves tried: " + moves.size());
        boolean someEmbargo = false;
        for (Move m : moves) {
            World s = w.scratch();
            int before = s.log.size();
            MoveRules.apply(s, m);
            for (GameEvent e : s.log.subList(before, s.log.size())) {
                assertFalse(e.inWords(), m + ": " + e.kind() + " written before anyone read it");
                String words = e.text() + " " + e.why();
                assertTrue(e.inWords());
                assertFalse(e.text().isBlank(), m + ": " + e.kind() + " has a line");
                assertFalse(words.contains("⟨") || words.matches(".*\\{\\d.*"), m + ": " + words);
                someEmbargo |= e.kind().equals(EventKind.MULTILATERAL_SANCTIONS.id());
            }
        }
        assertTrue(someEmbargo, "some invasion brought the many's embargo");
    }
}
