package org.balancedrealism.engine.move;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Events;
import org.balancedrealism.engine.Reactions;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

/**
 * Offers between states: an AI receiver answers at once by the rules ({@link Reactions}); a human receiver finds
 * the offer in its inbox and answers on its turn (hot-seat).
 */
public final class Proposals {
    private Proposals() {
    }

    public static void offer(World w, ProposalKind kind, int from, int to, int subject, PeaceTerms terms) {
        Proposal p = new Proposal(w.nextId(), kind, from, to, w.turn + 1, subject, terms);
        if (w.nation(to).human) {
            w.proposals.add(p);
            Events.parties(w, EventKind.PROPOSAL, from, to, Sentence.of("event.proposal", Events.nameLater(w, from), Sentence.of("proposal." + kind.name()), Events.nameLater(w, to)), null);
            return;
        }
        Reactions.Answer a = Reactions.answer(w, p);
        if (a.accept()) {
            enact(w, p, a.because());
        } else {
            Events.parties(w, EventKind.PROPOSAL_REJECTED, to, from, Sentence.of("event.proposalRejected", Events.nameLater(w, to), Sentence.of("proposal." + kind.name()), Events.nameLater(w, from)), a.because());
        }
    }

    /** Carries out an accepted offer. */
    public static void enact(World w, Proposal p, Sentence why) {
        int a = p.from();
        int b = p.to();
        switch (p.kind()) {
            case ALLIANCE -> sign(w, TreatyType.ALLIANCE, a, b, why);
            case NON_AGGRESSION -> sign(w, TreatyType.NON_AGGRESSION, a, b, why);
            case TRADE -> sign(w, TreatyType.TRADE, a, b, why);
            case ARMS_CONTROL -> {
                sign(w, TreatyType.ARMS_CONTROL, a, b, why);
                double saving = w.rules.diplomacy.armsControlSaving;
                w.nation(a).milexShare = Math.max(0, w.nation(a).milexShare - saving);
                w.nation(b).milexShare = Math.max(0, w.nation(b).milexShare - saving);
            }
            case PEACE -> {
                War war = w.war(p.subject());
                if (war != null) {
                    boolean proposerAttacker = war.isAttacker(a);
                    boolean termsForProposer = !p.terms().isWhitePeace();
                    Wars.conclude(w, war, p.terms(), proposerAttacker == termsForProposer,
                            Sentence.of("why.peaceAccepted", Events.nameLater(w, b), Events.nameLater(w, a), why));
                }
            }
            case COALITION_INVITE -> {
                Coalition c = w.coalition(p.subject());
                if (c != null && !c.hasMember(b)) {
                    double t = w.derived.threat(b, c.target);
                    Coalitions.enrol(w, c, Coalitions.joining(w, w.derived, b, c));
                    Events.all(w, EventKind.COALITION_JOINED, b, c.target, Sentence.of("event.coalitionJoined", Events.nameLater(w, b), Events.nameLater(w, c.target)), why);
                }
            }
        }
    }

    private static void sign(World w, TreatyType type, int a, int b, Sentence why) {
        if (w.hasTreaty(type, a, b)) {
            return;
        }
        w.treaties.add(new Treaty(type, a, b, w.turn + 1, null));
        w.opinion.add(a, b, 5);
        w.opinion.add(b, a, 5);
        Events.all(w, EventKind.TREATY, a, b, Sentence.of(TREATY_EVENT[type.ordinal()], Events.nameLater(w, a), Events.nameLater(w, b)), why);
    }

    /** The event's key for each treaty type ("event.treaty.TRADE"…), made once: the opening turn signs hundreds. */
    private static final String[] TREATY_EVENT = java.util.Arrays.stream(TreatyType.values())
            .map(t -> "event.treaty." + t.name()).toArray(String[]::new);

    /**
     * Turns the receiver has left to answer, counting the one being played (1: answer this turn or it lapses). An
     * offer stays open for the rules' proposalExpiryTurns full turns after the one it was made in; answers are
     * carried out before {@link #expire} runs, so an answer given on the last turn still counts.
     */
    public static int turnsLeft(World w, Proposal p) {
        return p.turn() + (int) w.rules.diplomacy.proposalExpiryTurns + 1 - w.turn;
    }

    /** Drops offers nobody answered in time (runs in the turn's resolution, after the answers). */
    public static void expire(World w) {
        w.proposals.removeIf(p -> turnsLeft(w, p) <= 1 || !w.nation(p.from()).alive
                || !w.nation(p.to()).alive);
    }
}
