package org.balancedrealism.ai;

import org.balancedrealism.engine.move.Move;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A decision's candidates in the order first added, each once (what a {@code LinkedHashSet} keeps), told apart by
 * {@link Move#equals} over the few already listed rather than by hashing: a state lists a handful of moves (a few
 * dozen at most, and they differ by kind first), while hashing reads every move's ids and figures, and the opening
 * turn lists some 1,300 candidates across the world.
 */
final class CandidateSet extends AbstractSet<Move> {
    private final List<Move> moves = new ArrayList<>(32);

    @Override
    public boolean add(Move m) {
        for (int k = 0; k < moves.size(); k++) {
            if (moves.get(k).equals(m)) {
                return false;
            }
        }
        return moves.add(m);
    }

    @Override
    public boolean contains(Object o) {
        return moves.contains(o);
    }

    @Override
    public Iterator<Move> iterator() {
        return java.util.Collections.unmodifiableList(moves).iterator();
    }

    @Override
    public int size() {
        return moves.size();
    }

    /**
     * The candidates in the order first added: the set's own list, handed over rather than copied (the set is made for
     * one decision and not used after), so nothing may be added to the set afterwards.
     */
    List<Move> toList() {
        return moves;
    }
}
