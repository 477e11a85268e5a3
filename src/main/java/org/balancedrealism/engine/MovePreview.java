package org.balancedrealism.engine;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRules;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * What a move would do, computed on a scratch copy so the world never changes: its costs, the change in threat
 * each affected state would feel from the actor, the actor's overreach, and the risk of a coalition against it.
 * The AI uses the very same preview ("strategic restraint is simulating their response first").
 *
 * @param problems        why the move is illegal now (empty if legal)
 * @param threatChanges   states whose threat from the actor changes, largest change first
 * @param coalitionRisk   chance a coalition stands against the actor after the move (0..1)
 * @param likelyMembers   ids of the states that would join it
 * @param coalitionReason in plain words, why a coalition would or would not stand against the actor after the move
 */
public record MovePreview(Move move, List<String> problems, int actionPoints, double treasuryCost,
                          List<ThreatChange> threatChanges, double coalitionRiskBefore, double coalitionRisk,
                          double overreachBefore, double overreachAfter, List<String> likelyMembers,
                          String coalitionReason) {

    /** Threat one state feels from the actor before and after. */
    public record ThreatChange(String observer, double before, double after) {
        public double delta() {
            return after - before;
        }
    }

    public boolean legal() {
        return problems.isEmpty();
    }

    public static MovePreview of(World w, Move m) {
        return of(w, m, null);
    }

    /** The actor's coalition plan as things stand, for callers that preview several moves of one actor. */
    public static Coalitions.Plan planNow(World w, int actor) {
        if (w.derived == null) {
            Perception.refresh(w);
        }
        return Coalitions.plan(w, w.derived, actor, Perception.column(w.derived, actor), true);
    }

    /** As {@link #of(World, Move)}, reusing {@code planBefore} (from {@link #planNow}) when given. */
    public static MovePreview of(World w, Move m, Coalitions.Plan planBefore) {
        return of(w, m, planBefore, false);
    }

    /**
     * As {@link #of(World, Move, Coalitions.Plan)}; {@code whole} carries the move out on a scratch copy that is not
     * marked as a {@link World#preview preview}, so even what no figure here reads is done (for the test that holds
     * the two equal).
     */
    static MovePreview of(World w, Move m, Coalitions.Plan planBefore, boolean whole) {
        if (w.derived == null) {
            Perception.refresh(w);
        }
        List<String> problems = MoveRules.check(w, m);
        int ap = MoveRules.actionPoints(w, m);
        double cost = MoveRules.treasuryCost(w, m);
        int a = w.indexOf(m.actor());
        if (!problems.isEmpty() || a < 0) {
            return new MovePreview(m, problems, ap, cost, List.of(), 0, 0, 0, 0, List.of(), "");
        }
        double[] before = Perception.column(w.derived, a);
        if (planBefore == null || planBefore.target() != a) {
            planBefore = Coalitions.plan(w, w.derived, a, before, true);
        }
        World s = w.scratch();
        s.preview = !whole; // read for the figures below and dropped: answers nobody reads here may be left out
        // an act writes one opinion column (what everyone now thinks of the actor): keep it apart, not every row unshared
        s.opinion.deferColumnWrites();
        s.random = w.random.fork(31L * w.turn + m.kind().ordinal());
        MoveRules.apply(s, m);
        Perception.Outlook after = Perception.outlook(s, a, MoveRules.changesGeometry(m));
        Coalitions.Plan planAfter = Coalitions.plan(s, after.derived(), a, after.towardSource(), true);
        List<ThreatChange> changes = threatChanges(w, a, m.target(), before, after.towardSource(),
                (int) Math.round(w.rules.alerts.previewThreatsListed));
        List<String> members = new ArrayList<>();
        for (Coalitions.Candidate c : planAfter.members()) {
            members.add(w.id(c.state()));
        }
        return new MovePreview(m, problems, ap, cost, changes,
                Coalitions.risk(w, planBefore), Coalitions.risk(s, planAfter), w.derived.overreach[a],
                after.overreach(), members, Coalitions.plainReason(s, planAfter));
    }

    /**
     * The first {@code listed} states whose threat from {@code actor} changes by at least the alert threshold: the
     * state acted upon first, then the largest changes, equal ones in state order. The order a stable sort of all of
     * them would give, but only the few listed are kept, in one pass (a preview lists ten of up to two hundred).
     */
    static List<ThreatChange> threatChanges(World w, int actor, String target, double[] before, double[] after, int listed) {
        int t = target == null ? -1 : w.indexOf(target);
        double threshold = w.rules.alerts.previewThreatChange;
        int[] top = new int[Math.max(0, listed)];
        double[] topChange = new double[top.length];
        int kept = 0;
        for (int i = 0; i < w.size(); i++) {
            double change = Math.abs(after[i] - before[i]);
            if (i == actor || !(change >= threshold)) {
                continue;
            }
            // where it goes among those kept: after every one listed before it or level with it (state order)
            int at = kept;
            while (at > 0 && before(i, change, top[at - 1], topChange[at - 1], t)) {
                at--;
            }
            if (at >= top.length) {
                continue;
            }
            int last = Math.min(kept, top.length - 1);
            System.arraycopy(top, at, top, at + 1, last - at);
            System.arraycopy(topChange, at, topChange, at + 1, last - at);
            top[at] = i;
            topChange[at] = change;
            kept = Math.min(kept + 1, top.length);
        }
        List<ThreatChange> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            out.add(new ThreatChange(w.id(top[k]), before[top[k]], after[top[k]]));
        }
        return List.copyOf(out);
    }

    /** True if state x (change {@code cx}) is listed before state y (change {@code cy}): the target first, then the larger change. */
    private static boolean before(int x, double cx, int y, double cy, int target) {
        if ((x == target) != (y == target)) {
            return x == target;
        }
        return Double.compare(cx, cy) > 0;
    }

    /** One line for tooltips and logs. */
    public String summary() {
        if (!legal()) {
            return String.join(" ", problems);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(actionPoints).append(" AP, $").append(Events.f1(treasuryCost)).append("bn");
        if (!threatChanges.isEmpty()) {
            ThreatChange top = threatChanges.get(0);
            sb.append("; threat felt by ").append(top.observer()).append(' ').append(Events.f2(top.before()))
                    .append(" → ").append(Events.f2(top.after()));
        }
        sb.append("; coalition risk ").append(Events.pct(coalitionRisk));
        return sb.toString();
    }
}
