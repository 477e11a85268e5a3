package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sanction with partners: the named partners join when they think worse of the target than of the leader and are
 * not its allies (a person decides for itself, so a human partner is only asked).
 */
public final class MultilateralSanction implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return Sanction.problem(w, a, t);
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        Sanctions.impose(w, a, t, true, null);
        List<Supplier<String>> joined = new ArrayList<>(); // names written with the event's words
        List<Supplier<String>> refused = new ArrayList<>();
        for (String pid : m.partners()) {
            int p = w.indexOf(pid);
            if (p < 0 || p == t || p == a || !w.nation(p).alive || w.sanctions(p, t)) {
                continue;
            }
            boolean joins = !w.nation(p).human && !w.hasTreaty(TreatyType.ALLIANCE, p, t)
                    && w.opinion.get(p, t) < w.opinion.get(p, a);
            if (joins) {
                Sanctions.impose(w, p, t, true, Sentence.of("why.askedBy", Events.nameLater(w, a), Events.nameLater(w, t),
                        Events.f1Later(w.opinion.get(p, t))));
                joined.add(Events.nameLater(w, p));
            } else {
                refused.add(Events.nameLater(w, p));
            }
        }
        Events.all(w, EventKind.MULTILATERAL_SANCTIONS, a, t, joined.isEmpty()
                        ? Sentence.of("event.multilateral.alone", Events.nameLater(w, a), Events.nameLater(w, t))
                        : Sentence.of("event.multilateral.with", Events.nameLater(w, a), Events.nameLater(w, t), Events.joinedLater(joined)),
                refused.isEmpty() ? null : Sentence.joined("declined: ", Events.joinedLater(refused)));
    }
}
