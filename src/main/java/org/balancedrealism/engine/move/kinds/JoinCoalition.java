package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.World;

/** Join the coalition against a state, by the join test every joiner passes (§4.4). */
public final class JoinCoalition implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        Coalition c = w.coalitionAgainst(t);
        return c == null ? Sentence.of("reason.noCoalition", w.name(t))
                : c.hasMember(a) ? Sentence.of("reason.alreadyMember") : joinProblem(w, c, a);
    }

    /**
     * The join test applies to every joiner (§4.4): an AI state joins only if it feels threatened and its test is
     * positive. A person may join regardless: the test is shown to them, the choice is theirs.
     */
    private static Sentence joinProblem(World w, Coalition c, int a) {
        if (w.nation(a).human) {
            return null;
        }
        double t = w.derived.threat(a, c.target);
        if (t < w.rules.threat.threatened) {
            return Sentence.of("reason.notThreatened", w.name(a), w.name(c.target), Events.f2(t));
        }
        Coalitions.Candidate test = Coalitions.joining(w, w.derived, a, c);
        return test.joinValue() > 0 ? null : Sentence.of("reason.joiningDoesNotPay", Sentence.later(test::why));
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Coalition c = w.coalitionAgainst(t);
        Coalitions.enrol(w, c, Coalitions.joining(w, w.derived, a, c));
        Events.all(w, EventKind.COALITION_JOINED, a, t, Sentence.of("event.coalitionJoined", Events.nameLater(w, a), Events.nameLater(w, t)), null);
    }

    @Override
    public String verb(World w, Move m) {
        return Texts.get("verb.joinCoalition", MoveRule.targetName(w, m));
    }
}
