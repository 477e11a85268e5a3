package org.balancedrealism.model;

import java.util.Collection;
import java.util.List;

/**
 * The world's treaty list with each state's treaties indexed (see {@link StateIndexedList}), so "do a and b have an
 * alliance?" reads the few treaties of one state instead of scanning hundreds. Saved as a plain JSON array like any
 * list.
 */
public final class TreatyList extends StateIndexedList<Treaty> {
    private static final Treaty[] NONE = new Treaty[0];

    public TreatyList() {
    }

    public TreatyList(Collection<Treaty> treaties) {
        super(treaties);
    }

    /** The list itself if it is one, else an indexed copy. */
    public static TreatyList of(List<Treaty> treaties) {
        return treaties instanceof TreatyList list ? list : new TreatyList(treaties);
    }

    @Override
    protected int first(Treaty t) {
        return t.a();
    }

    @Override
    protected int second(Treaty t) {
        return t.b();
    }

    @Override
    protected Treaty[] none() {
        return NONE;
    }

    /** True if a treaty of {@code type} binds {@code a} and {@code b} (either way round). */
    public boolean has(TreatyType type, int a, int b) {
        for (Treaty t : shorterOf(a, b)) {
            if (t.type() == type && t.between(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code guarantor} guarantees {@code protege}. */
    public boolean guarantees(int guarantor, int protege) {
        for (Treaty t : of(guarantor)) {
            if (t.type() == TreatyType.GUARANTEE && t.a() == guarantor && t.b() == protege) {
                return true;
            }
        }
        return false;
    }
}
