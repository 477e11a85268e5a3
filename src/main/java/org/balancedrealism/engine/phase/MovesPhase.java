package org.balancedrealism.engine.phase;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveCategory;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;

import java.util.List;

/**
 * Applies the orders of one category (diplomacy, then economy, then military). An order that is no longer legal
 * when its turn comes fails with its reason, told only to the state that gave it.
 */
public final class MovesPhase implements Phase {
    private final MoveCategory category;

    public MovesPhase(MoveCategory category) {
        this.category = category;
    }

    @Override
    public String name() {
        return category.label().toLowerCase();
    }

    @Override
    public void run(World w, List<Move> orders) {
        for (Move m : orders) {
            if (m.kind() == null || m.kind().category() != category) {
                continue;
            }
            List<String> reasons = MoveRules.apply(w, m);
            if (!reasons.isEmpty()) {
                int a = w.indexOf(m.actor());
                if (a >= 0) {
                    int t = m.target() == null ? -1 : w.indexOf(m.target());
                    Events.parties(w, EventKind.ORDER_FAILED, a, -1, Sentence.of(m.target() == null ? "event.orderFailed"
                                    : "event.orderFailed.target", Sentence.later(m.kind()::label), t >= 0 ? Events.nameLater(w, t) : m.target()),
                            // the reasons stay sentences until the event is read (then written in the event's own
                            // language): the opening turn's offers fail by the dozen where two states offered each
                            // other the same treaty, and few of those events are ever read
                            Sentence.joined(Sentence.later(() -> String.join(" ", reasons))));
                }
            }
        }
    }
}
