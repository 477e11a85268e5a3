package org.balancedrealism.engine;

import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.ai.AllAiWorlds;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A move preview carries its move out on a {@link World#preview preview} world, where rules leave out answers whose
 * effects no preview figure reads (the many's vote and embargo on an invader, {@link Condemnation#answer}). On real
 * turns of the modern world (30 AI turns, previewed on those with wars under way), every preview gives, to the last bit, the figures of the move
 * carried out whole.
 */
class PreviewsLeaveOutOnlyWhatTheyDoNotReadTest {
    private static final List<MoveKind> KINDS = List.of(MoveKind.INVADE, MoveKind.LIMITED_STRIKE, MoveKind.SANCTION,
            MoveKind.MULTILATERAL_SANCTION, MoveKind.UN_RESOLUTION, MoveKind.DEPLOY_TO_BORDER, MoveKind.ULTIMATUM);

    @Test
    void everyPreviewGivesTheFiguresOfTheMoveCarriedOutWhole() throws Exception {
        World w = AllAiWorlds.modernWorld(1);
        AiTurns ai = new AiTurns(false, false);
        TurnEngine engine = new TurnEngine(null);
        int compared = 0;
        int unprovokedInvasions = 0;
        int turnsAtWar = 0;
        for (int turn = 0; turn < 30; turn++) {
            if (!w.wars.isEmpty() || turn % 10 == 0) { // the turns of wars (seed 1: turns 1 to 6 and 17 to 19), and a few of peace
                turnsAtWar += w.wars.isEmpty() ? 0 : 1;
                Perception.refresh(w);
                int russia = w.indexOf("RUS");
                for (int a = 0; a < w.size(); a++) {
                    int state = a;
                    boolean atWar = w.wars.stream().anyMatch(x -> x.involves(state));
                    if ((a % 16 != 0 && a != russia && !atWar) || !w.nation(a).alive) {
                        continue;
                    }
                    for (int t = 0; t < w.size(); t++) {
                        if (t == a || !w.nation(t).alive) {
                            continue;
                        }
                        for (MoveKind k : KINDS) {
                            Move m = Move.of(k, w.id(a), w.id(t));
                            if (!MoveRules.check(w, m).isEmpty()) {
                                continue;
                            }
                            assertEquals(MovePreview.of(w, m, null, true), MovePreview.of(w, m, null, false),
                                    "turn " + w.turn + ": " + m);
                            compared++;
                            int target = t;
                            if (k == MoveKind.INVADE && w.wars.stream().noneMatch(x -> x.isAttacker(target))) {
                                unprovokedInvasions++; // the many answer these
                            }
                        }
                    }
                }
            }
            ai.playTurn(w, engine);
        }
        assertTrue(turnsAtWar >= 6, "turns previewed with wars under way: " + turnsAtWar);
        assertTrue(unprovokedInvasions > 100, "unprovoked invasions previewed: " + unprovokedInvasions);
        assertTrue(compared > 500, "previews compared: " + compared);
    }
}
