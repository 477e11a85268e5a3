package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.function.Supplier;

/**
 * Reactions the rules decide for states no person holds: answering proposals. (Choosing initiatives is the AI's
 * job; answering is a rule, so the engine stays complete without an AI.) Every answer carries its reason.
 */
public final class Reactions {
    private Reactions() {
    }

    /**
     * An answer and the figures behind it, made into a sentence only when asked for ({@link #because}) and put into
     * words only when read: the AI asks the rule about every offer it considers and reads only the yes or no. The
     * sentence holds figures and names, not the world, so an event may keep it.
     */
    public record Answer(boolean accept, Supplier<Sentence> reason) {
        public Answer(boolean accept, Sentence why) {
            this(accept, () -> why);
        }

        /** Why, as a sentence not yet in words (for an event's why). */
        public Sentence because() {
            return reason.get();
        }

        /** The reason in words, in the language of the moment. */
        public String why() {
            return reason.get().text();
        }
    }

    public static Answer answer(World w, Proposal p) {
        Rules.Diplomacy r = w.rules.diplomacy;
        Derived d = w.derived;
        int to = p.to();
        int from = p.from();
        double opinion = w.opinion.get(to, from);
        double threatFrom = d.threat(to, from);
        // the sentences are made when asked for, from the figures as they are now (the lambdas read no world state);
        // the opening of each (opinion and threat) likewise, by base(), so an answer only asked yes or no makes none
        return switch (p.kind()) {
            case ALLIANCE -> {
                // the state it fears most: a pass over its row, asked only here (the AI asks the trade rule of every
                // neighbour, and the opening turn signs hundreds of trade agreements)
                int main = d.mainThreat(to);
                double mainThreat = main < 0 ? 0 : d.threat(to, main);
                boolean needs = main >= 0 && main != from && mainThreat >= w.rules.threat.threatened;
                boolean atWar = w.atWar(from);
                boolean accept = opinion >= r.acceptOpinion && needs && !atWar;
                yield new Answer(accept, () -> Sentence.joined(base(w, from, opinion, threatFrom), needs ? Sentence.of("why.seeksHelp",
                        Events.nameLater(w, main), Events.f2Later(mainThreat)) : Sentence.of("why.noThreatNeedsAlly"),
                        atWar ? Sentence.of("why.proposerAtWar") : ""));
            }
            case NON_AGGRESSION -> new Answer(opinion >= r.acceptOpinion - r.pactOpinionMargin || threatFrom >= w.rules.threat.threatened,
                    () -> Sentence.joined(base(w, from, opinion, threatFrom), Sentence.of("why.pactBuysSafety")));
            case TRADE -> {
                boolean wronged = w.memory.get(from, to) >= w.rules.ai.grievanceHostility || w.atWar(to, from);
                boolean sanctions = w.sanctions(from, to) || w.sanctions(to, from);
                yield new Answer(opinion >= r.tradeMinOpinion && !sanctions && !wronged, () -> Sentence.joined(base(w, from, opinion, threatFrom),
                        sanctions ? Sentence.of("why.sanctionsInForce") : "", wronged ? Sentence.of("why.remembersAggression") : ""));
            }
            case ARMS_CONTROL -> {
                double floor = Perception.intentionFloor(w, w.nation(to));
                boolean deterred = mutualDeterrence(w, to, from);
                boolean accept = (threatFrom >= w.rules.threat.threatened * r.armsControlThreatShare || opinion >= 0 || deterred)
                        && floor < r.armsControlMaxIntentionFloor;
                yield new Answer(accept, () -> Sentence.joined(base(w, from, opinion, threatFrom), Sentence.of("why.intentionFloor", Events.f2Later(floor)),
                        deterred ? ", " : "", deterred ? Sentence.of("reaction.mutualDeterrence") : ""));
            }
            case PEACE -> peace(w, p);
            case COALITION_INVITE -> {
                Coalition c = w.coalition(p.subject());
                if (c == null) {
                    yield new Answer(false, Sentence.of("why.coalitionGone"));
                }
                double t = d.threat(to, c.target);
                Coalitions.Candidate cand = Coalitions.joining(w, d, to, c);
                boolean threatened = t >= w.rules.threat.threatened;
                yield new Answer(threatened && cand.joinValue() > 0, () -> Sentence.joined(Sentence.later(cand::why)));
            }
        };
    }

    /** The opening of every answer's reason: what the receiver thinks of the proposer and the threat it feels from it. */
    private static Sentence base(World w, int from, double opinion, double threatFrom) {
        return Sentence.of("why.opinionThreat", Events.nameLater(w, from), Events.f1Later(opinion), Events.f2Later(threatFrom));
    }

    /**
     * Both hold a deterrent (nuclear at the level that caps a rival's offensive capability, threat.nuclearCapLevel):
     * each can destroy the other, so a race buys neither security and a crisis risks catastrophe, and arms control
     * is worth a deal even with a rival it neither fears by the threat figures (a deterrent caps them) nor likes
     * (Schelling and Halperin 1961; the US and the Soviet Union from the 1963 test ban, India and Pakistan from 1988).
     */
    static boolean mutualDeterrence(World w, int a, int b) {
        double level = w.rules.threat.nuclearCapLevel;
        return w.nation(a).nuclear >= level && w.nation(b).nuclear >= level;
    }

    private static Answer peace(World w, Proposal p) {
        War war = w.war(p.subject());
        if (war == null) {
            return new Answer(false, Sentence.of("why.warOver"));
        }
        int to = p.to();
        boolean toAttacker = war.isAttacker(to);
        double myScore = toAttacker ? war.warscore : -war.warscore;
        double cost = Wars.cost(w, p.terms(), to);
        Nation me = w.nation(to);
        double weary = me.warWeariness / Wars.tolerance(w, to, war);
        // a side that is winning presses for its aims: white peace is for wars neither side can win
        boolean white = p.terms().isWhitePeace();
        boolean exhausted = weary > w.rules.war.exhaustedShare;
        boolean accept = white ? myScore < w.rules.war.pressScore || exhausted
                : cost <= Math.max(0, -myScore) + w.rules.war.peaceSlack || exhausted;
        return new Answer(accept, () -> Sentence.of("why.peaceTerms", Events.f1Later(cost), Events.f1Later(myScore), Events.pctLater(weary)));
    }
}
