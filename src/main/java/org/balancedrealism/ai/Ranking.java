package org.balancedrealism.ai;

import org.balancedrealism.engine.move.Move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decision's candidates ranked by expected utility, previewing a candidate only when it could change what the
 * decision does or says. A preview (a scratch world with the move applied) only lowers a candidate's EU or refuses
 * it, so its estimate is an upper bound: a candidate whose bound ranks below the best few already settled can neither
 * be drawn by the softmax nor stand among the explanation's best, and is never previewed. Previews are run for
 * exactly what is read: the candidates the softmax draws among (the best {@code candidatesKept} with EU above 0, each
 * time it draws), the explanation's best ones, and those walked to find its first refused ones. The order is that of
 * a stable sort by EU, highest first, so the same seed gives the same choices as previewing every candidate.
 */
final class Ranking {
    /** Highest EU first; equal EUs in candidate order (as a stable sort of the candidates leaves them). */
    private static final Comparator<Entry> ORDER = (a, b) -> {
        int byEu = Double.compare(b.eu, a.eu);
        return byEu != 0 ? byEu : Integer.compare(a.order, b.order);
    };

    /** A candidate's score: final, or an upper bound while its preview is pending. */
    static final class Entry {
        private final int order;
        private AiPlayer.Scored scored;
        /** {@code scored.eu()}, kept beside it: the sorts read it many times a decision, one load instead of two. */
        private double eu;
        private boolean pending;

        private Entry(int order, AiPlayer.Scored scored, boolean pending) {
            this.order = order;
            this.scored = scored;
            this.eu = scored.eu();
            this.pending = pending;
        }

        Move move() {
            return scored.move();
        }

        double eu() {
            return eu;
        }

        AiPlayer.Scored scored() {
            return scored;
        }
    }

    private final AiPlayer.Context c;
    private final boolean lazy;
    private final List<Entry> inOrder = new ArrayList<>();

    /** {@code lazy = false} previews every candidate as it comes (the same choices, for tests that check so). */
    Ranking(AiPlayer.Context c, boolean lazy) {
        this.c = c;
        this.lazy = lazy;
    }

    /** The next candidate, in candidate order. */
    void add(AiPlayer.Estimate e) {
        Entry x = new Entry(inOrder.size(), e.scored(), e.needsPreview());
        if (!lazy) {
            settle(x);
        }
        inOrder.add(x);
    }

    private void settle(Entry x) {
        if (x.pending) {
            x.scored = AiPlayer.previewed(c, x.scored);
            x.eu = x.scored.eu();
            x.pending = false;
        }
    }

    /** The candidates the softmax may draw among: not refused, EU above passing (0), ranked. */
    List<Entry> pool() {
        List<Entry> pool = new ArrayList<>();
        for (Entry x : inOrder) {
            if (!AiPlayer.isRefusal(x.scored) && x.eu() > 0) {
                pool.add(x);
            }
        }
        pool.sort(ORDER);
        return pool;
    }

    /**
     * Previews pending candidates among the first {@code n} of {@code ranked} until those are all settled, dropping
     * the ones refused (and, in the softmax's pool, those that fall to 0 or below); the rest keeps its order.
     */
    void settle(List<Entry> ranked, int n, boolean positiveOnly) {
        while (true) {
            int at = -1;
            for (int x = 0; x < Math.min(n, ranked.size()); x++) {
                if (ranked.get(x).pending) {
                    at = x;
                    break;
                }
            }
            if (at < 0) {
                return;
            }
            Entry e = ranked.remove(at);
            settle(e);
            if (AiPlayer.isRefusal(e.scored) || positiveOnly && e.eu() <= 0) {
                continue;
            }
            int to = at; // a preview only lowers EU: the entry moves down, never up
            while (to < ranked.size() && ORDER.compare(ranked.get(to), e) < 0) {
                to++;
            }
            ranked.add(to, e);
        }
    }

    /** The best {@code n} candidates not refused, settled, highest EU first (fewer if fewer remain). */
    List<AiPlayer.Scored> top(int n) {
        List<Entry> ranked = new ArrayList<>();
        for (Entry x : inOrder) {
            if (!AiPlayer.isRefusal(x.scored)) {
                ranked.add(x);
            }
        }
        ranked.sort(ORDER);
        settle(ranked, n, false);
        List<AiPlayer.Scored> top = new ArrayList<>();
        for (int x = 0; x < Math.min(n, ranked.size()); x++) {
            top.add(ranked.get(x).scored);
        }
        return top;
    }

    /** {@code top}, then the scores of the chosen moves not among them (all settled: the softmax drew them). */
    List<AiPlayer.Scored> withChosen(List<AiPlayer.Scored> top, List<Move> chosen) {
        List<AiPlayer.Scored> out = new ArrayList<>(top);
        for (Move m : chosen) {
            if (!among(top, m)) {
                for (Entry x : inOrder) {
                    if (same(x.move(), m)) {
                        out.add(x.scored);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean among(List<AiPlayer.Scored> scored, Move m) {
        for (AiPlayer.Scored s : scored) {
            if (same(s.move(), m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same candidate: the chosen moves, the scores and the entries all carry the candidate's own instance, and the
     * candidates are distinct (a set), so identity is equality here and spares comparing moves field by field.
     */
    private static boolean same(Move a, Move b) {
        return a == b;
    }

    /** The first {@code n} refused candidates in candidate order (previewing pending ones on the way: they may refuse). */
    List<AiPlayer.Scored> rejected(int n) {
        List<AiPlayer.Scored> out = new ArrayList<>();
        for (Entry x : inOrder) {
            if (out.size() >= n) {
                break;
            }
            settle(x);
            if (AiPlayer.isRefusal(x.scored)) {
                out.add(x.scored);
            }
        }
        return out;
    }
}
