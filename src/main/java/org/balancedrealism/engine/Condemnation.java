package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.move.EconomicSanctions;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The many answer aggression (DESIGN §4.4): a UN-style vote on a state's conduct, and broad multilateral sanctions
 * by those who condemn it and do not depend on it. The same vote serves the UN_RESOLUTION move and the automatic
 * answer to an unprovoked invasion. Sanctions that answered aggression are lifted once the aggressor has kept the
 * peace for a while.
 */
public final class Condemnation {
    /** States whose "no" blocks a mandate (the UN Security Council's permanent members); it does not hide the signal. */
    public static final List<String> VETO = List.of("USA", "RUS", "CHN", "GBR", "FRA");

    private Condemnation() {
    }

    /** How the world voted. */
    public record Vote(List<Integer> condemn, List<Integer> oppose, int abstain, List<Supplier<String>> vetoes) {
        public boolean passed(World w) {
            int voters = condemn.size() + oppose.size() + abstain;
            return voters > 0 && condemn.size() >= w.rules.diplomacy.resolutionMajority * voters && vetoes.isEmpty();
        }

        public String tally() {
            return tallySentence().text();
        }

        /** {@link #tally()} not yet in words. */
        public Sentence tallySentence() {
            Sentence votes = Sentence.of("event.vote.tally", String.valueOf(condemn.size()), String.valueOf(oppose.size()),
                    String.valueOf(abstain));
            return vetoes.isEmpty() ? votes : Sentence.of("event.vote.vetoed", votes, Events.joinedLater(vetoes));
        }
    }

    /**
     * Each state votes by its opinion of the accused against its opinion of the accuser, and by the threat it feels
     * from the accused; its allies and war partners stand by it.
     */
    public static Vote vote(World w, int accuser, int accused) {
        Rules.Diplomacy r = w.rules.diplomacy;
        List<Integer> condemn = new ArrayList<>();
        List<Integer> oppose = new ArrayList<>();
        List<Supplier<String>> vetoes = new ArrayList<>(); // their names, written with the vote's words
        int abstain = 0;
        for (int i = 0; i < w.size(); i++) {
            Nation v = w.nation(i);
            if (!v.alive || i == accused) {
                continue;
            }
            double gap = w.opinion.get(i, accuser) - w.opinion.get(i, accused);
            boolean friend = w.hasTreatyFast(TreatyType.ALLIANCE, i, accused) && w.opinion.get(i, accused) > 0;
            if (i == accuser || (!friend && (gap > r.condemnMargin || w.derived.threat(i, accused) >= w.rules.threat.threatened))) {
                condemn.add(i);
            } else if (friend || gap < -r.condemnMargin) {
                oppose.add(i);
                if (VETO.contains(v.id)) {
                    vetoes.add(Events.nameLater(w, i));
                }
            } else {
                abstain++;
            }
        }
        return new Vote(condemn, oppose, abstain, vetoes);
    }

