package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.PairTable;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A move preview keeps its scratch world's events without words ({@link World#wordless}): on the modern world, every
 * preview of the acts states weigh (invasions, with the many's vote and embargo, strikes, cyber operations,
 * sanctions...) gives exactly the figures of a preview whose events are written in words, and the move leaves the
 * same world and the same events (kind, turn, parties), their words aside.
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
    void previewsWithoutWordsGiveTheFiguresOfPreviewsInWords() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        Perception.refresh(w);
        List<Move> moves = moves(w);
        assertTrue(moves.stream().anyMatch(m -> m.kind() == MoveKind.INVADE), "some invasion is previewed");
        assertTrue(moves.size() > 50, "many moves previewed: " + moves.size());
        for (Move m : moves) {
            assertEquals(MovePreview.of(w, m, null, true), MovePreview.of(w, m, null, false), m.toString());
        }
    }

    @Test
    void aMoveInAWorldWithoutWordsLeavesTheSameWorldAndEvents() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        Perception.refresh(w);
        boolean someUnanswered = false;
        for (Move m : moves(w)) {
            World inWords = w.scratch();
            World without = w.scratch();
            without.wordless = true;
            MoveRules.apply(inWords, m);
            MoveRules.apply(without, m);
            assertSameTable(inWords.opinion, without.opinion, m + " opinion");
            assertSameTable(inWords.memory, without.memory, m + " memory");
            assertSameTable(inWords.trust, without.trust, m + " trust");
            assertEquals(inWords.sanctions, without.sanctions, m + " sanctions");
            assertEquals(inWords.wars.size(), without.wars.size(), m + " wars");
            assertEquals(inWords.log.size(), without.log.size(), m + " events");
            for (int k = 0; k < inWords.log.size(); k++) {
                GameEvent x = inWords.log.get(k);
                GameEvent y = without.log.get(k);
                assertEquals(List.of(x.turn(), x.kind(), String.valueOf(x.actor()), String.valueOf(x.target()), x.visibility(), x.audience()),
                        List.of(y.turn(), y.kind(), String.valueOf(y.actor()), String.valueOf(y.target()), y.visibility(), y.audience()), m.toString());
                assertTrue(!x.text().isEmpty() || y.text().isEmpty(), "words kept where there are any");
                someUnanswered |= x.kind().equals(EventKind.MULTILATERAL_SANCTIONS.id()) && y.text().isEmpty();
            }
            for (int i = 0; i < w.size(); i++) {
                assertEquals(inWords.nation(i).gdp, without.nation(i).gdp, m + " gdp");
                assertEquals(inWords.nation(i).military, without.nation(i).military, m + " military");
                assertEquals(inWords.nation(i).lastActTurn, without.nation(i).lastActTurn, m + " last act");
            }
        }
        assertTrue(someUnanswered, "some invasion brought the many's embargo, written without words");
    }

    private static void assertSameTable(PairTable x, PairTable y, String what) {
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < x.size(); j++) {
                assertEquals(Double.doubleToRawLongBits(x.get(i, j)), Double.doubleToRawLongBits(y.get(i, j)), what + " " + i + "," + j);
            }
        }
    }
}
