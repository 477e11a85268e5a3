package org.balancedrealism.session;

import com.google.gson.JsonParser;
import org.balancedrealism.ai.AiTurns;
import org.balancedrealism.ai.AllAiWorlds;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.AiMemory;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;
import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seat view picks the AI's notes by their turn and state alone: making it writes no note in words (writing one
 * works out its decision's explanation); a state's notes are written when first read, and they are the notes the
 * view gave when it read every note at once.
 */
class SeatViewAiNotesTest {

    /** The modern world after {@code turns} AI turns, its notes left unwritten as the session's AI leaves them. */
    private static World played(long seed, int turns) throws Exception {
        World w = AllAiWorlds.modernWorld(seed);
        TurnEngine engine = new TurnEngine();
        AiTurns ai = new AiTurns(false, false);
        for (int t = 0; t < turns; t++) {
            ai.playTurn(w, engine);
        }
        return w;
    }

    @Test
    void theSeatViewWritesNoAiNoteUntilAStatesNotesAreReadAndThenGivesTheNotesItAlwaysGave() throws Exception {
        World w = played(11, 12);
        assertInstanceOf(AiMemory.Unwritten.class, w.ai.notes, "the AI leaves its notes unwritten");
        AtomicInteger written = new AtomicInteger();
        w.ai.notes = new CountedNotes((AiMemory.Unwritten) w.ai.notes, written);
        w.ai.notable = new CountedNotes((AiMemory.Unwritten) w.ai.notable, written);

        SeatView view = SeatViews.of(w, null, w.id(0), List.of(), 0);
        assertEquals(0, written.get(), "making the view writes no note");
        assertTrue(view.aiNotes().states().size() > 100, "every AI state has notes: " + view.aiNotes().states().size());
        assertEquals(0, written.get(), "listing the states writes no note");

        String russia = "RUS";
        List<AiNote> read = view.aiNotes().of(russia);
        assertFalse(read.isEmpty());
        assertEquals(read.size(), written.get(), "reading a state's notes writes those notes only");
        assertTrue(read.stream().allMatch(n -> n.state().equals(russia)));
        assertEquals(read, view.aiNotes().of(russia));
        assertEquals(read.size(), written.get(), "read again, they are not written again");

        Map<String, List<AiNote>> before = eagerNotes(w);
        assertEquals(before, view.aiNotes().all(), "the notes the view gave when it read every note");
        assertEquals(before.keySet(), new java.util.HashSet<>(view.aiNotes().states()));
        assertTrue(before.values().stream().anyMatch(l -> l.size() > 1), "notable notes follow last turn's");
    }

    @Test
    void aSeatNeverGetsTheNotesOfHumanPlayedStates() throws Exception {
        World w = played(5, 4);
        String human = ((AiMemory.Unwritten) w.ai.notes).stateOf(0);
        w.nation(w.indexOf(human)).human = true; // played by the AI before, by a person now (a resumed save)

        for (String seat : List.of(human, w.id(w.indexOf(human) == 0 ? 1 : 0))) {
            AiNotesView notes = SeatViews.of(w, null, seat, List.of(), 0).aiNotes();
            assertFalse(notes.states().contains(human), seat + "'s view");
            assertTrue(notes.of(human).isEmpty(), seat + "'s view");
            assertFalse(notes.all().containsKey(human), seat + "'s view");
            assertFalse(notes.states().isEmpty(), "the AI states' notes are there");
        }
    }

    @Test
    void theNotesGoOnTheWireAsTheMapOfEveryStatesNotesAndReadBackTheSame() throws Exception {
        World w = played(7, 3);
        SeatView view = SeatViews.of(w, null, w.id(0), List.of(), 0);
        String wire = Json.GSON.toJson(view);
        assertEquals(JsonParser.parseString(Json.GSON.toJson(eagerNotes(w))),
                JsonParser.parseString(wire).getAsJsonObject().get("aiNotes"), "the wire format stays the map");
        SeatView back = Json.GSON.fromJson(wire, SeatView.class);
        assertEquals(view.aiNotes().all(), back.aiNotes().all());
        String someState = view.aiNotes().states().get(0);
        assertEquals(view.aiNotes().of(someState), back.aiNotes().of(someState));
    }

    /** The view's notes as they were picked before they were put off: every note read, then kept or not. */
    private static Map<String, List<AiNote>> eagerNotes(World w) {
        Map<String, List<AiNote>> out = new HashMap<>();
        for (AiNote note : w.ai.notes) {
            add(w, out, note, false);
        }
        for (int k = w.ai.notable.size() - 1; k >= 0; k--) {
            add(w, out, w.ai.notable.get(k), true);
        }
        out.replaceAll((id, notes) -> List.copyOf(notes));
        return out;
    }

    private static void add(World w, Map<String, List<AiNote>> out, AiNote note, boolean skipSameTurn) {
        int i = note.state() == null ? -1 : w.indexOf(note.state());
        if (i < 0 || w.nation(i).human) {
            return;
        }
        List<AiNote> list = out.computeIfAbsent(note.state(), k -> new ArrayList<>());
        if (list.size() >= AiNotesView.PER_STATE || (skipSameTurn && list.stream().anyMatch(x -> x.turn() == note.turn()))) {
            return;
        }
        list.add(note);
    }

    /** The AI's unwritten notes, counting the notes read (each read of an unwritten note writes it). */
    private static final class CountedNotes extends AbstractList<AiNote> implements AiMemory.Unwritten {
        private final AiMemory.Unwritten notes;
        private final AtomicInteger reads;

        CountedNotes(AiMemory.Unwritten notes, AtomicInteger reads) {
            this.notes = notes;
            this.reads = reads;
        }

        @Override
        public AiNote get(int index) {
            reads.incrementAndGet();
            return notes.get(index);
        }

        @Override
        public int size() {
            return notes.size();
        }

        @Override
        public int turnOf(int index) {
            return notes.turnOf(index);
        }

        @Override
        public String stateOf(int index) {
            return notes.stateOf(index);
        }

        @Override
        public AiMemory.Unwritten copy() {
            return new CountedNotes(notes.copy(), reads);
        }
    }
}
