package org.balancedrealism.model;

import java.util.Collection;

/**
 * The world's sanctions with each state's indexed, as sender and as target (see {@link StateIndexedList}), so "does
 * a sanction b?" reads a few sanctions instead of scanning all of them (a broad embargo adds one per state). Saved
 * as a plain JSON array like any list.
 */
public final class SanctionList extends StateIndexedList<Sanction> {
    private static final Sanction[] NONE = new Sanction[0];

    public SanctionList() {
    }

    public SanctionList(Collection<Sanction> sanctions) {
        super(sanctions);
    }

    @Override
    protected int first(Sanction s) {
        return s.sender();
    }

    @Override
    protected int second(Sanction s) {
        return s.target();
    }

    @Override
    protected Sanction[] none() {
        return NONE;
    }

    /** True if {@code sender} sanctions {@code target}. */
    public boolean has(int sender, int target) {
        for (Sanction s : shorterOf(sender, target)) {
            if (s.sender() == sender && s.target() == target) {
                return true;
            }
        }
        return false;
    }
}
