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
        // an act writes one opinion column (what everyone now thinks of the actor): keep it apart, not every row unshared
        s.opinion.deferColumnWrites();
        s.random = w.random.fork(31L * w.turn + m.kind().ordinal());
        MoveRules.apply(s, m);
        Perception.Outlook after = Perception.outlook(s, a, MoveRules.changesGeometry(m));
        Coalitions.Plan planAfter = Coalitions.plan(s, after.derived(), a, after.towardSource(), true);
        List<ThreatChange> changes = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            double delta = after.towardSource()[i] - before[i];
            if (i != a && Math.abs(delta) >= w.rules.alerts.previewThreatChange) {
                changes.add(new ThreatChange(w.id(i), before[i], after.towardSource()[i]));
            }
        }
        // the state acted upon first, then the states whose threat changes most
        String target = m.target();
        changes.sort((x, y) -> x.observer().equals(target) != y.observer().equals(target)
                ? (x.observer().equals(target) ? -1 : 1) : Double.compare(Math.abs(y.delta()), Math.abs(x.delta())));
        List<String> members = new ArrayList<>();
        for (Coalitions.Candidate c : planAfter.members()) {
            members.add(w.id(c.state()));
        }
        return new MovePreview(m, problems, ap, cost, List.copyOf(changes.subList(0, Math.min((int) Math.round(w.rules.alerts.previewThreatsListed), changes.size()))),
                Coalitions.risk(w, planBefore), Coalitions.risk(s, planAfter), w.derived.overreach[a],
                after.overreach(), members, Coalitions.plainReason(s, planAfter));
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
