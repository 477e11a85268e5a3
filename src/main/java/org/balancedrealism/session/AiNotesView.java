package org.balancedrealism.session;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import org.balancedrealism.model.AiMemory;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AI's recent decisions a seat may see, by state: AI-played states only, last turn's notes then the notable ones,
 * newest first, at most {@link #PER_STATE} a state and one notable note a turn. Chosen by each note's turn and state
 * alone, so making the view writes no note in words: the AI leaves its notes unwritten (writing one works out its
 * decision's explanation, and a turn has ~200 of them nobody reads); a state's notes are written when a screen
 * first reads them ({@link #of}) and kept. Read on the FX thread while the next turn may run: the notes it picked
 * are its own copy, and each state's are written once (two threads asking at once get the same list).
 *
 * <p>On the wire (the classroom protocol) it is the map state id → notes, every note written out.
 */
@JsonAdapter(AiNotesView.Wire.class)
public final class AiNotesView {
    /** AI decisions kept per state in a view. */
    static final int PER_STATE = 5;

    private static final AiNotesView NONE = new AiNotesView(List.of(), List.of(), Map.of());

    /** The world's last-turn notes and notable notes, copied without writing them. */
    private final List<AiNote> notes;
    private final List<AiNote> notable;
    /** State id → the notes picked, in the order shown: k ≥ 0 is {@code notes[k]}, −1−k is {@code notable[k]}. */
    private final Map<String, int[]> picked;
    private final Map<String, List<AiNote>> written = new ConcurrentHashMap<>();

    private AiNotesView(List<AiNote> notes, List<AiNote> notable, Map<String, int[]> picked) {
        this.notes = notes;
        this.notable = notable;
        this.picked = picked;
    }

    /** The notes of {@code w} a seat may see, picked without writing any. */
    static AiNotesView of(World w) {
        if (w.ai == null) {
            return NONE;
        }
        List<AiNote> notes = AiMemory.copyOf(w.ai.notes);
        List<AiNote> notable = AiMemory.copyOf(w.ai.notable);
        Picker picker = new Picker(w);
        for (int k = 0; k < notes.size(); k++) {
            picker.add(stateOf(notes, k), turnOf(notes, k), k, false);
        }
        for (int k = notable.size() - 1; k >= 0; k--) {
            picker.add(stateOf(notable, k), turnOf(notable, k), -1 - k, true);
        }
        return new AiNotesView(notes, notable, picker.picked());
    }

    /** A view of notes already written (a view read back from the wire). */
    public static AiNotesView written(Map<String, List<AiNote>> byState) {
        List<AiNote> all = new ArrayList<>();
        Map<String, int[]> picked = new LinkedHashMap<>();
        for (Map.Entry<String, List<AiNote>> e : byState.entrySet()) {
            int[] refs = new int[e.getValue().size()];
            for (int k = 0; k < refs.length; k++) {
                refs[k] = all.size();
                all.add(e.getValue().get(k));
            }
            picked.put(e.getKey(), refs);
        }
        return new AiNotesView(all, List.of(), Collections.unmodifiableMap(picked));
    }

    /** The recent decisions of {@code state}, newest first (empty for a human-played state), written now if not yet. */
    public List<AiNote> of(String state) {
        int[] refs = picked.get(state);
        if (refs == null) {
            return List.of();
        }
        List<AiNote> done = written.get(state);
        return done != null ? done : written.computeIfAbsent(state, s -> write(refs));
    }

    /** The states with notes, in the world's order. */
    public List<String> states() {
        return List.copyOf(picked.keySet());
    }

    /** Every state's notes, all written (the instructor's console, the wire). */
    public Map<String, List<AiNote>> all() {
        Map<String, List<AiNote>> out = new LinkedHashMap<>();
        for (String s : picked.keySet()) {
            out.put(s, of(s));
        }
        return Collections.unmodifiableMap(out);
    }

    private List<AiNote> write(int[] refs) {
        List<AiNote> out = new ArrayList<>(refs.length);
        for (int r : refs) {
            out.add(r >= 0 ? notes.get(r) : notable.get(-1 - r));
        }
        return List.copyOf(out);
    }

    private static String stateOf(List<AiNote> notes, int k) {
        return notes instanceof AiMemory.Unwritten u ? u.stateOf(k) : notes.get(k).state();
    }

    private static int turnOf(List<AiNote> notes, int k) {
        return notes instanceof AiMemory.Unwritten u ? u.turnOf(k) : notes.get(k).turn();
    }

    /** Equal when they hold the same notes (writes them all: for tests and tools, never on a turn's path). */
    @Override
    public boolean equals(Object o) {
        return o instanceof AiNotesView other && all().equals(other.all());
    }

    @Override
    public int hashCode() {
        return all().hashCode();
    }

    @Override
    public String toString() {
        return "AiNotesView" + states();
    }

    /** Picks each state's notes by their turn and state, in the order they are offered. */
    private static final class Picker {
        private final World w;
        private final Map<String, List<int[]>> picked = new LinkedHashMap<>();

        Picker(World w) {
            this.w = w;
        }

        /** Keeps note {@code ref} unless its state is unknown or human-played, full, or (notable) has that turn. */
        void add(String state, int turn, int ref, boolean skipSameTurn) {
            int i = state == null ? -1 : w.indexOf(state);
            if (i < 0 || w.nation(i).human) {
                return;
            }
            List<int[]> list = picked.computeIfAbsent(state, k -> new ArrayList<>());
            if (list.size() >= PER_STATE || (skipSameTurn && list.stream().anyMatch(x -> x[1] == turn))) {
                return;
            }
            list.add(new int[]{ref, turn});
        }

        /** State id → refs, in the world's order of states. */
        Map<String, int[]> picked() {
            Map<String, int[]> out = new LinkedHashMap<>();
            for (int i = 0; i < w.size(); i++) {
                List<int[]> list = picked.get(w.id(i));
                if (list != null) {
                    out.put(w.id(i), list.stream().mapToInt(x -> x[0]).toArray());
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** The wire form: the map state id → notes, as the view's notes were before they were put off. */
    static final class Wire implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            TypeAdapter<Map<String, List<AiNote>>> map = gson.getAdapter(new TypeToken<Map<String, List<AiNote>>>() {
            });
            return (TypeAdapter<T>) new TypeAdapter<AiNotesView>() {
                @Override
                public void write(JsonWriter out, AiNotesView view) throws IOException {
                    map.write(out, view == null ? null : view.all());
                }

                @Override
                public AiNotesView read(JsonReader in) throws IOException {
                    Map<String, List<AiNote>> read = map.read(in);
                    return read == null ? null : written(read);
                }
            };
        }
    }
}
