package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Trust;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/** Hostility decays, trust and opinion drift, then power, threat and alignment are derived anew. */
public final class PerceptionPhase implements Phase {
    @Override
    public String name() {
        return "perception";
    }

    @Override
    public void run(World w, List<Move> orders) {
        Hostility.decay(w);
        Trust.update(w);
        Perception.refresh(w);
        Alignments.run(w, false); // the reasons in words are written at the end of the turn (TurnEngine)
    }
}
