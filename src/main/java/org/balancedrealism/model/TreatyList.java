package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.Collection;

/**
 * The world's treaty list with each state's treaties indexed, so "do a and b have an alliance?" reads the few
 * treaties of one state instead of scanning hundreds. The index is rebuilt lazily after any change to the list
 * (every structural change moves {@code modCount}; {@link #set} is counted apart since it does not), so code that
 * edits the list as a plain {@code List} stays right. Saved as a plain JSON array like any list.
 * <p>
 * Safe to read from several threads at once while nobody writes (the AI's parallel decisions): the index is an
 * immutable object published through a volatile field, and two threads building it at once build equal ones.
 */
public final class TreatyList extends ArrayList<Treaty> {
    private static final Treaty[] NONE = new Treaty[0];

    private transient volatile Index index;
    private transient int sets;

    public TreatyList() {
    }

    public TreatyList(Collection<Treaty> treaties) {
        super(treaties);
        if (treaties instanceof TreatyList other) {
            Index x = other.index;
            if (x != null && x.version == other.version()) {
                index = new Index(version(), x.byState); // same treaties in the same order: share the index
            }
        }
    }

    /** The list itself if it is one, else an indexed copy. */
    public static TreatyList of(java.util.List<Treaty> treaties) {
        return treaties instanceof TreatyList list ? list : new TreatyList(treaties);
    }

    /**
     * Appends {@code t} and, when the index is current, extends it with {@code t} instead of leaving it to be rebuilt
     * (a turn signs treaties one by one and reads the index in between; building a world adds hundreds).
     */
    @Override
    public boolean add(Treaty t) {
        Index x = index;
        boolean current = x != null && x.version == version();
        super.add(t);
        if (current) {
            index = x.plus(t, version());
        }
        return true;
    }

    /**
     * Removes the treaties {@code filter} accepts and, when the index is current, takes them out of their parties'
     * lists instead of leaving the whole index to be rebuilt (a war breaks a few treaties; previews of invasions do
     * it for every candidate).
     */
    @Override
    public boolean removeIf(java.util.function.Predicate<? super Treaty> filter) {
        Index x = index;
        boolean current = x != null && x.version == version();
        java.util.List<Treaty> removed = new ArrayList<>();
        boolean any = super.removeIf(t -> {
            boolean out = filter.test(t); // ArrayList tests each treaty once
            if (out) {
                removed.add(t);
            }
            return out;
        });
        if (any && current) {
            index = x.minus(removed, version());
        }
        return any;
    }

    /**
     * Removes the treaties {@code c} holds (by equals, as {@code ArrayList} does) through {@link #removeIf}, so a
     * cancellation keeps the index current instead of leaving it to be rebuilt.
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        java.util.Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public Treaty set(int i, Treaty t) {
        sets++;
        return super.set(i, t);
    }

    /** True if a treaty of {@code type} binds {@code a} and {@code b} (either way round). */
    public boolean has(TreatyType type, int a, int b) {
        Index x = index();
        Treaty[] ofA = x.of(a);
        Treaty[] ofB = x.of(b);
        for (Treaty t : ofA.length <= ofB.length ? ofA : ofB) {
            if (t.type() == type && t.between(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code guarantor} guarantees {@code protege}. */
    public boolean guarantees(int guarantor, int protege) {
        for (Treaty t : index().of(guarantor)) {
            if (t.type() == TreatyType.GUARANTEE && t.a() == guarantor && t.b() == protege) {
                return true;
            }
        }
        return false;
    }

    /** The treaties {@code state} is a party to, in list order (do not modify the array). */
    public Treaty[] of(int state) {
        return index().of(state);
    }

    private int version() {
        return modCount + sets;
    }

    private Index index() {
        int version = version();
        Index x = index;
        if (x == null || x.version != version) {
            x = Index.build(this, version);
            index = x;
        }
        return x;
    }

    private record Index(int version, Treaty[][] byState) {
        Treaty[] of(int state) {
            return state >= 0 && state < byState.length ? byState[state] : NONE;
        }

        /** This index with {@code t} appended to its parties' treaties: what {@link #build} gives for the longer list. */
        Index plus(Treaty t, int newVersion) {
            int n = Math.max(byState.length, Math.max(t.a(), t.b()) + 1);
            Treaty[][] next = java.util.Arrays.copyOf(byState, n);
            for (int i = byState.length; i < n; i++) {
                next[i] = NONE;
            }
            next[t.a()] = appended(next[t.a()], t);
            if (t.b() != t.a()) {
                next[t.b()] = appended(next[t.b()], t);
            }
            return new Index(newVersion, next);
        }

        /** This index without the {@code removed} treaties (by identity): what {@link #build} gives for the shorter list. */
        Index minus(java.util.List<Treaty> removed, int newVersion) {
            java.util.Set<Treaty> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(removed);
            Treaty[][] next = byState.clone();
            for (Treaty t : removed) {
                next[t.a()] = without(byState[t.a()], gone);
                next[t.b()] = without(byState[t.b()], gone);
            }
            return new Index(newVersion, next);
        }

        private static Treaty[] without(Treaty[] list, java.util.Set<Treaty> gone) {
            int kept = 0;
            Treaty[] out = new Treaty[list.length];
            for (Treaty t : list) {
                if (!gone.contains(t)) {
                    out[kept++] = t;
                }
            }
            return kept == 0 ? NONE : java.util.Arrays.copyOf(out, kept);
        }

        private static Treaty[] appended(Treaty[] list, Treaty t) {
            Treaty[] out = java.util.Arrays.copyOf(list, list.length + 1);
            out[list.length] = t;
            return out;
        }

        static Index build(ArrayList<Treaty> list, int version) {
            int n = 0;
            for (Treaty t : list) {
                n = Math.max(n, Math.max(t.a(), t.b()) + 1);
            }
            int[] count = new int[n];
            for (Treaty t : list) {
                count[t.a()]++;
                if (t.b() != t.a()) {
                    count[t.b()]++;
                }
            }
            Treaty[][] byState = new Treaty[n][];
            for (int i = 0; i < n; i++) {
                byState[i] = count[i] == 0 ? NONE : new Treaty[count[i]];
                count[i] = 0;
            }
            for (Treaty t : list) {
                byState[t.a()][count[t.a()]++] = t;
                if (t.b() != t.a()) {
                    byState[t.b()][count[t.b()]++] = t;
                }
            }
            return new Index(version, byState);
        }
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
