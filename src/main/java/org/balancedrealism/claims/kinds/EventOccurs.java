package org.balancedrealism.claims.kinds;

import org.balancedrealism.claims.Condition;
import org.balancedrealism.claims.Trace;
import org.balancedrealism.claims.Verdict;
import org.balancedrealism.model.GameEvent;

/**
 * {@code event}: an event of kind {@code eventKind} (as in the event log, e.g. "resolution-failed"), with the given
 * actor and target when named, happens by {@code byTurn} (the last turn when not given); with {@code never}, it
 * must not happen.
 */
public record EventOccurs(String eventKind, String actor, String target, Integer byTurn, boolean never) implements Condition {
    @Override
    public String kind() {
        return "event";
    }

    @Override
    public Verdict judge(Trace trace) {
        int end = trace.end(byTurn);
        for (int t = 1; t <= end; t++) {
            for (GameEvent e : trace.at(t).events) {
                if (matches(e)) {
                    String what = "turn " + t + ": " + e.text();
                    return never ? Verdict.fail(what) : Verdict.pass(what);
                }
            }
        }
        String none = "no " + describe() + " by turn " + end;
        return never ? Verdict.pass(none) : Verdict.fail(none);
    }

    private boolean matches(GameEvent e) {
        return e.kind().equals(eventKind) && (actor == null || actor.equals(e.actor())) && (target == null || target.equals(e.target()));
    }

    private String describe() {
        return "'" + eventKind + "' event" + (actor == null ? "" : " by " + actor) + (target == null ? "" : " against " + target);
    }
}
