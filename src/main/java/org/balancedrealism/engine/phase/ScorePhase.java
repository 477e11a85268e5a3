package org.balancedrealism.engine.phase;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Objective;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.World;

import java.util.List;

/**
 * Records the turn's figures for charts and the debrief, tracks objectives, refills action points and advances
 * the clock.
 */
public final class ScorePhase implements Phase {
    @Override
    public String name() {
        return "score";
    }

    @Override
    public void run(World w, List<Move> orders) {
        Derived d = w.derived;
        int n = w.size();
        float[] power = new float[n];
        float[] gdp = new float[n];
        float[] military = new float[n];
        float[] overreach = new float[n];
        float[] threat = new float[n];
        float[] treasury = new float[n];
        TurnStats stats = new TurnStats(w.turn + 1, power, gdp, military, overreach, threat, treasury);
        for (int i = 0; i < n; i++) {
            score(w, d, i, stats);
        }
        w.history.add(stats);
        for (Objective o : w.objectives) {
            track(w, o);
        }
        forgetRoutine(w);
        w.turn++;
    }

    /**
     * Keeps saves small over long games: routine events older than the rules' window leave the log. Events are only
     * ever appended, for the turn being resolved, so the log is in turn order and the turn that leaves the window now
     * is one run of it, found by halving; the routine events of older turns left at the end of theirs (those that
     * stay are wars, acts and the like, and are not looked at again every turn).
     */
    private static void forgetRoutine(World w) {
        int oldest = w.turn + 1 - (int) w.rules.events.routineLogTurns;
        List<GameEvent> log = w.log;
        int from = firstOfTurn(log, oldest - 1);
        int to = firstOfTurn(log, oldest);
        if (from < to) {
            log.subList(from, to).removeIf(e -> EventKind.of(e.kind()).fadesFromLog());
        }
    }

    /** The index of the first event of {@code turn} or later in {@code log} (in turn order); its size if none. */
    static int firstOfTurn(List<GameEvent> log, int turn) {
        int lo = 0;
        int hi = log.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (log.get(mid).turn() < turn) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * State {@code i}'s figures of the turn into {@code stats} (rounded for the charts), its peak overreach and its
     * action points for the next turn. A method of its own, called once per state, so the just-in-time compiler
     * optimises it fully within a game's first turns (a loop run once a turn stays in its slower tiers).
     */
    private static void score(World w, Derived d, int i, TurnStats stats) {
        Nation s = w.nation(i);
        stats.power()[i] = round(d.power[i]);
        stats.gdp()[i] = round(s.gdp);
        stats.military()[i] = round(s.military);
        stats.overreach()[i] = round(d.overreach[i]);
        stats.maxThreat()[i] = round(d.maxThreat(i));
        stats.treasury()[i] = round(s.treasury);
        s.peakOverreach = Math.max(s.peakOverreach, d.overreach[i]);
        s.actionPoints = actionPoints(w, i);
    }

    /** Action points per turn: more for great powers. */
    public static int actionPoints(World w, int i) {
        double share = w.derived == null ? 0 : w.derived.power[i];
        return (int) Math.round(share >= w.rules.power.greatPowerShare ? w.rules.power.greatPowerActionPoints
                : w.rules.power.actionPoints);
    }

    private static float round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return 0;
        }
        double scale = powerOfTen(4 - (int) Math.ceil(Math.log10(Math.abs(v))));
        return (float) (Math.round(v * scale) / scale);
    }

    /** 10^0 … 10^22: each exactly a double, which is then what {@code Math.pow(10, k)} gives (its contract). */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = p; // exact: 10^k = 5^k·2^k and 5^k < 2^53 up to k = 22, so no product is rounded
            p *= 10;
        }
    }

    /**
     * {@code Math.pow(10, k)}: read from a table where the power is a whole number that a double holds exactly (the
     * figures a turn rounds are mostly shares and threats, below one, so it is looked up six times per state per turn).
     */
    static double powerOfTen(int k) {
        return k >= 0 && k < POWERS_OF_TEN.length ? POWERS_OF_TEN[k] : Math.pow(10, k);
    }

    private static void track(World w, Objective o) {
        int i = w.indexOf(o.nation());
        if (i < 0 || w.objectivesMet.contains(o.id())) {
            return;
        }
        boolean now = switch (o.type()) {
            case "power-share" -> w.derived.power[i] >= o.threshold() && w.coalitionAgainst(i) == null;
            case "contain" -> {
                int t = w.indexOf(o.target());
                yield t >= 0 && w.nation(i).alive && (!o.withoutWar() || !w.atWar(i, t))
                        && w.territoriesOf(t) <= w.nation(t).startTerritories && w.turn + 1 >= w.maxTurns;
            }
            case "survive" -> w.nation(i).alive && w.turn + 1 >= w.maxTurns;
            default -> false;
        };
        int streak = now ? w.objectiveStreaks.getOrDefault(o.id(), 0) + 1 : 0;
        w.objectiveStreaks.put(o.id(), streak);
        int needed = "power-share".equals(o.type()) ? Math.max(1, o.noCoalitionTurns()) : 1;
        if (streak >= needed) {
            w.objectivesMet.add(o.id());
            Events.parties(w, EventKind.OBJECTIVE, i, -1, Sentence.of("event.objective", Events.nameLater(w, i), o.text()), null);
        }
    }
}
