package org.balancedrealism.ai;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.List;

/**
 * A decision's explanation (§6.4), worked out when first read. Its best and refused candidates need previews of
 * their own (about half of a game's previews) and most explanations are never read (tournaments and benches read
 * none; the UI reads a few), so until then it keeps the decision's context and ranking. A preview and the threat
 * figures read the world as the state saw it, so once the turn's decisions are made those are pointed at a snapshot
 * of that world ({@link #readFrom}), and the explanation says word for word what it would have said at once.
 * Working it out draws nothing from the game's random source (only from the decision's own fork, as it always did).
 */
final class LazyExplanation {
    private final int turn;
    private final List<Move> chosen;
    /** The decision's figures until the explanation is worked out, then null (they may hold a whole snapshot). */
    private AiPlayer.Context c;
    private Ranking ranking;
    private AiPlayer.Explanation done;

    LazyExplanation(AiPlayer.Context c, Ranking ranking, List<Move> chosen) {
        this.turn = c.w.turn + 1;
        this.c = c;
        this.ranking = ranking;
        this.chosen = List.copyOf(chosen);
    }

    /** The turn the decision was made for (as {@code Explanation.turn}). */
    int turn() {
        return turn;
    }

    /** The moves chosen (as {@code Explanation.chosen}), known without working the explanation out. */
    List<Move> chosen() {
        return chosen;
    }

    /** True once worked out (it then needs no snapshot). */
    synchronized boolean worked() {
        return done != null;
    }

    /**
     * From now on reads {@code snapshot}, a copy of the world the decision read, taken before the world moves on:
     * the decision's own world may change under it before anyone reads the explanation.
     */
    synchronized void readFrom(World snapshot) {
        if (done == null) {
            c.readFrom(snapshot);
        }
    }

    /** The explanation, the same whenever it is first read (two readers may ask at once: one works it out). */
    synchronized AiPlayer.Explanation get() {
        if (done == null) {
            List<AiPlayer.Scored> top = ranking.top(Explain.BEST);
            double margin = top.size() >= 2 ? top.get(0).eu() - top.get(1).eu() : top.isEmpty() ? 0 : top.get(0).eu();
            done = Explain.of(c, ranking.withChosen(top, chosen), ranking.rejected(Explain.REFUSED), chosen, margin);
            c = null;
            ranking = null;
        }
        return done;
    }
}
