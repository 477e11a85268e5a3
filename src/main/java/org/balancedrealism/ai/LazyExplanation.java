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
    private final int state;
    private final List<Move> chosen;
    /** The decision's figures until the explanation is worked out, then null (they may hold a whole snapshot). */
    private AiPlayer.Context c;
    private Ranking ranking;
    private AiPlayer.Explanation done;
    /** A notable decision's narrative, told at once ({@link #tell}), or null. */
    private AiPlayer.Explanation told;

    LazyExplanation(AiPlayer.Context c, Ranking ranking, List<Move> chosen) {
        this.turn = c.w.turn + 1;
        this.state = c.i;
        this.c = c;
        this.ranking = ranking;
        this.chosen = List.copyOf(chosen);
    }

    /** The turn the decision was made for (as {@code Explanation.turn}). */
    int turn() {
        return turn;
    }

    /** The state that decided (as {@code Explanation.state}). */
    int state() {
        return state;
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

    /**
     * Tells a notable decision's narrative now, from the world as the state decided on it: it is kept for the whole
     * game (see {@code Explain.notableNote}), and must not keep the turn's snapshot alive as long. It needs only the
     * margin between the two best candidates, so the third best and the refused ones are still left until read.
     * An explanation without best or refused candidates: for the narrative alone.
     */
    synchronized AiPlayer.Explanation tell() {
        if (told == null) {
            if (done != null) {
                told = done;
            } else {
                List<AiPlayer.Scored> top = best(2);
                told = Explain.of(c, ranking.withChosen(top, chosen), List.of(), chosen, margin(top));
            }
        }
        return told;
    }

    /** The best {@code n} candidates; the first two are the same whatever {@code n} (the rest are ranked below them). */
    private List<AiPlayer.Scored> best(int n) {
        return ranking.top(n);
    }

    private static double margin(List<AiPlayer.Scored> top) {
        return top.size() >= 2 ? top.get(0).eu() - top.get(1).eu() : top.isEmpty() ? 0 : top.get(0).eu();
    }

    /** The explanation, the same whenever it is first read (two readers may ask at once: one works it out). */
    synchronized AiPlayer.Explanation get() {
        if (done == null) {
            List<AiPlayer.Scored> top = best(Explain.BEST);
            done = Explain.of(c, ranking.withChosen(top, chosen), ranking.rejected(Explain.REFUSED), chosen, margin(top));
            c = null;
            ranking = null;
        }
        return done;
    }
}
