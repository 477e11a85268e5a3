package org.balancedrealism.ai;

import org.balancedrealism.engine.EventKind;
import org.balancedrealism.engine.Hostility;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.Set;

/**
 * Force short of war (DESIGN §5): proxy aid to the victim of its main threat or of a nuclear-armed aggressor (for any
 * doctrine), and — only for doctrines that weigh power most (offensive realists) — limited strikes and cyber
 * operations against its main threat or a rival with a grievance, and ultimatums to a neighbour with a grievance
 * that the engine's rule says would yield. Never casually: each needs a named cause, and the previews price the
 * hostility it writes.
 */
final class Coercion {
    static final int PROXIES = 2;

    private Coercion() {
    }

    static void add(AiPlayer.Context c, Set<Move> out) {
        proxyAid(c, out);
        if (c.weights[1] < c.w.rules.aiModifiers.coercionPowerWeight) {
            return;
        }
        World w = c.w;
        for (int j = 0; j < w.size(); j++) {
            if (!rival(c, j)) {
                continue;
            }
            String tj = w.id(j);
            if (forceRatio(c, j) >= 1 // the figures first, the rules' check (actor, target, costs, reach) after
                    && org.balancedrealism.engine.move.MoveRules.check(w, Move.of(MoveKind.LIMITED_STRIKE, c.me.id, tj)).isEmpty()) {
                out.add(Move.of(MoveKind.LIMITED_STRIKE, c.me.id, tj));
            }
            out.add(Move.of(MoveKind.CYBER_OPERATION, c.me.id, tj));
            Move demand = ultimatum(c, j);
            if (demand != null) {
                out.add(demand);
            }
        }
    }

    /** Its main threat, or a state with a grievance against which it is not allied, at war or bound by a pact. */
    private static boolean rival(AiPlayer.Context c, int j) {
        World w = c.w;
        // the cause first (few states have one), the ties and the scan of the wars after
        boolean main = j == c.mainThreat && c.d.threat(c.i, j) >= w.rules.threat.threatened;
        if (!main && w.memory.get(j, c.i) < w.rules.ai.grievanceHostility) {
            return false;
        }
        return j != c.i && w.nation(j).alive && !c.d.allied(c.i, j) && !c.d.tied(TreatyType.NON_AGGRESSION, c.i, j)
                && !c.d.tied(TreatyType.ARMS_CONTROL, c.i, j) && !c.atWarWith(j);
    }

    private static double forceRatio(AiPlayer.Context c, int j) {
        Nation me = c.me;
        Nation t = c.w.nation(j);
        return me.military * me.quality / Math.max(1e-6, t.military * t.quality);
    }

    /**
     * A demand on a land neighbour with a grievance, only when the engine's rule says it would yield (the demanding
     * side's chance to win a round above {@code ultimatumYieldChance}): its smallest territory that is not its homeland,
     * else the homeland; never a nuclear power's core.
     */
    private static Move ultimatum(AiPlayer.Context c, int j) {
        World w = c.w;
        if (c.d.distance(c.i, j) > Geography.LAND_HOP || w.memory.get(j, c.i) < w.rules.ai.grievanceHostility
                || w.nation(j).human) {
            return null;
        }
        War hypothetical = new War();
        hypothetical.attackers.add(c.i);
        hypothetical.defenders.add(j);
        double p = Wars.winChance(Wars.strength(w, c.d, hypothetical, true), Wars.strength(w, c.d, hypothetical, false),
                w.rules.war.exponent);
        if (p <= w.rules.aiModifiers.ultimatumYieldChance) {
            return null;
        }
        int pick = -1;
        for (int k = 0; k < w.territories.length; k++) {
            var t = w.territories[k];
            if (t.owner() != j || Wars.nuclearCore(w, t)) {
                continue;
            }
            boolean home = t.id().equals(w.id(j));
            if (pick < 0 || (!home && (w.territories[pick].id().equals(w.id(j)) || t.weight() < w.territories[pick].weight()))) {
                pick = k;
            }
        }
        return pick < 0 ? null : Move.of(MoveKind.ULTIMATUM, c.me.id, w.id(j)).withTerritory(w.territories[pick].id());
    }

    /**
     * Arms to a state at war whose enemy is its main threat, or a nuclear-armed recent aggressor it remembers the acts
     * of (fighting a nuclear power directly is what it must avoid). Balancing by proxy: only by states the enemy
     * threatens and with power enough for their arms to matter, and only while the side it would arm is not winning:
     * the aim is to deny the enemy victory, not to buy the victim conquests.
     */
    private static void proxyAid(AiPlayer.Context c, Set<Move> out) {
        World w = c.w;
        if (c.d.power[c.i] < w.rules.aiModifiers.proxyMinPower) {
            return;
        }
        int n = 0;
        for (War war : w.wars) {
            if (n >= PROXIES || war.involves(c.i)) {
                continue;
            }
            for (int side : new int[] {war.attackerLeader(), war.defenderLeader()}) {
                double sideScore = war.isAttacker(side) ? war.warscore : -war.warscore;
                if (side < 0 || side == c.i || side == c.mainThreat || !w.nation(side).alive || sideScore > 0) {
                    continue;
                }
                for (int e : war.enemiesOf(side)) {
                    boolean mainThreat = e == c.mainThreat && c.d.threat(c.i, e) >= w.rules.threat.threatened;
                    boolean nuclearAggressor = w.nation(e).nuclear > 0 && Hostility.recentAggressor(w, e)
                            && w.memory.get(e, c.i) >= w.rules.coalition.minHostility
                            && c.d.threat(c.i, e) >= w.rules.threat.threatened;
                    boolean sentLately = c.recent().since(c.i, side,
                            w.rules.aiModifiers.proxyAidEveryTurns - 1, EventKind.PROXY_AID);
                    if ((mainThreat || nuclearAggressor) && !sentLately) {
                        out.add(Move.of(MoveKind.PROXY_AID, c.me.id, w.id(side)));
                        n++;
                        break;
                    }
                }
            }
        }
    }
}
