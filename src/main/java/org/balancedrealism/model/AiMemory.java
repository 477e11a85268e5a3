package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What the AI keeps between turns, saved with the world: the adapted doctrine weights of adaptive states and the
 * explanation records of recent decisions. Bounded: full notes for the last {@link #FULL_TURNS} turns, and the
 * narratives of notable decisions (wars, coalitions, peace) up to {@link #NOTABLE_KEPT} entries.
 */
public final class AiMemory {
    public static final int FULL_TURNS = 1;
    public static final int NOTABLE_KEPT = 300;

    /** State id → weights security, power, wealth, influence, stability (only states that adapted). */
    public TreeMap<String, double[]> weights = new TreeMap<>();
    /** State id → doctrine whose weights it last shifted toward. */
    public TreeMap<String, String> adaptedToward = new TreeMap<>();
    /** Every AI decision of the last turns. */
    public List<AiNote> notes = new ArrayList<>();
    /** Notable decisions of the whole game (narrative only). */
    public List<AiNote> notable = new ArrayList<>();

    public AiMemory copy() {
        AiMemory m = new AiMemory();
        for (var e : weights.entrySet()) {
            m.weights.put(e.getKey(), e.getValue().clone());
        }
        m.adaptedToward = new TreeMap<>(adaptedToward);
        m.notes = copyOf(notes);
        m.notable = copyOf(notable);
        return m;
    }

    /** A copy of {@code notes} that writes none of them (a session copies its world every turn). */
    public static List<AiNote> copyOf(List<AiNote> notes) {
        return notes instanceof Unwritten u ? u.copy() : new ArrayList<>(notes);
    }

    /**
     * Notes that may not be written in words yet (the AI's, written when first read: writing one works out its
     * decision's explanation): they tell a note's turn and state, and copy themselves, without writing it.
     */
    public interface Unwritten extends List<AiNote> {
        int turnOf(int index);

        String stateOf(int index);

        Unwritten copy();
    }
}
