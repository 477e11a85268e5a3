package org.balancedrealism.engine;

import org.balancedrealism.text.Sentence;
import org.balancedrealism.text.Texts;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.PeaceTerms;
import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Wars (DESIGN §5.1): declaring one with its calls to arms, fighting a round each turn, war weariness and peace
 * bought with war score, and the nuclear rule (a nuclear power's homeland cannot change hands).
 */
public final class Wars {
    private Wars() {
    }

    /** True if the territory is the homeland of a state with a nuclear deterrent. */
    public static boolean nuclearCore(World w, Territory t) {
        return t.coreOf() >= 0 && t.coreOf() == t.owner() && w.nation(t.owner()).nuclear >= w.rules.threat.nuclearCapLevel;
    }

    /** Starts a war; allies, guarantors and coalition members of the defender are called to arms. */
    public static War declare(World w, int attacker, int defender, List<String> aims, boolean mandated) {
        War war = new War();
        war.id = w.nextId();
        war.attackers.add(attacker);
        war.defenders.add(defender);
        war.aims.addAll(aims);
        war.startTurn = w.turn + 1;
        war.mandated = mandated;
        for (String aim : aims) {
            int t = w.territoryIndex(aim);
            if (t >= 0 && w.territories[t].coreOf() == defender) {
                war.existential = true;
            }
        }
        war.name = Texts.get("war.unnamed", w.name(attacker), w.name(defender));
        w.wars.add(war);
        breakTreaties(w, attacker, defender);
        callToArms(w, war, defender, attacker);
        return war;
    }

    private static void breakTreaties(World w, int attacker, int defender) {
        // removed in place, from the attacker's treaties: the treaty list keeps its index current
        boolean[] breached = {false};
        java.util.function.Predicate<Treaty> broken = t -> {
            if (t.between(attacker, defender) && t.type() != TreatyType.INSTITUTION) {
                breached[0] |= t.type() == TreatyType.NON_AGGRESSION || t.type() == TreatyType.ALLIANCE
                        || t.type() == TreatyType.ARMS_CONTROL;
                return true;
            }
            return false;
        };
        if (w.treaties instanceof TreatyList list) {
            list.removeIfOf(attacker, broken);
        } else {
            w.treaties.removeIf(broken);
        }
        if (breached[0]) {
            Hostility.record(w, attacker, defender, w.rules.hostility.treatyBreach);
            Events.all(w, EventKind.ACT_TREATY_BREACH, attacker, defender,
                    Sentence.of("event.treatyBroken", Events.nameLater(w, attacker), Events.nameLater(w, defender)), null);
        }
    }

    /**
     * Calls the defender's allies, guarantors and coalition partners to arms. Each honours with
     * p = base·(c + k·T) capped at 1, T being the threat it feels from the attacker (Leeds et al. 2000 base rate).
     */
    static void callToArms(World w, War war, int defender, int attacker) {
        boolean[] called = called(w, defender, attacker);
        for (int i = 0; i < w.size(); i++) {
            if (!called[i] || war.involves(i)) {
                continue;
            }
            Nation s = w.nation(i);
            double t = w.derived.threat(i, attacker);
            double p = honourChance(w, i, attacker);
            Sentence why = Sentence.of("why.callToArms", Events.nameLater(w, attacker), Events.f2Later(t), Events.f2Later(p));
            boolean honours = s.human || w.random.chance("call to arms", p);
            if (honours && nuclearArmed(w, attacker)) {
                // escalation risk: against a nuclear power, partners arm the victim instead of fighting (§1)
                proxyAid(w, i, defender, attacker, Sentence.joined(why, Sentence.of("why.nuclearPower", Events.nameLater(w, attacker))));
            } else if (honours) {
                war.defenders.add(i);
                Events.all(w, EventKind.CALL_TO_ARMS, i, attacker, Sentence.of("event.callToArms.honoured",
                        Events.nameLater(w, i), Events.nameLater(w, defender), Events.nameLater(w, attacker)), why);
            } else {
                Events.all(w, EventKind.CALL_TO_ARMS, i, attacker, Sentence.of("event.callToArms.unanswered",
                        Events.nameLater(w, i), Events.nameLater(w, defender)), why);
                if (!w.preview) { // the defender's opinion of a partner, not of the attacker: no preview figure reads it
                    w.opinion.add(defender, i, -w.rules.war.unansweredCallOpinion);
                }
            }
        }
    }

    /**
     * The states a war on {@code defender} calls to arms: its allies and guarantors and the partners of a coalition
     * against {@code attacker} that includes it — never the attacker's own allies, nor the two sides themselves.
     */
    static boolean[] called(World w, int defender, int attacker) {
        // the two states' own treaties instead of one scan per state (same answers as hasTreaty/guarantees)
        boolean[] bound = new boolean[w.size()];
        boolean[] alliedToAttacker = new boolean[w.size()];
        TreatyList treaties = TreatyList.of(w.treaties);
        for (Treaty t : treaties.of(defender)) {
            if (t.type() == TreatyType.ALLIANCE) {
                bound[t.other(defender)] = true;
            } else if (t.type() == TreatyType.GUARANTEE && t.b() == defender) {
                bound[t.a()] = true;
            }
        }
        for (Treaty t : treaties.of(attacker)) {
            if (t.type() == TreatyType.ALLIANCE) {
                alliedToAttacker[t.other(attacker)] = true;
            }
        }
        Coalition c = w.coalitionAgainst(attacker);
        if (c != null && c.hasMember(defender)) {
            for (CoalitionMember m : c.members) {
                bound[m.state()] = true; // its partners in a coalition against the attacker
            }
        }
        boolean[] called = new boolean[w.size()];
        for (int i = 0; i < w.size(); i++) {
            called[i] = i != defender && i != attacker && w.nation(i).alive && bound[i] && !alliedToAttacker[i];
        }
        return called;
    }

    /** The chance a called state honours the call: base·(c + k·T) capped at 1, T its threat from the attacker. */
    static double honourChance(World w, int state, int attacker) {
        Rules.CoalitionRules r = w.rules.coalition;
        return Math.min(1, r.callBase * (r.callConstant + r.callPerThreat * w.derived.threat(state, attacker)));
    }

    /**
     * The defending side's strength an attacker should expect (§6.1: the AI predicts others' reactions with the
     * engine's own rules): the defender's, plus each state the war would call to arms weighted by the chance it
     * honours the call. Against a nuclear-armed attacker partners send arms rather than troops, so only the
     * defender's own forces count.
     */
    public static double expectedDefence(World w, Derived d, int attacker, int defender) {
        Rules.WarRules r = w.rules.war;
        double s = contribution(w, d, defender, defender);
        if (!nuclearArmed(w, attacker)) {
            boolean[] called = called(w, defender, attacker);
            for (int i = 0; i < w.size(); i++) {
                if (called[i]) {
                    s += honourChance(w, i, attacker) * contribution(w, d, i, defender);
                }
            }
        }
        return s * r.defenderBonus;
    }

    /** Forces one state commits to a front, after quality and the loss of strength with distance. */
    private static double contribution(World w, Derived d, int state, int front) {
        Nation n = w.nation(state);
        if (!n.alive) {
            return 0;
        }
        double grad = state == front ? 1 : Perception.gradient(n, d.distance(state, front));
        return n.military * w.rules.war.commitment * n.quality * grad;
    }

    static boolean nuclearArmed(World w, int state) {
        return w.nation(state).nuclear >= w.rules.threat.nuclearCapLevel;
    }

    /** A helper arms the victim of a nuclear-armed attacker instead of fighting it (a year's share of its budget). */
    static void proxyAid(World w, int helper, int victim, int attacker, Sentence why) {
        Nation h = w.nation(helper);
        double aid = w.rules.economy.proxyShare * h.milexShare * h.gdp * w.yearsPerTurn();
        w.nation(victim).military += aid;
        Events.all(w, EventKind.PROXY_AID, helper, victim, Sentence.of("event.proxyAidInstead", Events.nameLater(w, helper),
                Events.nameLater(w, victim), Events.nameLater(w, attacker), Events.f1Later(aid)), why);
    }

    /** Regime tolerance × (1 + k·nationalism), doubled for an existential defence. */
    public static double tolerance(World w, int state, War war) {
        Rules.WarRules r = w.rules.war;
        Nation s = w.nation(state);
        double base = s.regime == Regime.DEMOCRACY ? r.toleranceDemocracy
                : s.regime == Regime.HYBRID ? r.toleranceHybrid : r.toleranceAutocracy;
        double tol = base * (1 + r.nationalismTolerance * s.nationalism);
        if (war != null && war.existential && war.defenders.contains(state)) {
            tol *= r.existentialTolerance;
        }
        return tol;
    }

    /** Strength a side brings: committed forces × quality × distance decay to the front; defenders × bonus. */
    public static double strength(World w, Derived d, War war, boolean attackers) {
        Rules.WarRules r = w.rules.war;
        List<Integer> side = attackers ? war.attackers : war.defenders;
        int front = war.defenderLeader();
        double s = 0;
        for (int i : side) {
            s += contribution(w, d, i, front);
        }
        return attackers ? s : s * r.defenderBonus;
    }

    /** Attackers' chance to win a round: S_A^e / (S_A^e + S_B^e). */
    public static double winChance(double attackers, double defenders, double exponent) {
        double a = Math.pow(Math.max(attackers, 1e-9), exponent);
        double b = Math.pow(Math.max(defenders, 1e-9), exponent);
        return a / (a + b);
    }

    /** One round of every war, then forced peace for any side past its weariness. */
    public static void fightRound(World w) {
        Rules.WarRules r = w.rules.war;
        for (War war : new ArrayList<>(w.wars)) {
            if (!w.wars.contains(war)) {
                continue;
            }
            war.turns++;
            double sa = strength(w, w.derived, war, true);
            double sd = strength(w, w.derived, war, false);
            double p = winChance(sa, sd, r.exponent);
            double swing = r.scorePerTurn * (2 * p - 1) + r.scoreNoise * w.random.gaussian("battle");
            war.warscore = Math.max(-100, Math.min(100, war.warscore + swing));
            losses(w, war.attackers, r.lossMin + (r.lossMax - r.lossMin) * (1 - p), war);
            losses(w, war.defenders, r.lossMin + (r.lossMax - r.lossMin) * p, war);
            // the sentence says who gained ground; the figures go to the why (the tooltip)
            Sentence headline = Math.abs(swing) < 0.5 ? Sentence.of("event.battle.even", war.name)
                    : Sentence.of("event.battle.gains", war.name,
                            Events.nameLater(w, swing > 0 ? war.attackerLeader() : war.defenderLeader()));
            Events.parties(w, EventKind.BATTLE, war.attackerLeader(), war.defenderLeader(), headline,
                    Sentence.of("why.battle", Events.f1Later(war.warscore), Events.f2Later(p), Events.f1Later(sa), Events.f1Later(sd),
                            Events.f1Later(r.defenderBonus)));
            forcedPeace(w, war);
        }
    }

    private static void losses(World w, List<Integer> side, double share, War war) {
        Rules.WarRules r = w.rules.war;
        for (int i : side) {
            Nation n = w.nation(i);
            double lost = n.military * r.commitment * share;
            n.military = Math.max(0, n.military - lost);
            n.warWeariness += r.wearinessPerLoss * r.commitment * share + r.wearinessPerYear * w.yearsPerTurn();
            n.stability = Math.max(0, n.stability - r.stabilityPerYear * w.yearsPerTurn());
        }
    }

    /** A side past its weariness must accept the best terms the other side can buy with its war score. */
    static void forcedPeace(World w, War war) {
        int a = war.attackerLeader();
        int d = war.defenderLeader();
        boolean defenderWeary = w.nation(d).warWeariness > tolerance(w, d, war) || war.warscore >= 100;
        boolean attackerWeary = w.nation(a).warWeariness > tolerance(w, a, war) || war.warscore <= -100;
        if (defenderWeary && war.warscore > 0) {
            conclude(w, war, bestTerms(w, war, war.warscore), true,
                    Sentence.of("why.wearyAccepts", Events.nameLater(w, d), Events.f1Later(w.nation(d).warWeariness),
                            Events.f1Later(tolerance(w, d, war))));
        } else if (attackerWeary) {
            conclude(w, war, war.warscore < 0 ? reparationsOnly(w, war, -war.warscore) : PeaceTerms.whitePeace(), false,
                    Sentence.of("why.wearyWithdraws", Events.nameLater(w, a), Events.f1Later(w.nation(a).warWeariness),
                            Events.f1Later(tolerance(w, a, war))));
        } else if (defenderWeary) {
            conclude(w, war, PeaceTerms.whitePeace(), true, Sentence.of("why.frontFrozen", Events.nameLater(w, d)));
        }
    }

    /** The most an attacker can demand with war score {@code score}: aims first, then reparations. */
    public static PeaceTerms bestTerms(World w, War war, double score) {
        Rules.WarRules r = w.rules.war;
        List<String> take = new ArrayList<>();
        double left = score;
        for (String aim : war.aims) {
            int t = w.territoryIndex(aim);
            if (t < 0) {
                continue;
            }
            Territory terr = w.territories[t];
            if (!war.defenders.contains(terr.owner()) || nuclearCore(w, terr)) {
                continue;
            }
            double cost = terr.coreOf() == terr.owner() ? r.homelandCost : r.territoryCost;
            if (left >= cost) {
                take.add(aim);
                left -= cost;
            }
        }
        Nation loser = w.nation(war.defenderLeader());
        double reparations = Math.max(0, left) * r.reparationsPerPoint * loser.gdp;
        return new PeaceTerms(take, reparations, false, false);
    }

    private static PeaceTerms reparationsOnly(World w, War war, double score) {
        Nation loser = w.nation(war.attackerLeader());
        return new PeaceTerms(List.of(), score * w.rules.war.reparationsPerPoint * loser.gdp * w.rules.war.defenderReparationsShare, false, false);
    }

    /** War score the terms cost; used to judge offers. */
    public static double cost(World w, PeaceTerms terms, int loser) {
        Rules.WarRules r = w.rules.war;
        double c = 0;
        for (String id : terms.territories()) {
            int t = w.territoryIndex(id);
            c += t >= 0 && w.territories[t].coreOf() == w.territories[t].owner() ? r.homelandCost : r.territoryCost;
        }
        Nation l = w.nation(loser);
        if (l.gdp > 0) {
            c += terms.reparations() / (r.reparationsPerPoint * l.gdp);
        }
        if (terms.demilitarise()) {
            c += r.demilitariseCost;
        }
        if (terms.regimeChange()) {
            c += r.regimeChangeCost;
        }
        return c;
    }

    /**
     * Ends a war with terms. {@code attackersWin} says who imposes them. Territory changes hands (annexation
     * writes hostility for every observer: winning big costs later), reparations are paid, weariness eases.
     */
    public static void conclude(World w, War war, PeaceTerms terms, boolean attackersWin, Sentence why) {
        int winner = attackersWin ? war.attackerLeader() : war.defenderLeader();
        int loser = attackersWin ? war.defenderLeader() : war.attackerLeader();
        for (String id : terms.territories()) {
            int t = w.territoryIndex(id);
            if (t >= 0 && !nuclearCore(w, w.territories[t])) {
                annex(w, winner, t);
                Occupations.begin(w, winner, t);
            }
        }
        Nation lw = w.nation(loser);
        Nation ww = w.nation(winner);
        double paid = Math.min(terms.reparations(), Math.max(0, lw.treasury) + w.rules.war.reparationsGdpShare * lw.gdp);
        lw.treasury -= paid;
        ww.treasury += paid;
        if (terms.demilitarise()) {
            lw.military *= w.rules.war.demilitarisedForces;
            Hostility.record(w, winner, loser, w.rules.hostility.puppet);
        }
        if (terms.regimeChange() && lw.nuclear < w.rules.threat.nuclearCapLevel) {
            lw.regime = ww.regime;
            Hostility.record(w, winner, loser, w.rules.hostility.regimeChange);
            Events.all(w, EventKind.ACT_REGIME_CHANGE, winner, loser, Sentence.of("event.regimeChange", Events.nameLater(w, winner), Events.nameLater(w, loser)), null);
        }
        ww.prestige += attackersWin ? w.rules.war.attackerVictoryPrestige : w.rules.war.defenderVictoryPrestige;
        lw.prestige -= w.rules.war.defeatPrestige;
        w.wars.remove(war);
        int now = w.turn + 1;
        w.pastWars.removeIf(x -> now - x.endTurn() > w.rules.ai.repeatWarTurns);
        w.pastWars.add(new org.balancedrealism.model.PastWar(war.attackerLeader(), war.defenderLeader(), now));
        for (int i : war.attackers) {
            w.nation(i).warWeariness *= w.rules.war.wearinessAfterPeace;
        }
        for (int i : war.defenders) {
            w.nation(i).warWeariness *= w.rules.war.wearinessAfterPeace;
        }
        boolean lands = !terms.territories().isEmpty();
        boolean reparations = terms.reparations() > 0;
        Sentence text = Sentence.of("event.peace." + (terms.isWhitePeace() ? "white" : lands && reparations ? "landsAndReparations"
                        : lands ? "lands" : reparations ? "reparations" : "victory"),
                war.name, Events.nameLater(w, winner), String.join(", ", terms.territories()), Events.f1Later(paid));
        Events.all(w, EventKind.PEACE, winner, loser, Sentence.joined(Sentence.later(() -> text.text().trim())), why);
        removeDead(w);
    }

    /** Moves a territory to a new owner, with its economy and people, and records the annexation. */
    public static void annex(World w, int newOwner, int territory) {
        Territory t = w.territories[territory];
        int victim = t.owner();
        if (victim == newOwner) {
            return;
        }
        Nation v = w.nation(victim);
        Nation o = w.nation(newOwner);
        double weightSum = 0;
        double popSum = 0;
        for (Territory x : w.territories) {
            if (x.owner() == victim) {
                weightSum += x.weight();
                popSum += x.population();
            }
        }
        double gdpShare = weightSum > 0 ? t.weight() / weightSum : 1;
        double popShare = popSum > 0 ? t.population() / popSum : 1;
        double gdpMoved = v.gdp * gdpShare;
        double popMoved = v.population * popShare;
        v.gdp -= gdpMoved;
        v.population -= popMoved;
        o.gdp += gdpMoved * w.rules.war.annexedGdpKept;
        o.population += popMoved;
        w.territories[territory] = t.withOwner(newOwner);
        double severity = w.rules.hostility.annexationBase + w.rules.hostility.annexationPerPopulationShare * popShare;
        Hostility.record(w, newOwner, victim, severity);
        Events.all(w, EventKind.ACT_ANNEXATION, newOwner, victim, (t.coreOf() == victim ? Sentence.of("event.annexedHomeland", Events.nameLater(w, newOwner), Events.nameLater(w, victim))
                : Sentence.of("event.annexed", Events.nameLater(w, newOwner), Events.territoryNameLater(w, t.id()), Events.nameLater(w, victim))), Sentence.of("why.annexed", Events.f1Later(severity), Events.pctLater(popShare)));
        if (w.territoriesOf(victim) == 0) {
            v.alive = false;
            v.gdp = 0;
            v.population = 0;
            v.military = 0;
            Events.all(w, EventKind.STATE_DESTROYED, newOwner, victim, Sentence.of("event.stateDestroyed", Events.nameLater(w, victim)), null);
        }
        // ownership changed: distances must be derived again before anyone reads them
        w.derived = Perception.withLandsMoved(w);
    }

    /** Drops dead states from wars, coalitions and treaties. */
    static void removeDead(World w) {
        w.treaties.removeIf(t -> !w.nation(t.a()).alive || !w.nation(t.b()).alive);
        w.sanctions.removeIf(s -> !w.nation(s.sender()).alive || !w.nation(s.target()).alive);
        for (War war : new ArrayList<>(w.wars)) {
            war.attackers.removeIf(i -> !w.nation(i).alive);
            war.defenders.removeIf(i -> !w.nation(i).alive);
            if (war.attackers.isEmpty() || war.defenders.isEmpty()) {
                w.wars.remove(war);
            }
        }
        for (Coalition c : new ArrayList<>(w.coalitions)) {
            c.members.removeIf(m -> !w.nation(m.state()).alive);
            if (!w.nation(c.target).alive) {
                w.coalitions.remove(c);
                Events.all(w, EventKind.COALITION_DISSOLVED, c.leader, c.target, Sentence.of("event.coalitionDissolved.targetGone",
                        Events.nameLater(w, c.target)), null);
            }
        }
        for (Coalition c : w.coalitions) {
            if (c.members.stream().noneMatch(m -> m.state() == c.leader) && !c.members.isEmpty()) {
                c.leader = c.members.get(0).state();
            }
        }
    }

    /**
     * Coalition members with troops join a war their target started against anyone. Against a nuclear-armed
     * target they do not fight directly (escalation risk): they arm the victim instead (proxy aid).
     */
    public static void coalitionIntervention(World w) {
        for (Coalition c : w.coalitions) {
            boolean nuclearTarget = w.nation(c.target).nuclear >= w.rules.threat.nuclearCapLevel;
            for (War war : w.wars) {
                if (!war.isAttacker(c.target)) {
                    continue;
                }
                for (CoalitionMember m : c.members) {
                    Nation member = w.nation(m.state());
                    if (!m.troops() || war.involves(m.state()) || member.human) {
                        continue;
                    }
                    double p = Math.min(1, w.rules.coalition.callBase * (w.rules.coalition.callConstant
                            + w.rules.coalition.callPerThreat * w.derived.threat(m.state(), c.target)));
                    if (!w.random.chance("coalition intervention", p)) {
                        continue;
                    }
                    if (nuclearTarget) {
                        proxyAid(w, m.state(), war.defenderLeader(), c.target, Sentence.of("why.coalitionProxy",
                                Events.nameLater(w, c.target), Events.f2Later(p)));
                    } else {
                        war.defenders.add(m.state());
                        Events.all(w, EventKind.COALITION_WAR, m.state(), c.target, Sentence.of("event.coalitionWar", Events.nameLater(w, m.state()), war.name,
                                Events.nameLater(w, c.target)), Sentence.of("why.coalitionMember", Events.f2Later(p)));
                    }
                }
            }
        }
    }
}
