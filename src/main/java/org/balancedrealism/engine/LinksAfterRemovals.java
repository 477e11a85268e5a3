package org.balancedrealism.engine;

import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Derived.Links} of a world that lists the treaties of earlier links less some, and the same coalitions:
 * the earlier ties and protégés with only what the removed treaties touched worked out again (their pairs' ties,
 * their parties' protégés), from those states' own treaties. A war breaks the treaties between its two sides, and
 * every invasion preview does so on a copy of the world: reading all the world's thousands of treaties again for
 * the two or three it lost was the larger part of such a preview. Gives, to the bit, what {@code Perception.ties}
 * and {@code Perception.proteges} give for the world.
 */
final class LinksAfterRemovals {
    private static final int ALLY_OR_GUARANTEE = (1 << TreatyType.ALLIANCE.ordinal()) | (1 << TreatyType.GUARANTEE.ordinal());

    private LinksAfterRemovals() {
    }

    /** The links of {@code w}, or null if its treaties are not {@code prev}'s with some left out (in the same order). */
    static Derived.Links of(Derived.Links prev, World w) {
        Treaty[] was = prev.treaties;
        if (!(w.treaties instanceof TreatyList now) || now.size() >= was.length) {
            return null;
        }
        Treaty[] listed = now.toArray(new Treaty[0]);
        int missing = was.length - listed.length;
        List<Treaty> removed = new ArrayList<>(missing);
        int j = 0;
        for (Treaty t : listed) {
            while (was[j] != t) {
                if (removed.size() == missing) {
                    return null; // a treaty the earlier links did not list
                }
                removed.add(was[j++]);
            }
            j++;
        }
        while (j < was.length) {
            removed.add(was[j++]);
        }
        int n = w.size();
        byte[] ties = prev.ties.clone();
        int[][] proteges = prev.proteges;
        for (Treaty gone : removed) {
            int p = gone.a();
            int q = gone.b();
            int bits = ties[p * n + q] & Derived.COALITION; // coalitions are as they were
            for (Treaty t : now.of(p)) {
                if (t.between(p, q)) {
                    bits |= 1 << t.type().ordinal();
                }
            }
            ties[p * n + q] = (byte) bits;
            ties[q * n + p] = (byte) bits;
            if ((1 << gone.type().ordinal() & ALLY_OR_GUARANTEE) != 0) {
                if (proteges == prev.proteges) {
                    proteges = proteges.clone(); // the earlier rows stay the earlier links'
                }
                proteges[p] = protegesOf(now, p);
                proteges[q] = protegesOf(now, q);
            }
        }
        return new Derived.Links(listed, prev.coalitions, ties, proteges);
    }

    /**
     * The states {@code x} protects, as {@code Perception.proteges} lists them: along its treaties in list order, each
     * ally, and each state it guarantees, first occurrence kept.
     */
    private static int[] protegesOf(TreatyList treaties, int x) {
        Treaty[] mine = treaties.of(x);
        int[] out = new int[2 * mine.length];
        int kept = 0;
        for (Treaty t : mine) {
            if (t.type() == TreatyType.ALLIANCE) {
                if (t.a() == x) {
                    kept = addNew(out, kept, t.b());
                }
                if (t.b() == x) {
                    kept = addNew(out, kept, t.a());
                }
            } else if (t.type() == TreatyType.GUARANTEE && t.a() == x) {
                kept = addNew(out, kept, t.b());
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    private static int addNew(int[] out, int kept, int state) {
        for (int k = 0; k < kept; k++) {
            if (out[k] == state) {
                return kept;
            }
        }
        out[kept] = state;
        return kept + 1;
    }
}
