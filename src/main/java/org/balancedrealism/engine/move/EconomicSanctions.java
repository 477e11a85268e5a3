package org.balancedrealism.engine.move;

import org.balancedrealism.model.World;

/** Entry point for rules outside the move package that impose sanctions (coalitions act through sanctions). */
public final class EconomicSanctions {
    private EconomicSanctions() {
    }

    public static void impose(World w, int sender, int target, String why) {
        EconomicMoves.sanction(w, sender, target, true, why);
    }

    /** As {@link #impose}, for broad answers where one summary event names the senders. */
    public static void imposeQuietly(World w, int sender, int target) {
        EconomicMoves.sanctionQuietly(w, sender, target);
    }
}
