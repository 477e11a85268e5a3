package org.balancedrealism.ai;

import org.balancedrealism.model.AiNote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The notable notes are trimmed to the newest ones each turn, which keep their order. */
class LazyNotesTest {

    private static AiNote note(int turn) {
        return new AiNote(turn, "AAA", "balanced-realist", "SECURE", "", List.of(), "", List.of(), List.of(), 0,
                "note of turn " + turn);
    }

    @Test
    void droppingTheOldestNotesKeepsTheNewestInTheirOrder() {
        List<AiNote> plain = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            plain.add(note(t));
        }
        LazyNotes notes = LazyNotes.of(plain);
        notes.subList(0, 2).clear();
        assertEquals(List.of(note(3), note(4), note(5)), new ArrayList<>(notes));
        assertEquals(notes, LazyNotes.of(notes), "a lazy list is kept as it is");
    }
}
