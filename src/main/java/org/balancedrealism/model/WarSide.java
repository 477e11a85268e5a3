package org.balancedrealism.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One side of a war: its states in the order they joined, with a membership set beside them, so "is this state on
 * this side?" is one look-up instead of a scan (the AI asks it for every pair of states each turn). A
 * {@code List<Integer>} like any other: every edit, whichever way it is made (add, removeIf, an iterator), ends in
 * {@link #add(int, Integer)}, {@link #set} or {@link #remove(int)}, and those keep the set in step. Saved as a plain
 * JSON array of state indices.
 */
public final class WarSide extends AbstractList<Integer> implements RandomAccess {
    /** States at or above this (none in a real world) are left out of the set and found by a scan. */
    private static final int SET_LIMIT = 1 << 12;
    private static final long[] EMPTY_SET = new long[0];

    private int[] states = new int[2];
    private int size;
    /** Bit {@code s}: state {@code s} (0 ≤ s < SET_LIMIT) is on this side. */
    private long[] members = EMPTY_SET;
    /** The war this side belongs to once a {@link WarList} took it (it passes changes on to the list's index). */
    transient War war;

    /** True if {@code state} is on this side: {@code contains(state)} without boxing or a scan. */
    public boolean has(int state) {
        if (state >= 0 && state < SET_LIMIT) {
            int word = state >>> 6;
            return word < members.length && (members[word] & (1L << state)) != 0;
        }
        return scan(state) >= 0;
    }

    /** The state at {@code index}: {@code get(index)} without boxing. */
    public int stateAt(int index) {
        Objects.checkIndex(index, size);
        return states[index];
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && has(i);
    }

    @Override
    public Integer get(int index) {
        Objects.checkIndex(index, size);
        return states[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Integer set(int index, Integer state) {
        Objects.checkIndex(index, size);
        int value = value(state);
        int old = states[index];
        states[index] = value;
        forgetUnlessStill(old);
        remember(value);
        changed();
        return old;
    }

    @Override
    public void add(int index, Integer state) {
        Objects.checkIndex(index, size + 1);
        int value = value(state);
        if (size == states.length) {
            states = Arrays.copyOf(states, Math.max(4, size * 2));
        }
        System.arraycopy(states, index, states, index + 1, size - index);
        states[index] = value;
        size++;
        modCount++;
        remember(value);
        changed();
    }

    @Override
    public Integer remove(int index) {
        Objects.checkIndex(index, size);
        int old = states[index];
        System.arraycopy(states, index + 1, states, index, size - index - 1);
        size--;
        modCount++;
        forgetUnlessStill(old);
        changed();
        return old;
    }

    /** Makes this side hold exactly what {@code other} holds (a war's copy). */
    void copyFrom(WarSide other) {
        states = Arrays.copyOf(other.states, Math.max(2, other.size));
        size = other.size;
        members = other.members.clone();
        modCount++;
        changed();
    }

    private void changed() {
        if (war != null) {
            war.sidesChanged();
        }
    }

    private static int value(Integer state) {
        if (state == null) {
            throw new IllegalArgumentException("a side of a war holds states, not an empty entry");
        }
        return state;
    }

    private int scan(int state) {
        for (int k = 0; k < size; k++) {
            if (states[k] == state) {
                return k;
            }
        }
        return -1;
    }

    private void remember(int state) {
        if (state >= 0 && state < SET_LIMIT) {
            int word = state >>> 6;
            if (word >= members.length) {
                members = Arrays.copyOf(members, word + 1);
            }
            members[word] |= 1L << state;
        }
    }

    /** Takes {@code state} out of the set once it left the list (a state listed twice stays until both go). */
    private void forgetUnlessStill(int state) {
        if (state >= 0 && state < SET_LIMIT && scan(state) < 0) {
            members[state >>> 6] &= ~(1L << state);
        }
    }
}
