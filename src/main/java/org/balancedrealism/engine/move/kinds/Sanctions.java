package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/** Imposing sanctions, shared by the sanction moves and by the rules that answer aggression (coalitions, the many). */
public final class Sanctions {
    private Sanctions() {
    }

    /** {@code a} sanctions {@code t} (nothing if it already does): hostility written, an event for everyone. */
    public static void impose(World w, int a, int t, boolean multilateral, Sentence why) {
        if (w.sanctions(a, t)) {
            return;
        }
        w.sanctions.add(new org.balancedrealism.model.Sanction(a, t, multilateral, w.turn + 1));
        boolean answer = Hostility.answersAggression(w, a, t);
        Hostility.record(w, a, t, w.rules.hostility.sanctions);
        Events.all(w, answer ? EventKind.SANCTIONS : EventKind.ACT_SANCTIONS, a, t, Sentence.of(multilateral ? "event.sanctions.joined" : "event.sanctions",
                Events.nameLater(w, a), Events.nameLater(w, t)), why);
    }

    /** An embargo as part of the many's answer to an invasion: a sender's existing sanctions are raised to it. */
    public static void embargoQuietly(World w, int a, int t) {
        embargoQuietly(w, a, t, null);
    }

    /** As {@link #embargoQuietly(World, int, int)}, with the observers' relevance of acts against {@code t} at hand. */
    public static void embargoQuietly(World w, int a, int t, double[] relevanceToTarget) {
        embargoQuietly(w, a, t, relevanceToTarget, true);
    }

    /**
     * As above; {@code mayHave} false when the caller knows {@code a} has no sanction on {@code t} (the many's embargo
     * looks that up once for all senders instead of once per sender).
     */
    public static void embargoQuietly(World w, int a, int t, double[] relevanceToTarget, boolean mayHave) {
        if (embargoListed(w, a, t, mayHave)) {
            Hostility.record(w, a, t, w.rules.hostility.sanctions, relevanceToTarget);
        }
    }

    /**
     * {@link #embargoListed} for each of the first {@code count} {@code senders} in turn, all against {@code t}, in
     * one pass over the list: the senders' old sanctions on {@code t} taken out, then their embargoes appended in
     * order. That is the list (and the index) the calls one by one leave, as each touches only its own sender's entry
     * on {@code t}; the many's answer lists a hundred at once. {@code mayHave[sender]} false when the caller knows the
     * sender has no sanction on {@code t}. Returns, per sender, whether its embargo is a new act.
     */
    public static boolean[] embargoesListed(World w, int[] senders, int count, int t, boolean[] mayHave) {
        boolean[] fresh = new boolean[count];
        List<Sanction> old = new ArrayList<>();
        List<Sanction> added = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int a = senders[k];
            boolean had = false;
            if (mayHave[a]) {
                for (Sanction s : w.sanctions.of(a)) {
                    if (s.sender() == a && s.target() == t) {
                        old.add(s);
                        had = true;
                    }
                }
            }
            fresh[k] = !had;
            added.add(new Sanction(a, t, true, w.turn + 1, true));
        }
        w.sanctions.removeEntries(old);
        w.sanctions.addAll(added);
        return fresh;
    }

    /**
     * The embargo's entry in the sanctions list alone; true if it is a new act, whose hostility the caller records
     * (the many's answer records all its senders' acts at once, see {@code Hostility.recordEach}).
     */
    public static boolean embargoListed(World w, int a, int t, boolean mayHave) {
        boolean had = mayHave && w.sanctions.removeIfOf(a, s -> s.sender() == a && s.target() == t);
        w.sanctions.add(new org.balancedrealism.model.Sanction(a, t, true, w.turn + 1, true));
        return !had;
    }
}
