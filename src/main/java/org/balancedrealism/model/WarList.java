package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;

/**
 * The world's wars with each state's wars indexed, so "are a and b at war?" reads the few wars of one state instead
 * of every war's sides (the AI asks it for every pair of states each turn). The index is made again lazily after any
 * change: to the list (every structural change moves {@code modCount}; {@link #set} is counted apart since it does
 * not) or to a side of one of its wars (each war added here tells the list when one of its sides changes, see
 * {@link War#joined}). Saved as a plain JSON array like any list.
 * <p>
 * Safe to read from several threads at once while nobody writes (the AI's parallel decisions): the index is an
 * immutable object published through a volatile field, and two threads building it at once build equal ones.
 */
public final class WarList extends ArrayList<War> {
    private static final War[] NONE = new War[0];

    private transient volatile Index index;
    private transient int sets;
    /** Changes to the sides of this list's wars since it was made. */
    private transient int sideChanges;

    public WarList() {
    }

    public WarList(int capacity) {
        super(capacity);
    }

    /** The wars {@code state} fights in (on either side), in list order (do not modify the array). */
    public War[] of(int state) {
        return index().of(state);
    }

    /** The first war, in list order, with {@code a} on one side and {@code b} on the other; null if none. */
    public War between(int a, int b) {
        for (War w : of(a)) {
            if ((w.isAttacker(a) && w.isDefender(b)) || (w.isAttacker(b) && w.isDefender(a))) {
                return w;
            }
        }
        return null;
    }

    /** True if {@code state} fights in any war. */
    public boolean involves(int state) {
        return of(state).length > 0;
    }

    /** Called by a war of this list when one of its sides changed. */
    void sidesChanged() {
        sideChanges++;
    }

    @Override
    public boolean add(War war) {
        joined(war);
        return super.add(war);
    }

    @Override
    public void add(int i, War war) {
        joined(war);
        super.add(i, war);
    }

    @Override
    public boolean addAll(Collection<? extends War> wars) {
        wars.forEach(this::joined);
        return super.addAll(wars);
    }

    @Override
    public boolean addAll(int i, Collection<? extends War> wars) {
        wars.forEach(this::joined);
        return super.addAll(i, wars);
    }

    @Override
    public War set(int i, War war) {
        joined(war);
        sets++;
        return super.set(i, war);
    }

    private void joined(War war) {
        if (war != null) {
            war.joined(this);
        }
    }

    private Index index() {
        Index x = index;
        return x != null && x.version == modCount + sets && x.sideChanges == sideChanges ? x : rebuilt();
    }

    private Index rebuilt() {
        Index x = Index.build(this, modCount + sets, sideChanges);
        index = x;
        return x;
    }

    private record Index(int version, int sideChanges, War[][] byState) {
        War[] of(int state) {
            return state >= 0 && state < byState.length ? byState[state] : NONE;
        }

        static Index build(ArrayList<War> wars, int version, int sideChanges) {
            int n = 0;
            for (War w : wars) {
                n = Math.max(n, Math.max(highest(w.attackers), highest(w.defenders)) + 1);
            }
            War[][] byState = new War[n][];
            Arrays.fill(byState, NONE);
            for (War w : wars) {
                for (int k = 0; k < w.attackers.size(); k++) {
                    add(byState, w.attackers.stateAt(k), w);
                }
                for (int k = 0; k < w.defenders.size(); k++) {
                    add(byState, w.defenders.stateAt(k), w);
                }
            }
            return new Index(version, sideChanges, byState);
        }

        private static int highest(WarSide side) {
            int max = -1;
            for (int k = 0; k < side.size(); k++) {
                max = Math.max(max, side.stateAt(k));
            }
            return max;
        }

        /** Appends {@code w} to the state's wars unless it is already the last there (a state named twice). */
        private static void add(War[][] byState, int state, War w) {
            if (state < 0) {
                return; // no such state: no look-up asks for it
            }
            War[] mine = byState[state];
            if (mine.length > 0 && mine[mine.length - 1] == w) {
                return;
            }
            War[] out = Arrays.copyOf(mine, mine.length + 1);
            out[mine.length] = w;
            byState[state] = out;
        }
    }
}
