package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/** Cancel one's treaties with a state (institutions stay), lawfully, at a cost in its trust and opinion. */
public final class CancelTreaty implements MoveRule {
    @Override
    public Sentence check(World w, Move m, int a, int t) {
        return treatiesBetween(w, a, t).isEmpty() ? Sentence.of("reason.noTreaty", w.name(t)) : null;
    }

    @Override
    public void apply(World w, Move m, int a, int t) {
        List<Treaty> ended = treatiesBetween(w, a, t);
        if (w.treaties instanceof TreatyList indexed) {
            indexed.removeIfOf(a, x -> ends(x, a, t)); // the very treaties listed, from its own few; the index kept current
        } else {
            w.treaties.removeIf(x -> ends(x, a, t));
        }
        w.trust.set(t, a, Math.max(0, w.trust.get(t, a) - w.rules.moveEffects.cancelTrust));
        w.opinion.add(t, a, -w.rules.moveEffects.cancelOpinion);
        Events.all(w, EventKind.TREATY_CANCELLED, a, t, Sentence.of("event.treatiesCancelled", Events.nameLater(w, a), Events.nameLater(w, t)), Sentence.plain(ended.size() + " treaties"));
    }

    /** Its treaties with {@code t} in the world's order (from its own few when the list is indexed). */
    private static List<Treaty> treatiesBetween(World w, int a, int t) {
        List<Treaty> list = new ArrayList<>();
        Iterable<Treaty> mine = w.treaties instanceof TreatyList indexed ? java.util.Arrays.asList(indexed.of(a)) : w.treaties;
        for (Treaty x : mine) {
            if (ends(x, a, t)) {
                list.add(x);
            }
        }
        return list;
    }

    /** True if cancelling ends {@code x}: a treaty between the two that is not an institution (those stay). */
    private static boolean ends(Treaty x, int a, int t) {
        return x.type() != TreatyType.INSTITUTION && x.between(a, t);
    }
}