    /**
     * The world's answer to an unprovoked invasion or annexation of {@code victim} by {@code aggressor}: a vote, and
     * sanctions by every condemning state that does not depend on the aggressor (near or far). Held once a turn per
     * aggressor. {@code act} names the act in the vote's and the embargo's words.
     * <p>
     * Left out on a {@link World#preview preview} world: the answer is what the other states do, and it writes only
     * their own figures: the condemning states' mandate, their embargoes in the sanctions list, their acts in every
     * observer's memory of them (their rows) and opinion of them (their columns), and events. A preview reads none of
     * these: it reads the aggressor's memory row and opinion and trust columns, the states' power figures, treaties,
     * coalitions and wars (MovePreview.of, Perception.outlook, Coalitions.plan). Invasion previews are most of an AI
     * turn, and this answer (a hundred embargoes) was most of each; MovePreviewTest holds the figures equal to the
     * whole answer's.
     */
    public static void answer(World w, int aggressor, int victim, Sentence act) {
        if (w.preview) {
            return;
        }
        for (int k = w.log.size() - 1; k >= 0 && w.log.get(k).turn() == w.turn + 1; k--) {
            var e = w.log.get(k);
            if ((EventKind.of(e.kind()) == EventKind.RESOLUTION_PASSED || EventKind.of(e.kind()) == EventKind.RESOLUTION_FAILED) && w.id(aggressor).equals(e.target()) && w.id(victim).equals(e.actor())) {
                return;
            }
        }
        Vote vote = vote(w, victim, aggressor);
        boolean passed = vote.passed(w);
        Rules.Diplomacy r = w.rules.diplomacy;
        if (passed) {
            for (int i : vote.condemn()) {
                w.nation(i).legitimacyTurns = (int) r.resolutionTurns;
            }
        }
        Events.all(w, passed ? EventKind.RESOLUTION_PASSED : EventKind.RESOLUTION_FAILED, victim, aggressor,
                Sentence.of("event.vote", Events.nameLater(w, aggressor), act, vote.tallySentence()),
                passed ? Sentence.of("why.mandate", Events.nameLater(w, aggressor)) : Sentence.of("why.noMandate"));
        if (w.rules.coalition.balancing < 0.5) {
            return; // balancing switched off: the many's embargo is balancing too, so it goes with the coalitions
        }
        double[] relevance = null; // the same for every sender's embargo: computed once, not once per sender
        // who already sanctions the aggressor, read once (a sender's embargo changes only its own entry)
        boolean[] sanctioning = new boolean[w.size()];
        boolean[] embargoing = new boolean[w.size()];
        for (Sanction x : w.sanctions.of(aggressor)) {
            if (x.target() == aggressor) {
                sanctioning[x.sender()] = true;
                embargoing[x.sender()] |= x.embargo();
            }
        }
        int[] acts = new int[vote.condemn().size()];
        int count = 0;
        int[] senders = new int[vote.condemn().size()];
        int sent = 0;
        for (int i : vote.condemn()) {
            Nation s = w.nation(i);
            if (s.human || dependsOn(w, i, aggressor) || embargoing[i]) {
                continue;
            }
            if (relevance == null) {
                relevance = Hostility.publicRelevanceTo(w, aggressor);
            }
            senders[sent++] = i;
        }
        // their embargoes listed at once (each touches only its own entry on the aggressor, so the order of work is free)
        boolean[] fresh = EconomicSanctions.embargoesListed(w, senders, sent, aggressor, sanctioning);
        for (int k = 0; k < sent; k++) {
            if (fresh[k]) {
                acts[count++] = senders[k];
            }
        }
        if (count > 0) { // the new embargoes' hostility, all at once: opinion written along each observer's row
            Hostility.recordEach(w, acts, count, aggressor, w.rules.hostility.sanctions, relevance);
        }
        if (sent > 0) {
            int named = Math.min(12, sent);
            Events.all(w, EventKind.MULTILATERAL_SANCTIONS, victim, aggressor,
                    Sentence.of("event.embargo", sent, Events.nameLater(w, aggressor), act),
                    Sentence.of(sent > 12 ? "why.embargoMore" : "why.embargo", names(w, senders, named),
                            String.valueOf(sent - 12)));
        }
    }

    /** The first {@code count} of {@code states}' names, joined by commas when the event is written. */
    private static Supplier<String> names(World w, int[] states, int count) {
        List<Supplier<String>> names = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            names.add(Events.nameLater(w, states[k]));
        }
        return Events.joinedLater(names);
    }

    /**
     * A state depends on another when the other's economy dwarfs its own and either they trade by treaty or the
     * other is a great power (an economy nobody can afford to cut off), or when they are allies: the many embargo
     * Russia in 2022, not the United States in 2003.
     */
    static boolean dependsOn(World w, int i, int j) {
        Derived d = w.derived;
        boolean dwarfed = d.latent[j] >= w.rules.diplomacy.dependenceRatio * d.latent[i];
        return d.tied(TreatyType.ALLIANCE, i, j)
                || dwarfed && (d.tied(TreatyType.TRADE, i, j) || d.power[j] >= w.rules.power.greatPowerShare);
    }

    /**
     * AI states lift sanctions that answered aggression once the target has kept the peace for
     * {@code sanctionLiftTurns} turns and no coalition of theirs stands against it.
     */
    public static void review(World w) {
        double lift = w.rules.diplomacy.sanctionLiftTurns;
        byte[] attacking = new byte[w.size()]; // per target, looked up once: 0 not yet, 1 no, 2 yes
        // removed in place, each sanction tested once in list order (so the events keep their order); the index stays current
        w.sanctions.removeIf(s -> {
            Nation target = w.nation(s.target());
            boolean calm = w.turn + 1 - target.lastAggressionTurn >= lift && w.turn + 1 - s.sinceTurn() >= lift;
            var c = w.coalitionAgainst(s.target());
            boolean bound = c != null && c.hasMember(s.sender());
            if (attacking[s.target()] == 0) {
                attacking[s.target()] = (byte) (w.wars.stream().anyMatch(x -> x.isAttacker(s.target())) ? 2 : 1);
            }
            if (calm && !bound && attacking[s.target()] == 1 && !w.nation(s.sender()).human && !w.atWar(s.sender(), s.target())) {
                Events.parties(w, EventKind.SANCTIONS_LIFTED, s.sender(), s.target(), Sentence.of("event.sanctionsLifted", Events.nameLater(w, s.sender()), Events.nameLater(w, s.target())), Sentence.of("why.keptPeace", Events.nameLater(w, s.target()), String.valueOf(w.turn + 1 - target.lastAggressionTurn)));
                return true;
            }
            return false;
        });
    }
}
