package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A list of the world's (treaties, sanctions) with each state's entries indexed, so "what binds a and b?" reads the
 * few entries of one state instead of scanning hundreds. An entry belongs to its two parties ({@link #first},
 * {@link #second}). The index is rebuilt lazily after any change to the list (every structural change moves
 * {@code modCount}; {@link #set} is counted apart since it does not), so code that edits the list as a plain
 * {@code List} stays right; {@link #add} and {@link #removeIf} (and {@link #removeAll} through it) keep a current
 * index current instead. Saved as a plain JSON array like any list.
 * <p>
 * Safe to read from several threads at once while nobody writes (the AI's parallel decisions): the index is published
 * through a volatile field, only this list's own writes change it (an append puts new rows into its table in place),
 * and two threads building it at once build equal ones.
 *
 * @param <T> an immutable entry (a record)
 */
public abstract class StateIndexedList<T> extends ArrayList<T> {
    private transient volatile Index<T> index;
    private transient int sets;

    protected StateIndexedList() {
    }

    protected StateIndexedList(Collection<T> entries) {
        super(entries);
        if (entries instanceof StateIndexedList<T> other && other.getClass() == getClass()) {
            // same entries in the same order: share the index's rows, built on the original first if it is stale, so
            // that the many scratch copies of one world (move previews) share one index instead of each building its
            // own; the table of rows is this list's own copy (a few hundred references), so that each list may append
            // to its own table in place (see Index.plus) without the other seeing it
            Index<T> x = other.index();
            index = new Index<>(version(), x.byState.clone(), x.none);
        }
    }

    /** The state whose row an entry is indexed in first (a treaty's {@code a}, a sanction's sender). */
    protected abstract int first(T entry);

    /** The other party, indexed too unless it is {@link #first} again. */
    protected abstract int second(T entry);

    /** An empty array of the entries' type: what {@link #of} returns for a state with none. */
    protected abstract T[] none();

    /** The entries {@code state} is a party to, in list order (do not modify the array). */
    public T[] of(int state) {
        return index().of(state);
    }

    /** The shorter of the two states' rows (a pair's entries are in both): one read of the index for both. */
    protected T[] shorterOf(int a, int b) {
        Index<T> x = index();
        T[] ofA = x.of(a);
        T[] ofB = x.of(b);
        return ofA.length <= ofB.length ? ofA : ofB;
    }

    /**
     * Appends {@code t} and, when the index is current, extends it with {@code t} instead of leaving it to be rebuilt
     * (a turn signs treaties one by one and reads the index in between; building a world adds hundreds).
     */
    @Override
    public boolean add(T t) {
        Index<T> x = index;
        boolean current = x != null && x.version == version();
        super.add(t);
        if (current) {
            index = x.plus(t, first(t), second(t), version());
        }
        return true;
    }

    /**
     * Appends {@code entries} in order and, when the index is current, extends it with all of them at once: the index
     * the one-by-one {@link #add}s would leave, with each state's row copied once instead of once per entry (the
     * many's embargo adds a hundred sanctions on one state).
     */
    @Override
    public boolean addAll(Collection<? extends T> entries) {
        Index<T> x = index;
        boolean current = x != null && x.version == version();
        boolean any = super.addAll(entries);
        if (any && current) {
            index = x.plusAll(entries, this, version());
        }
        return any;
    }

    /**
     * Removes exactly these entries (the same objects, as {@link #of} gives them) in one pass, keeping a current index
     * current; false if there are none.
     */
    public boolean removeEntries(List<T> entries) {
        return removeSame(entries);
    }

    /**
     * Removes the entries {@code filter} accepts and, when the index is current, takes them out of their parties'
     * rows instead of leaving the whole index to be rebuilt (a war breaks a few treaties; previews of invasions do
     * it for every candidate).
     */
    @Override
    public boolean removeIf(Predicate<? super T> filter) {
        Index<T> x = index;
        boolean current = x != null && x.version == version();
        List<T> removed = new ArrayList<>();
        boolean any = super.removeIf(t -> {
            boolean out = filter.test(t); // ArrayList tests each entry once, in order
            if (out) {
                removed.add(t);
            }
            return out;
        });
        if (any && current) {
            index = x.minus(removed, this, version());
        }
        return any;
    }

    /**
     * {@link #removeIf} for a filter that accepts only entries {@code state} is a party to: tests just that state's
     * entries, and leaves the list untouched (no scan at all) when it accepts none of them.
     */
    public boolean removeIfOf(int state, Predicate<? super T> filter) {
        List<T> out = new ArrayList<>(2);
        for (T t : of(state)) {
            if (filter.test(t)) {
                out.add(t);
            }
        }
        return removeSame(out);
    }

    /**
     * Removes the entries {@code c} holds, by equals as {@code ArrayList} does. Entries are records, so one equals an
     * entry of {@code c} only if it has the same first party: only those rows of the index are compared.
     */
    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        Class<?> type = none().getClass().getComponentType();
        java.util.BitSet rows = new java.util.BitSet();
        for (Object o : c) {
            if (!type.isInstance(o) || first(cast(o)) < 0) {
                return removeIf(c::contains); // something no row holds: the plain way
            }
            rows.set(first(cast(o)));
        }
        List<T> out = new ArrayList<>(c.size());
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            for (T t : of(row)) {
                if (first(t) == row && c.contains(t)) { // each entry from its first party's row only
                    out.add(t);
                }
            }
        }
        return removeSame(out);
    }

    @SuppressWarnings("unchecked")
    private T cast(Object o) {
        return (T) o;
    }

    /** Removes exactly these entries (by identity; found through a current index) and keeps the index current. */
    private boolean removeSame(List<T> out) {
        if (out.isEmpty()) {
            return false;
        }
        Index<T> x = index;
        boolean current = x != null && x.version == version();
        Set<T> gone = out.size() > 8 ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        if (gone != null) {
            gone.addAll(out);
            super.removeIf(gone::contains);
        } else if (current) {
            removeFound(out, occurrences(x, out));
        } else {
            super.removeIf(e -> isOneOf(out, e));
        }
        if (current) {
            index = x.minus(out, this, version());
        }
        return true;
    }

    /**
     * How many times the list holds {@code few}'s entries (the same objects): counted in their first parties' rows of
     * the current index {@code x}, which hold each occurrence once, so a scan may stop once it has found them all.
     */
    private int occurrences(Index<T> x, List<T> few) {
        int count = 0;
        for (int k = 0; k < few.size(); k++) {
            T t = few.get(k);
            if (isOneOf(few.subList(0, k), t)) {
                continue; // listed twice in few: its occurrences are counted once
            }
            for (T e : x.of(first(t))) {
                count += e == t ? 1 : 0;
            }
        }
        return count;
    }

    /**
     * Removes the {@code count} occurrences of {@code few}'s entries: found by identity from the back, where new entries
     * are appended and most removals fall (a war breaks the recent trade and arms treaties between the two), each
     * removed as found and the scan stopped at the last. What removeIf leaves, without testing every entry of a long
     * list (every invasion preview breaks one or two of thousands of treaties).
     */
    private void removeFound(List<T> few, int count) {
        Object[] gone = few.toArray();
        int found = 0;
        for (int i = size() - 1; found < count; i--) {
            T e = get(i);
            for (Object g : gone) {
                if (g == e) {
                    super.remove(i);
                    found++;
                    break;
                }
            }
        }
    }

    private static <T> boolean isOneOf(List<T> few, T e) {
        for (int k = 0; k < few.size(); k++) {
            if (few.get(k) == e) {
                return true;
            }
        }
        return false;
    }

    @Override
    public T set(int i, T t) {
        sets++;
        return super.set(i, t);
    }

    private int version() {
        return modCount + sets;
    }

    private Index<T> index() {
        Index<T> x = index;
        return x != null && x.version == version() ? x : rebuilt();
    }

    private Index<T> rebuilt() {
        Index<T> x = Index.build(this, version());
        index = x;
        return x;
    }

    private record Index<T>(int version, T[][] byState, T[] none) {
        T[] of(int state) {
            return state >= 0 && state < byState.length ? byState[state] : none;
        }

        /**
         * This index with {@code t} appended to its parties' rows: what {@link #build} gives for the longer list. The
         * two rows are new arrays (a row may be shared with copies of the list), put into this list's own table of
         * rows in place: no other list holds that table (each index is made from a fresh table or a copy of one), and
         * an index of an older version is never read again (every read checks the version). So signing a treaty costs
         * two short rows, not a copy of the whole table (the opening turn signs hundreds).
         */
        Index<T> plus(T t, int a, int b, int newVersion) {
            int n = Math.max(byState.length, Math.max(a, b) + 1);
            T[][] next = n == byState.length ? byState : Arrays.copyOf(byState, n);
            for (int i = byState.length; i < n; i++) {
                next[i] = none;
            }
            next[a] = appended(next[a], t);
            if (b != a) {
                next[b] = appended(next[b], t);
            }
            return new Index<>(newVersion, next, none);
        }

        /** This index with {@code added} appended in order: what {@link #plus} one by one gives. */
        Index<T> plusAll(Collection<? extends T> added, StateIndexedList<T> list, int newVersion) {
            int n = byState.length;
            for (T t : added) {
                n = Math.max(n, Math.max(list.first(t), list.second(t)) + 1);
            }
            T[][] next = Arrays.copyOf(byState, n);
            for (int i = byState.length; i < n; i++) {
                next[i] = none;
            }
            int[] at = new int[n];
            for (T t : added) {
                at[list.first(t)]++;
                if (list.second(t) != list.first(t)) {
                    at[list.second(t)]++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (at[i] > 0) { // a new array: the old row may be shared with copies of the list
                    int len = next[i].length;
                    next[i] = Arrays.copyOf(next[i], len + at[i]);
                    at[i] = len;
                }
            }
            for (T t : added) {
                place(list, t, next, at);
            }
            return new Index<>(newVersion, next, none);
        }

        /** This index without the {@code removed} entries (by identity): what {@link #build} gives for the shorter list. */
        Index<T> minus(List<T> removed, StateIndexedList<T> list, int newVersion) {
            Set<T> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(removed);
            T[][] next = byState.clone();
            for (T t : removed) {
                next[list.first(t)] = without(byState[list.first(t)], gone);
                next[list.second(t)] = without(byState[list.second(t)], gone);
            }
            return new Index<>(newVersion, next, none);
        }

        private T[] without(T[] row, Set<T> gone) {
            int kept = 0;
            T[] out = Arrays.copyOf(row, row.length);
            for (T t : row) {
                if (!gone.contains(t)) {
                    out[kept++] = t;
                }
            }
            return kept == 0 ? none : Arrays.copyOf(out, kept);
        }

        /** Puts {@code t} in the rows of both its states (once for a state paired with itself), at {@code at}, advanced. */
        private static <T> void place(StateIndexedList<T> list, T t, T[][] rows, int[] at) {
            int a = list.first(t);
            int b = list.second(t);
            rows[a][at[a]++] = t;
            if (b != a) {
                rows[b][at[b]++] = t;
            }
        }

        private static <T> T[] appended(T[] row, T t) {
            T[] out = Arrays.copyOf(row, row.length + 1);
            out[row.length] = t;
            return out;
        }

        static <T> Index<T> build(StateIndexedList<T> list, int version) {
            T[] none = list.none();
            int n = 0;
            for (T t : list) {
                n = Math.max(n, Math.max(list.first(t), list.second(t)) + 1);
            }
            int[] count = new int[n];
            for (T t : list) {
                int a = list.first(t);
                int b = list.second(t);
                count[a]++;
                if (b != a) {
                    count[b]++;
                }
            }
            @SuppressWarnings("unchecked")
            T[][] byState = (T[][]) java.lang.reflect.Array.newInstance(none.getClass(), n);
            for (int i = 0; i < n; i++) {
                byState[i] = count[i] == 0 ? none : Arrays.copyOf(none, count[i]);
                count[i] = 0;
            }
            for (T t : list) {
                place(list, t, byState, count);
            }
            return new Index<>(version, byState, none);
        }
    }
}
