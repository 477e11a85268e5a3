package org.balancedrealism.ai;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** The modern world with every state played by the AI, for tests that play whole AI turns on the real map. */
public final class AllAiWorlds {
    private AllAiWorlds() {
    }

    public static World modernWorld(long seed) throws DataFileException {
        World w = Games.load("modern-world").newWorld(seed);
        for (Nation n : w.nations) {
            n.human = false;
        }
        return w;
    }
}
