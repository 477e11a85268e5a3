package org.balancedrealism.ai;

import org.balancedrealism.engine.Coalitions;
import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Reactions;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Alignment;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Proposal;
import org.balancedrealism.model.ProposalKind;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.List;
import java.util.Set;

/**
 * The short list of moves worth scoring (≈10–20): home moves, answers to the main threat by the alignment rule,
 * coalitions that concern the state, trade and relations with the neighbours that matter, one war aim (the
 * weakest state in reach), and peace when at war.
 */
final class Candidates {
    static final int NEIGHBOURS = 4;
    static final int WAR_TARGETS = 2;

    private Candidates() {
    }

    /** Where candidate moves come from: one rule each, adding its moves to the set. */
    @FunctionalInterface
    interface Source {
        void add(AiPlayer.Context c, Set<Move> out);
    }

    /**
     * The sources in the order their moves are listed (the order the AI weighs them in). Called one after the other
     * through this list rather than written out in one method: the optimising compiler then compiles each source on
     * its own, and a rare turn that takes a path a source's compiled code never took (a war weary enough to settle,
     * say) sends that one source back to be compiled again, not every rule of the list at once (measured with
     * -XX:+LogCompilation: the list in one method was compiled four times in a 1,200-turn run, 300 ms each).
     */
    private static final List<Source> SOURCES = List.of(
            Candidates::home,
            Budgeting::add,
            Candidates::answersToMainThreat,
            Candidates::guarantees,
            Candidates::coalitions,
            Candidates::neighbours,
            SoftBalancing::add,
            Restraint::add,
            Coercion::add,
            Candidates::wars,
            Candidates::peace);

    static List<Move> of(AiPlayer.Context c) {
        CandidateSet out = new CandidateSet();
        for (Source source : SOURCES) {
            source.add(c, out);
        }
        return out.toList();
    }

    /** Home moves: investing, building up (not under an arms-control treaty it keeps), cultural diplomacy. */
    private static void home(AiPlayer.Context c, Set<Move> out) {
        String id = c.me.id;
        out.add(Move.of(MoveKind.INVEST_HOME, id));
        // an arms-control treaty binds: building up under one is cheating, caught with p = cheatingDetection
        if (c.me.milexShare < maxMilex(c) && (c.atWar() || !boundByArmsControl(c.w, c.i))) {
            out.add(Move.of(MoveKind.BUILD_UP, id));
        }
        out.add(Move.of(MoveKind.CULTURAL_DIPLOMACY, id));
    }

