package org.balancedrealism.engine.phase;

import org.balancedrealism.engine.Alignments;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Perception;
import org.balancedrealism.engine.Trust;
import org.balancedrealism.engine.Workers;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/** Hostility decays, trust and opinion drift, then power, threat and alignment are derived anew. */
public final class PerceptionPhase implements Phase {
    /** Threads trust and the derivation may share their rows with (null: none); see {@link Workers}. */
    private final Workers workers;

    public PerceptionPhase() {
        this(null);
    }

    public PerceptionPhase(Workers workers) {
        this.workers = workers;
    }

    @Override
    public String name() {
        return "perception";
    }

    @Override
    public void run(World w, List<Move> orders) {
        Hostility.decay(w);
        Trust.update(w, workers);
        Perception.refreshWithinTurn(w, workers); // the end of the turn derives again (TurnEngine), over these arrays
        Alignments.run(w, false); // the reasons in words are written at the end of the turn (TurnEngine)
    }
}
