package org.balancedrealism.ai;

import org.balancedrealism.engine.Hostility;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

/**
 * The turn's recent aggressors and, for each, the one state that leads the answers short of war: built once before
 * the states decide, since every state asks the same questions of the same standing world (is j a recent aggressor?
 * who leads the sanctions against it? who brings the resolution?) and a leader is one state for all of them.
 */
final class Aggressors {
    /** The living recent aggressors, in index order. */
    private final int[] list;
    /** Per state: the strongest threatened condemner not yet sanctioning it (−1 if none). */
    private final int[] sanctionLeader;
    /** Per state: the condemner with the most soft power that uses institutions and holds no mandate (−1 if none). */
    private final int[] resolutionLeader;
    /** Per recent aggressor (null for the others): which states condemn it. */
    private final boolean[][] condemners;

    private Aggressors(World w) {
        int n = w.size();
        int count = 0;
        int[] found = new int[n];
        for (int j = 0; j < n; j++) {
            if (w.nation(j).alive && Hostility.recentAggressor(w, j)) {
                found[count++] = j;
            }
        }
        this.list = java.util.Arrays.copyOf(found, count);
        this.sanctionLeader = new int[n];
        this.resolutionLeader = new int[n];
        java.util.Arrays.fill(sanctionLeader, -1);
        java.util.Arrays.fill(resolutionLeader, -1);
        this.condemners = new boolean[n][];
        for (int j : list) {
            condemners[j] = condemnersOf(w, j);
            sanctionLeader[j] = sanctionLeaderOf(w, j, condemners[j]);
            resolutionLeader[j] = resolutionLeaderOf(w, j, condemners[j]);
        }
    }

    static Aggressors of(World w) {
        return new Aggressors(w);
    }

    /** The living recent aggressors, in index order (do not modify). */
    int[] list() {
        return list;
    }

    /** True if {@code k} condemns the recent aggressor {@code j}: it remembers its acts and is not its ally. */
    boolean condemns(int k, int j) {
        return condemners[j][k];
    }

    /**
     * True if no other state that would lead the sanctions against {@code j} comes before {@code i} (more power, or as
     * much and a lower index): i leads them if it is one of those states itself.
     */
    boolean leadsSanctions(World w, int i, int j) {
        int k = sanctionLeader[j];
        return k < 0 || k == i || !before(w.derived.power, k, i);
    }

    /** As {@link #leadsSanctions}, for the resolution against {@code j}, by soft power. */
    boolean leadsResolution(World w, int i, int j) {
        int k = resolutionLeader[j];
        return k < 0 || k == i || !(w.nation(k).softPower > w.nation(i).softPower
                || w.nation(k).softPower == w.nation(i).softPower && k < i);
    }

    private static boolean before(double[] value, int k, int i) {
        return value[k] > value[i] || value[k] == value[i] && k < i;
    }

    /** Among the AI states that condemn j, fear it and do not yet sanction it, the most powerful (lowest index on ties). */
    private static int sanctionLeaderOf(World w, int j, boolean[] condemns) {
        Derived d = w.derived;
        double bar = w.rules.threat.threatened;
        int best = -1;
        for (int k = 0; k < w.size(); k++) {
            if (!condemns[k] || w.nation(k).human || d.threat(k, j) < bar || w.sanctions(k, j)) {
                continue;
            }
            if (best < 0 || before(d.power, k, best)) {
                best = k;
            }
        }
        return best;
    }

    /** Among the AI states that condemn j, use institutions and hold no mandate, the one with the most soft power. */
    private static int resolutionLeaderOf(World w, int j, boolean[] condemns) {
        int best = -1;
        for (int k = 0; k < w.size(); k++) {
            Nation n = w.nation(k);
            if (!condemns[k] || n.human || n.legitimacyTurns > 0
                    || !SoftBalancing.usesInstitutions(w.rules.doctrine(n.doctrine).alignmentStyle)) {
                continue;
            }
            if (best < 0 || n.softPower > w.nation(best).softPower) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Which states condemn {@code j}: a living other state that remembers j's acts (hostility at least the coalition
     * threshold) and is neither its ally nor at war with it; j's own treaties and wars read once (the same answers as
     * asking hasTreaty and atWar state by state).
     */
    private static boolean[] condemnersOf(World w, int j) {
        int n = w.size();
        boolean[] excused = new boolean[n]; // its allies and its enemies in war
        Iterable<Treaty> treaties = w.treaties instanceof TreatyList indexed ? java.util.Arrays.asList(indexed.of(j)) : w.treaties;
        for (Treaty t : treaties) {
            if (t.type() == TreatyType.ALLIANCE && (t.a() == j || t.b() == j)) {
                mark(excused, t.a() == j ? t.b() : t.a());
            }
        }
        for (War war : w.wars) {
            if (war.isAttacker(j)) {
                war.defenders.forEach(k -> mark(excused, k));
            }
            if (war.isDefender(j)) {
                war.attackers.forEach(k -> mark(excused, k));
            }
        }
        double floor = w.rules.coalition.minHostility;
        boolean[] condemns = new boolean[n];
        for (int k = 0; k < n; k++) {
            condemns[k] = k != j && !excused[k] && w.nation(k).alive && w.memory.get(j, k) >= floor;
        }
        return condemns;
    }

    private static void mark(boolean[] states, int k) {
        if (k >= 0 && k < states.length) {
            states[k] = true;
        }
    }
}
