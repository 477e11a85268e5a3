package org.balancedrealism.ai;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The AI previews only the candidates that could change what a decision does or says ({@link Ranking}); previewing
 * every candidate must give the very same orders and the very same explanation, state by state and turn by turn.
 */
class CandidatePruningTest {
    static final int TURNS = 12;

    @Test
    void previewingOnlyCandidatesThatCouldMatterChangesNoOrderAndNoExplanation() throws Exception {
        World w = Games.load("modern-world").newWorld(1);
        for (var n : w.nations) {
            n.human = false;
        }
        AiPlayer pruned = new AiPlayer(true);
        AiPlayer full = new AiPlayer(false);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        int compared = 0;
        for (int t = 0; t < TURNS; t++) {
            for (int i = 0; i < w.size(); i++) {
                if (!w.nation(i).alive) {
                    continue;
                }
                AiPlayer.Decision a = pruned.decideExplained(w, i);
                AiPlayer.Decision b = full.decideExplained(w, i);
                String where = "turn " + (w.turn + 1) + ", " + w.id(i);
                assertEquals(b.moves(), a.moves(), where + ": orders");
                assertEquals(Json.GSON.toJson(Explain.note(w, b.explanation())), Json.GSON.toJson(Explain.note(w, a.explanation())),
                        where + ": explanation");
                compared++;
            }
            turns.playTurn(w, engine);
        }
        assertEquals(true, compared > TURNS * 100, "decisions compared: " + compared);
    }
}
