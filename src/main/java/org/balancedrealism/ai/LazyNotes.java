package org.balancedrealism.ai;

import org.balancedrealism.model.AiMemory;
import org.balancedrealism.model.AiNote;
import org.balancedrealism.model.World;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The AI notes of {@code World.ai.notes}, each written in words only when first read: a note keeps its decision's
 * figures until then (its explanation, itself worked out when first read: {@link LazyExplanation}), since every AI
 * state decides every turn and few notes are ever read (saves, the UI's panels and tools read them, and get the very
 * text {@link Explain#note} writes). Every name and
 * figure a note shows is fixed when the decision is made; only the states' names are read from the world later, and
 * those never change. A plain mutable list otherwise, saved as a plain JSON array.
 */
final class LazyNotes extends AbstractList<AiNote> implements RandomAccess, AiMemory.Unwritten {
    /** A note not yet written: the world for names, the figures, and whether only its narrative is kept. */
    private record Pending(World w, LazyExplanation e, AiPlayer.Explanation told) {
        int turn() {
            return told != null ? told.turn() : e.turn();
        }

        String state() {
            return w.id(told != null ? told.state() : e.state());
        }

        AiNote write() {
            return told != null ? Explain.notableNote(w, told) : Explain.note(w, e.get());
        }
    }

    /** AiNote or Pending. */
    private final ArrayList<Object> items = new ArrayList<>();

    /** The notes of {@code from} of turn {@code oldest} or later (unwritten ones stay unwritten). */
    static LazyNotes keeping(List<AiNote> from, int oldest) {
        LazyNotes out = new LazyNotes();
        if (from instanceof LazyNotes lazy) {
            for (Object x : lazy.items) {
                if ((x instanceof Pending p ? p.turn() : ((AiNote) x).turn()) >= oldest) {
                    out.items.add(x);
                }
            }
        } else {
            for (AiNote n : from) {
                if (n.turn() >= oldest) {
                    out.items.add(n);
                }
            }
        }
        return out;
    }

    /** Adds the note of a decision, to be written when read. */
    void addUnwritten(World w, LazyExplanation e) {
        items.add(new Pending(w, e, null));
    }

    /**
     * Adds the narrative-only note of a notable decision ({@link Explain#notableNote}), to be written when read, from
     * its narrative told at once ({@link LazyExplanation#tell}: kept for the game, it holds no snapshot of the world).
     */
    void addUnwrittenNarrative(World w, AiPlayer.Explanation told) {
        items.add(new Pending(w, null, told));
    }

    /** {@code from} itself when it is lazy, else a lazy list of its notes. */
    static LazyNotes of(List<AiNote> from) {
        return from instanceof LazyNotes lazy ? lazy : keeping(from, Integer.MIN_VALUE);
    }

    @Override
    public int turnOf(int index) {
        return items.get(index) instanceof Pending p ? p.turn() : ((AiNote) items.get(index)).turn();
    }

    @Override
    public String stateOf(int index) {
        return items.get(index) instanceof Pending p ? p.state() : ((AiNote) items.get(index)).state();
    }

    @Override
    public LazyNotes copy() {
        return keeping(this, Integer.MIN_VALUE);
    }

    @Override
    public AiNote get(int index) {
        Object x = items.get(index);
        if (x instanceof Pending p) {
            // two readers may write the same note at once: equal notes, and a record's fields are safely published
            AiNote n = p.write();
            items.set(index, n);
            return n;
        }
        return (AiNote) x;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public AiNote set(int index, AiNote note) {
        AiNote old = get(index);
        items.set(index, note);
        return old;
    }

    @Override
    public void add(int index, AiNote note) {
        items.add(index, note);
        modCount++;
    }

    @Override
    public AiNote remove(int index) {
        Object x = items.get(index);
        AiNote old = x instanceof Pending ? get(index) : (AiNote) x;
        items.remove(index);
        modCount++;
        return old;
    }

    /** Drops the notes without writing them (the oldest notable ones leave this way every turn). */
    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        items.subList(fromIndex, toIndex).clear();
        modCount++;
    }
}
