package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveRule;
import org.balancedrealism.engine.move.Proposals;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.text.Texts;

/**
 * Offering a treaty the other side answers by its rules (engine.Reactions): refused when the treaty is already in
 * force or the two are at war. The pact, alliance, trade and arms-control offers differ only in their treaty and their words.
 */
abstract class TreatyOffer implements MoveRule {
    private final TreatyType treaty;
    private final ProposalKind proposal;
    private final String alreadyKey;
    private final String atWarKey;
    private final String verbKey;

    /**
     * @param alreadyKey the refusal when the treaty is in force, with the target's name
     * @param atWarKey   the refusal while the two are at war, with the target's name
     * @param verbKey    the order in words, with the target's name; null for the plain move name
     */
    TreatyOffer(TreatyType treaty, ProposalKind proposal, String alreadyKey, String atWarKey, String verbKey) {
        this.treaty = treaty;
        this.proposal = proposal;
        this.alreadyKey = alreadyKey;
        this.atWarKey = atWarKey;
        this.verbKey = verbKey;
    }

    @Override
    public final Sentence check(World w, Move m, int a, int t) {
        return w.hasTreaty(treaty, a, t) ? Sentence.of(alreadyKey, w.name(t))
                : w.atWar(a, t) ? Sentence.of(atWarKey, w.name(t)) : null;
    }

    @Override
    public final void apply(World w, Move m, int a, int t) {
        Proposals.offer(w, proposal, a, t, -1, null);
    }

    @Override
    public final String verb(World w, Move m) {
        return verbKey == null ? null : Texts.get(verbKey, MoveRule.targetName(w, m));
    }
}
