package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.World;

/** Leave the coalition against a state: under the minimum membership it dissolves; a leaving leader is replaced. */
public final class LeaveCoalition implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        Coalition c = w.coalitionAgainst(t);
        return c == null || !c.hasMember(a) ? Sentence.of("reason.notInCoalition", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Coalition c = w.coalitionAgainst(t);
        c.members.removeIf(x -> x.state() == a);
        Events.all(w, EventKind.COALITION_LEFT, a, t, Sentence.of("event.coalitionLeft", Events.nameLater(w, a), Events.nameLater(w, t)), null);
        if (c.members.size() < w.rules.coalition.minMembers) {
            w.coalitions.remove(c);
            Events.all(w, EventKind.COALITION_DISSOLVED, a, t, Sentence.of("event.coalitionDissolved", Events.nameLater(w, t)), Sentence.of("why.tooFew"));
        } else if (c.leader == a) {
            c.leader = c.members.get(0).state();
        }
    }
}
