package org.balancedrealism.ai;

import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The treaties of each state, in the world's treaty order: built once per AI turn (the world does not change while
 * the states decide), so a decision reads its own few treaties instead of scanning all of them.
 */
final class TreatyIndex {
    private final List<List<Treaty>> byState;

    private TreatyIndex(List<List<Treaty>> byState) {
        this.byState = byState;
    }

    static TreatyIndex of(World w) {
        List<List<Treaty>> byState = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            byState.add(new ArrayList<>());
        }
        for (Treaty t : w.treaties) {
            byState.get(t.a()).add(t);
            if (t.b() != t.a()) {
                byState.get(t.b()).add(t);
            }
        }
        return new TreatyIndex(byState);
    }

    /** The treaties {@code state} is a party to, in the order of {@code World.treaties}. */
    List<Treaty> of(int state) {
        return byState.get(state);
    }
}
