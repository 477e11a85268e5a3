package org.balancedrealism.engine.move;

import org.balancedrealism.engine.move.kinds.Sanctions;
import org.balancedrealism.model.World;

/** Entry point for rules outside the move package that impose sanctions (coalitions act through sanctions). */
public final class EconomicSanctions {
    private EconomicSanctions() {
    }

    public static void impose(World w, int sender, int target, org.balancedrealism.text.Sentence why) {
        Sanctions.impose(w, sender, target, true, why);
    }

    /** The many's embargo on an invader (existing sanctions raised to it); one summary event names the senders. */
    public static void embargoQuietly(World w, int sender, int target) {
        Sanctions.embargoQuietly(w, sender, target);
    }

    /** As above for one of many senders: {@code relevanceToTarget} from {@code Hostility.publicRelevanceTo}. */
    public static void embargoQuietly(World w, int sender, int target, double[] relevanceToTarget) {
        Sanctions.embargoQuietly(w, sender, target, relevanceToTarget);
    }

    /** As above; {@code mayHave} false when the caller knows the sender has no sanction on the target yet. */
    public static void embargoQuietly(World w, int sender, int target, double[] relevanceToTarget, boolean mayHave) {
        Sanctions.embargoQuietly(w, sender, target, relevanceToTarget, mayHave);
    }

    /** The embargo's list entry alone; true if it is a new act, whose hostility the caller records. */
    public static boolean embargoListed(World w, int sender, int target, boolean mayHave) {
        return Sanctions.embargoListed(w, sender, target, mayHave);
    }

    /**
     * {@link #embargoListed} for each of the first {@code count} senders in turn, in one pass; per sender, true if
     * its embargo is a new act. {@code mayHave} is indexed by state.
     */
    public static boolean[] embargoesListed(World w, int[] senders, int count, int target, boolean[] mayHave) {
        return Sanctions.embargoesListed(w, senders, count, target, mayHave);
    }
}
