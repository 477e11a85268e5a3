package org.balancedrealism.ai;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.World;
import org.balancedrealism.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language is only words: the AI orders the same moves, keeps the same best candidates and refuses the same ones
 * in French as in English (a refusal is a flag, not a reason that begins with "refused").
 */
class AiDecidesAlikeInEveryLanguageTest {
    static final int TURNS = 4;

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void ordersBestCandidatesAndRefusalsAreTheSameInFrenchAsInEnglish() throws Exception {
        List<String> english = decisions(Locale.ENGLISH);
        List<String> french = decisions(Locale.FRENCH);
        assertEquals(english.size(), french.size());
        long refusals = english.stream().filter(d -> d.contains("refused=[") && !d.contains("refused=[]")).count();
        assertTrue(refusals > 0, "some decision refuses a move, so the comparison says something");
        for (int k = 0; k < english.size(); k++) {
            assertEquals(english.get(k), french.get(k));
        }
    }

    private static List<String> decisions(Locale language) throws Exception {
        Texts.setLocale(language);
        World w = Games.load("modern-world").newWorld(3);
        for (var n : w.nations) {
            n.human = false;
        }
        AiPlayer ai = new AiPlayer(true);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < TURNS; t++) {
            for (int i = 0; i < w.size(); i++) {
                if (!w.nation(i).alive) {
                    continue;
                }
                AiPlayer.Decision d = ai.decideExplained(w, i);
                out.add("turn " + w.turn + " " + w.id(i) + ": orders=" + d.moves()
                        + " best=" + moves(d.explanation().best()) + " refused=" + moves(d.explanation().rejected()));
            }
            turns.playTurn(w, engine);
        }
        return out;
    }

    private static List<Move> moves(List<AiPlayer.Scored> scored) {
        return scored.stream().map(AiPlayer.Scored::move).toList();
    }
}
