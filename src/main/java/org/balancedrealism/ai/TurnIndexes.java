package org.balancedrealism.ai;

import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-ups every decision of a turn shares, built once before the states decide (the world stands still while
 * they do, and the decisions only read them, so they may run in parallel): each state's treaties, the log's recent
 * events by target, and each state's own sanctions.
 */
final class TurnIndexes {
    final TreatyIndex treaties;
    final RecentActs recent;
    private final List<List<Sanction>> sanctionsBySender;

    private TurnIndexes(World w) {
        this.treaties = TreatyIndex.of(w);
        this.recent = RecentActs.of(w);
        this.sanctionsBySender = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            sanctionsBySender.add(new ArrayList<>(0));
        }
        for (Sanction s : w.sanctions) {
            sanctionsBySender.get(s.sender()).add(s);
        }
    }

    static TurnIndexes of(World w) {
        return new TurnIndexes(w);
    }

    /** The sanctions {@code sender} imposes, in the order of {@code World.sanctions}. */
    List<Sanction> sanctionsBy(int sender) {
        return sanctionsBySender.get(sender);
    }
}
