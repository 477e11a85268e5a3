package org.balancedrealism.ai;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AI's notes are written in words only when read (they keep the figures until then); a note read after the turn
 * is resolved, copied or saved must say word for word what it would have said when the state decided.
 */
class AiNotesWrittenWhenReadTest {

    @Test
    void aNoteReadAfterTheTurnIsResolvedSaysWhatItSaidWhenTheStateDecided() throws Exception {
        World w = AllAiWorlds.modernWorld(3);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        AiPlayer player = new AiPlayer();
        for (int t = 0; t < 4; t++) {
            turns.playTurn(w, engine);
        }
        // this turn's notes as written at once, from the same decisions
        List<AiNote> atOnce = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (w.nation(i).alive) {
                atOnce.add(Explain.note(w, player.decideExplained(w, i).explanation()));
            }
        }
        String expected = Json.GSON.toJson(atOnce);
        turns.playTurn(w, engine); // the world moves on before anyone reads them
        assertEquals(atOnce.size(), w.ai.notes.size(), "one note per AI state");
        assertEquals(expected, Json.GSON.toJson(w.copy().ai.notes), "notes of a copied world");
        assertEquals(expected, Json.GSON.toJson(w.ai.notes), "notes read in place");
        assertEquals(expected, Json.GSON.toJson(Json.GSON.fromJson(Json.GSON.toJson(w.ai),
                org.balancedrealism.model.AiMemory.class).notes), "notes saved and loaded");
    }

    /**
     * Explanations are worked out when first read, from a snapshot of the world the states decided on: read after the
     * engine has moved the world on, each turn's notes (best and refused candidates with their previews, threats,
     * narrative) say what they said when worked out at once, turn after turn, wars included.
     */
    @Test
    void anExplanationWorkedOutAfterTheTurnIsResolvedIsTheOneWorkedOutAtOnce() throws Exception {
        World w = AllAiWorlds.modernWorld(11);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        AiPlayer player = new AiPlayer();
        int adaptEvery = (int) Math.round(w.rules.ai.adaptEveryTurns);
        int compared = 0;
        for (int t = 0; t < 12; t++) {
            if (w.turn > 0 && w.turn % adaptEvery == 0) { // the turn's decisions follow an adaptation of weights
                turns.playTurn(w, engine);
                continue;
            }
            compared++;
            List<AiNote> atOnce = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if (w.nation(i).alive) {
                    atOnce.add(Explain.note(w, player.decideExplained(w, i).explanation()));
                }
            }
            turns.playTurn(w, engine);
            assertEquals(Json.GSON.toJson(atOnce), Json.GSON.toJson(w.ai.notes), "notes of turn " + w.turn);
        }
        assertTrue(compared >= 10, "most turns compared");
    }

    /** A game whose screens read every note (explanations worked out with the decisions) keeps the very same notes. */
    @Test
    void explanationsWorkedOutWithTheDecisionsAreTheOnesWorkedOutWhenRead() throws Exception {
        World lazy = AllAiWorlds.modernWorld(13);
        World eager = AllAiWorlds.modernWorld(13);
        TurnEngine engine = new TurnEngine();
        AiTurns whenRead = new AiTurns(false);
        AiTurns atOnce = new AiTurns(true, true);
        for (int t = 0; t < 6; t++) {
            whenRead.playTurn(lazy, engine);
            atOnce.playTurn(eager, engine);
            assertEquals(Json.GSON.toJson(eager.ai.notes), Json.GSON.toJson(lazy.ai.notes), "notes of turn " + lazy.turn);
            assertEquals(Json.GSON.toJson(eager.ai.notable), Json.GSON.toJson(lazy.ai.notable), "notable of turn " + lazy.turn);
        }
    }

    @Test
    void aNotableNarrativeReadTurnsLaterSaysWhatItSaidWhenTheStateDecided() throws Exception {
        World w = AllAiWorlds.modernWorld(5);
        TurnEngine engine = new TurnEngine();
        AiTurns turns = new AiTurns(false);
        AiPlayer player = new AiPlayer();
        List<AiNote> atOnce = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            for (int i = 0; i < w.size(); i++) {
                if (w.nation(i).alive) {
                    AiPlayer.Explanation e = player.decideExplained(w, i).explanation();
                    if (Explain.notable(e.chosen())) {
                        atOnce.add(Explain.notableNote(w, e));
                    }
                }
            }
            turns.playTurn(w, engine);
        }
        assertTrue(atOnce.size() > 0, "some decisions were notable");
        String expected = Json.GSON.toJson(atOnce);
        assertEquals(expected, Json.GSON.toJson(w.copy().ai.notable), "notable narratives of a copied world");
        assertEquals(expected, Json.GSON.toJson(w.ai.notable), "notable narratives read in place");
    }
}