    /** Answers to the main threat, by the alignment rule. */
    private static void answersToMainThreat(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        Derived d = c.d;
        int i = c.i;
        Nation me = c.me;
        String id = me.id;
        int j = c.mainThreat;
        if (j >= 0 && d.threat(i, j) >= w.rules.threat.threatened * w.rules.ai.mainThreatShare) {
            String tj = w.id(j);
            Alignment al = me.alignment;
            if (!c.atWarWith(j)) {
                out.add(Move.of(MoveKind.IMPROVE_RELATIONS, id, tj));
            }
            switch (al) {
                case BALANCE_ARM -> {
                    // deployed forces stay: no second deployment within answerTurns (no spiral of deployments)
                    if (d.distance(i, j) <= org.balancedrealism.model.Geography.SEA_HOP && !c.recent().since(i, j, w.rules.hostility.answerTurns, EventKind.ACT_DEPLOYMENT)) {
                        out.add(Move.of(MoveKind.DEPLOY_TO_BORDER, id, tj));
                    }
                    coalition(w, i, j, out);
                }
                case BALANCE_ALLY -> {
                    coalition(w, i, j, out);
                    int k = partner(c, j);
                    if (k >= 0 && wouldAccept(w, ProposalKind.ALLIANCE, i, k)) {
                        out.add(Move.of(MoveKind.PROPOSE_ALLIANCE, id, w.id(k)));
                    }
                    out.add(Move.of(MoveKind.SANCTION, id, tj));
                }
                case BANDWAGON -> {
                    if (wouldAccept(w, ProposalKind.ALLIANCE, i, j)) {
                        out.add(Move.of(MoveKind.PROPOSE_ALLIANCE, id, tj));
                    }
                    if (wouldAccept(w, ProposalKind.NON_AGGRESSION, i, j)) {
                        out.add(Move.of(MoveKind.NON_AGGRESSION_PACT, id, tj));
                    }
                }
                case PASS_THE_BUCK -> {
                    if (wouldAccept(w, ProposalKind.NON_AGGRESSION, i, j)) {
                        out.add(Move.of(MoveKind.NON_AGGRESSION_PACT, id, tj));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A power with reach guarantees states that a recent aggressor threatens (extended deterrence). */
    private static void guarantees(AiPlayer.Context c, Set<Move> out) {
        for (int k : guaranteeCandidates(c)) {
            if (k < 0) {
                break;
            }
            out.add(Move.of(MoveKind.GUARANTEE, c.me.id, c.w.id(k)));
        }
    }

    /** Coalitions that concern it: joining one against a state it fears, leaving one whose target it no longer does. */
    private static void coalitions(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        Derived d = c.d;
        int i = c.i;
        String id = c.me.id;
        for (Coalition co : w.coalitions) {
            if (co.target == i) {
                continue;
            }
            boolean member = co.hasMember(i);
            double t = d.threat(i, co.target);
            if (!member && t >= w.rules.threat.threatened && !d.allied(i, co.target) && !fearsAMember(w, i, co, t)) {
                out.add(Move.of(MoveKind.JOIN_COALITION, id, w.id(co.target)));
            } else if (member && t < w.rules.coalition.dissolveThreat) {
                out.add(Move.of(MoveKind.LEAVE_COALITION, id, w.id(co.target)));
            }
        }
    }

    /** The neighbours that matter, the largest ones by power: trade with them, aid to the smallest. */
    private static void neighbours(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        Derived d = c.d;
        int i = c.i;
        Nation me = c.me;
        String id = me.id;
        int[] near = nearest(c);
        for (int k : near) {
            if (k < 0) {
                break;
            }
            // no trade offers to a state it holds a grievance against (an invader is answered, not courted)
            if (!d.tied(TreatyType.TRADE, i, k) && w.memory.get(k, i) < w.rules.ai.grievanceHostility
                    && wouldAccept(w, ProposalKind.TRADE, i, k)) {
                out.add(Move.of(MoveKind.TRADE_AGREEMENT, id, w.id(k)));
            }
        }
        if (near.length > 0 && near[near.length - 1] >= 0 && me.gdp > w.rules.ai.aidMinGdp) {
            out.add(Move.of(MoveKind.DEVELOPMENT_AID, id, w.id(near[near.length - 1])));
        }
    }

    /** War: only with a cause the doctrine can name, if not already fighting. */
    private static void wars(AiPlayer.Context c, Set<Move> out) {
        if (c.atWar()) {
            return;
        }
        World w = c.w;
        Nation me = c.me;
        for (int t : warTargets(c)) {
            if (t >= 0) {
                double ratio = me.military * me.quality / Math.max(1e-6, w.nation(t).military * w.nation(t).quality);
                out.add(WarAims.invasion(c, Move.of(MoveKind.INVADE, me.id, w.id(t)), t, WarAims.cause(c, t, ratio)));
            }
        }
    }

    /** Peace: pressing its terms when winning, offering peace when losing, weary or stuck. */
    private static void peace(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        int i = c.i;
        Nation me = c.me;
        String id = me.id;
        for (War war : w.wars) {
            if (war.involves(i)) {
                int enemy = war.isAttacker(i) ? war.defenderLeader() : war.attackerLeader();
                double mine = war.isAttacker(i) ? war.warscore : -war.warscore;
                double weary = me.warWeariness / Math.max(1, Wars.tolerance(w, i, war));
                var r = w.rules.ai;
                if (mine >= w.rules.war.pressScore) {
                    boolean settle = weary > r.settleWeariness || war.turns > r.settleTurns;
                    Move terms = pressedTerms(w, war, i, enemy, mine, settle);
                    if (terms != null) {
                        out.add(terms);
                    }
                } else if (mine < -r.settleLosingScore || weary > r.settleWeariness || (war.turns > r.settleTurns && mine < r.settleDrawnScore)) {
                    out.add(Move.of(MoveKind.OFFER_PEACE, id, w.id(enemy)));
                }
            }
        }
    }

    private static void coalition(World w, int i, int j, Set<Move> out) {
        Coalition co = w.coalitionAgainst(j);
        if (co == null) {
            // the AI calls for a coalition only when the rule would let it form with it leading (no empty calls)
            if (w.memory.get(j, i) >= w.rules.coalition.minHostility && naturalLeader(w, i, j)
                    && Coalitions.plan(w, w.derived, j, org.balancedrealism.engine.Perception.column(w.derived, j), false, i).forms()) {
                out.add(Move.of(MoveKind.PROPOSE_COALITION, w.id(i), w.id(j)));
            }
        } else if (!co.hasMember(i) && !fearsAMember(w, i, co, w.derived.threat(i, j))) {
            out.add(Move.of(MoveKind.JOIN_COALITION, w.id(i), w.id(j)));
        }
    }

    /**
     * True if i fears one of the members more than the target (before any alliance discount): the coalition phase
     * would send it away again at once, so joining would only churn.
     */
    private static boolean fearsAMember(World w, int i, Coalition co, double towardTarget) {
        Derived d = w.derived;
        for (var m : co.members) {
            int k = m.state();
            double t = org.balancedrealism.engine.phase.CoalitionPhase.rawThreat(w, d, i, k);
            if (k != i && t > towardTarget) {
                return true;
            }
        }
        return false;
    }

    /**
     * Only the natural leader calls for a coalition (§4.4: the state with the highest T·P among those that fear j
     * and remember its acts), so a turn does not bring a dozen calls against the same state.
     */
    private static boolean naturalLeader(World w, int i, int j) {
        Derived d = w.derived;
        double mine = d.threat(i, j) * d.power[i];
        for (int k = 0; k < w.size(); k++) {
            if (k == i || k == j || !w.nation(k).alive || w.nation(k).human || d.allied(k, j)
                    || d.threat(k, j) < w.rules.threat.threatened || w.memory.get(j, k) < w.rules.coalition.minHostility) {
                continue;
            }
            double theirs = d.threat(k, j) * d.power[k];
            if (theirs > mine || (theirs == mine && k < i)) {
                return false;
            }
        }
        return true;
    }

    /** The most capable state that also fears j and is not yet our ally. */
    private static int partner(AiPlayer.Context c, int j) {
        World w = c.w;
        Derived d = c.d;
        int best = -1;
        double bestProj = 0;
        for (int k = 0; k < w.size(); k++) {
            if (k == c.i || k == j || d.threat(k, j) < w.rules.threat.threatened || !w.nation(k).alive
                    || d.allied(c.i, k) || d.allied(k, j)) {
                continue; // the threat first: few states fear j
            }
            double p = Coalitions.projected(w, d, k, j);
            if (p > bestProj) {
                bestProj = p;
                best = k;
            }
        }
        return best;
    }

    /** Up to {@link #NEIGHBOURS} land or sea neighbours, largest first. */
    private static int[] nearest(AiPlayer.Context c) {
        World w = c.w;
        Derived d = c.d;
        TopStates best = new TopStates(NEIGHBOURS);
        for (int k : c.inReach()) { // a neighbour is in reach: its reach is a sea hop at least
            if (d.distance(c.i, k) > org.balancedrealism.model.Geography.SEA_HOP || !w.nation(k).alive) {
                continue;
            }
            best.offer(k, d.power[k]);
        }
        return best.states();
    }

    /**
     * Up to {@link #WAR_TARGETS} states in reach that the doctrine has a cause to fight (§5.1): a threat, a grievance
     * (hostility remembered of it), or — for doctrines that prey — a weak land neighbour that is not a micro-state.
     * Never a state it fought within {@code repeatWarTurns}. Largest force ratio first.
     */
    private static int[] warTargets(AiPlayer.Context c) {
        World w = c.w;
        Derived d = c.d;
        Nation me = c.me;
        var r = w.rules.ai;
        double strength = me.military * me.quality;
        TopStates best = new TopStates(WAR_TARGETS);
        for (int k : c.inReach()) {
            Nation t = w.nation(k);
            if (!t.alive || d.allied(c.i, k) || foughtRecently(c, c.i, k) || c.indexes().attacking(k)) {
                continue;
            }
            double ratio = strength / Math.max(1e-6, t.military * t.quality);
            if (ratio < r.warMinForceRatio) {
                continue;
            }
            if (WarAims.cause(c, k, ratio) != WarAims.Cause.NONE) {
                best.offer(k, ratio);
            }
        }
        return best.states();
    }

    // An aggressor already fighting its victim is answered by the victim's allies' calls to arms, coalitions,
    // sanctions and mandated interventions — not by a pile of separate wars of conquest against it: war targets
    // skip states attacking in a war (TurnIndexes.attacking).

    static final int GUARANTEES = 3;

    /**
     * States within this state's reach that a recent aggressor (not itself) threatens and that it does not yet
     * protect: the most threatened first. Only powers with reach beyond their neighbourhood give guarantees.
     */
    private static int[] guaranteeCandidates(AiPlayer.Context c) {
        World w = c.w;
        Derived d = c.d;
        TopStates best = new TopStates(GUARANTEES);
        if (c.me.reach < w.rules.ai.guarantorReach || c.d.power[c.i] < w.rules.ai.guarantorPower || c.atWar()) {
            return best.states();
        }
        double[] felt = new double[w.size()];
        for (int j : c.indexes().aggressors.list()) {
            // only against an aggressor it has reason to oppose (it remembers its acts), not every far-off quarrel
            if (j == c.i || w.memory.get(j, c.i) < w.rules.coalition.minHostility) {
                continue;
            }
            for (int k = 0; k < w.size(); k++) {
                double t = d.threat(k, j); // the figures first, the look-ups of treaties and wars last
                if (!(t >= w.rules.threat.threatened && t > felt[k]) || k == c.i || k == j || d.distance(c.i, k) > c.me.reach
                        || !w.nation(k).alive || d.allied(k, j) || d.tied(TreatyType.ALLIANCE, c.i, k) || w.guarantees(c.i, k)
                        || c.atWarWith(k)) {
                    continue;
                }
                felt[k] = t;
            }
        }
        for (int k = 0; k < w.size(); k++) {
            if (felt[k] > 0) {
                best.offer(k, felt[k]);
            }
        }
        return best.states();
    }

    /** The highest threat a recent aggressor makes {@code k} feel (0 if none). */
    static double aggressorThreat(AiPlayer.Context c, int k) {
        double best = 0;
        for (int j : c.indexes().aggressors.list()) {
            if (j != k) {
                best = Math.max(best, c.w.derived.threat(k, j));
            }
        }
        return best;
    }

    static boolean boundByArmsControl(World w, int i) {
        Iterable<org.balancedrealism.model.Treaty> mine = w.treaties instanceof org.balancedrealism.model.TreatyList list
                ? java.util.Arrays.asList(list.of(i)) : w.treaties; // its own few treaties, when indexed
        for (var t : mine) {
            if (t.type() == TreatyType.ARMS_CONTROL && (t.a() == i || t.b() == i)) {
                return true;
            }
        }
        return false;
    }

    /** True if the two fought each other within {@code repeatWarTurns} (the turn's recent wars: TurnIndexes). */
    static boolean foughtRecently(AiPlayer.Context c, int a, int b) {
        return c.indexes().foughtRecently(a, b);
    }

    /**
     * The winner presses for its aims (§5.1): the terms its war score can buy, as a peace offer. An attacker whose score
     * cannot yet buy an aim still open fights on for it rather than settle for reparations, unless {@code settle}
     * (it is tiring or the war drags on): then it takes what its score buys.
     */
    static Move pressedTerms(World w, War war, int i, int enemy, double mine, boolean settle) {
        Move offer = Move.of(MoveKind.OFFER_PEACE, w.id(i), w.id(enemy));
        if (war.isAttacker(i)) {
            var terms = Wars.bestTerms(w, war, mine);
            if (!terms.territories().isEmpty()) {
                return offer.withTerritory(terms.territories().get(0));
            }
            if (!settle && aimsOpen(w, war)) {
                return null;
            }
            return terms.reparations() > 0 ? offer.withAmount(terms.reparations()) : null;
        }
        double reparations = mine * w.rules.war.reparationsPerPoint * w.nation(enemy).gdp;
        return reparations > 0 ? offer.withAmount(reparations) : null;
    }

    /** True if an aim of the war is still held by the defending side and can change hands. */
    static boolean aimsOpen(World w, War war) {
        for (String aim : war.aims) {
            int t = w.territoryIndex(aim);
            if (t >= 0 && war.defenders.contains(w.territories[t].owner()) && !Wars.nuclearCore(w, w.territories[t])) {
                return true;
            }
        }
        return false;
    }

    /** Purposeful diplomacy: offers go only where the other side's rule would accept them (an AI reads that rule). */
    static boolean wouldAccept(World w, ProposalKind kind, int from, int to) {
        if (w.atWar(from, to) || w.nation(to).human) {
            return !w.atWar(from, to);
        }
        return Reactions.answer(w, new Proposal(-1, kind, from, to, w.turn + 1, -1, null)).accept();
    }

    /** Building up stops at the doctrine's budget ceiling, doubled when acutely threatened or at war. */
    private static double maxMilex(AiPlayer.Context c) {
        return Budgeting.ceiling(c);
    }
}
