package org.balancedrealism.ai;

import org.balancedrealism.engine.Wars;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.Derived;
import org.balancedrealism.model.Geography;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Regime;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;

/**
 * The cause of a war and the aims it names, chosen at the start (DESIGN §5.1: territories, regime change or
 * reparations). A threat or prey next door is fought for the target's homeland; a grievance names only the
 * territories in dispute — land the target holds beyond its own homeland, the attacker's lost land first — or, with
 * nothing in dispute, reparations: an old quarrel does not become a war to swallow a whole state.
 */
final class WarAims {
    private WarAims() {
    }

    /** Why a state would fight another; NONE if its doctrine can name no cause. */
    enum Cause { NONE, THREAT, PREY, GRIEVANCE }

    /**
     * The cause {@code i} has to fight {@code k}, given its force ratio against it. Allies are never targets, nor the
     * states that it or its allies protect: an alliance restrains its members (a war on an ally's partner would set
     * allies against each other), so a quarrel with one is left to the alliance.
     */
    static Cause cause(AiPlayer.Context c, int k, double forceRatio) {
        Cause why = named(c, k, forceRatio);
        // the alliance's restraint last: most states in reach give no cause at all
        return why == Cause.NONE || c.d.allied(c.i, k) || protectedBySide(c, k) ? Cause.NONE : why;
    }

    /** The cause the doctrine names against {@code k}, before the restraint of alliances. */
    private static Cause named(AiPlayer.Context c, int k, double forceRatio) {
        World w = c.w;
        Derived d = c.d;
        Nation me = c.me;
        var r = w.rules.ai;
        if (d.threat(c.i, k) >= w.rules.threat.threatened) {
            return Cause.THREAT;
        }
        // doctrines that prey, and nationalist non-democracies (who value territory as prestige, §6.3)
        boolean predator = c.doctrine.prey >= 0.5 || me.nationalism >= r.preyNationalism && me.regime != Regime.DEMOCRACY;
        if (predator && d.distance(c.i, k) <= Geography.LAND_HOP && d.power[k] >= r.preyMinPower && forceRatio >= r.preyForceRatio) {
            return Cause.PREY;
        }
        if (w.memory.get(k, c.i) >= r.warGrievanceHostility) {
            return Cause.GRIEVANCE;
        }
        return Cause.NONE;
    }

    /** True if the deciding state or one of its allies guarantees {@code k}, or an ally of it is allied to {@code k}. */
    static boolean protectedBySide(AiPlayer.Context c, int k) {
        Derived d = c.d;
        if (d.tied(TreatyType.GUARANTEE, c.i, k)) {
            return true;
        }
        for (int j : c.allies()) {
            if (j != k && (d.tied(TreatyType.ALLIANCE, j, k) || d.tied(TreatyType.GUARANTEE, j, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The invasion a cause calls for: the homeland for a threat or prey; for a grievance the disputed territory, else
     * reparations (the move's amount: what the engine's first pressing score would buy).
     */
    static Move invasion(AiPlayer.Context c, Move invade, int k, Cause cause) {
        if (cause != Cause.GRIEVANCE) {
            return invade;
        }
        World w = c.w;
        int land = disputed(w, c.i, k);
        if (land >= 0) {
            return invade.withTerritory(w.territories[land].id());
        }
        return invade.withAmount(w.rules.war.pressScore * w.rules.war.reparationsPerPoint * w.nation(k).gdp);
    }

    /** True if the war move asks for reparations rather than land (no territory named, the sum asked as its amount). */
    static boolean forReparations(Move m) {
        return m.territory() == null && m.amount() > 0;
    }

    /**
     * The territory in dispute between {@code i} and {@code k}: the largest that {@code k} holds of {@code i}'s
     * homeland, else the largest it holds beyond its own homeland (a dependency or another's conquered land); -1 if
     * {@code k} holds only its homeland. A nuclear power's homeland is never in dispute (it cannot change hands).
     */
    static int disputed(World w, int i, int k) {
        int best = -1;
        boolean bestLost = false;
        for (int x = 0; x < w.territories.length; x++) {
            Territory t = w.territories[x];
            if (t.owner() != k || t.coreOf() == k || Wars.nuclearCore(w, t)) {
                continue;
            }
            boolean lost = t.coreOf() == i;
            if (best < 0 || lost && !bestLost || lost == bestLost && t.weight() > w.territories[best].weight()) {
                best = x;
                bestLost = lost;
            }
        }
        return best;
    }

    /**
     * The territory a war move aims at: the one it names, else the target's homeland (as the engine reads it); -1 for
     * reparations.
     */
    static int aim(World w, Move m, int target) {
        if (forReparations(m)) {
            return -1;
        }
        if (m.territory() != null) {
            return w.territoryIndex(m.territory());
        }
        int held = w.homeland(target);
        return held >= 0 ? held : w.territoryIndex(w.id(target));
    }

    /**
     * The war score the aim costs at the peace: the engine's price of a homeland or of another territory; for
     * reparations ({@code territory} -1) the score at which a winner presses its terms.
     */
    static double aimCost(World w, int territory) {
        if (territory < 0) {
            return w.rules.war.pressScore;
        }
        Territory t = w.territories[territory];
        return t.coreOf() == t.owner() ? w.rules.war.homelandCost : w.rules.war.territoryCost;
    }

    /**
     * The aim's share of the target's economy: what the winner gains of it. Reparations ({@code territory} -1) are
     * worth their war-score price in homeland terms (the engine's own exchange rate between money and land).
     */
    static double aimShare(World w, int territory, int target) {
        if (territory < 0) {
            return Math.min(1, w.rules.war.pressScore / w.rules.war.homelandCost);
        }
        double sum = 0;
        for (Territory t : w.territories) {
            if (t.owner() == target) {
                sum += t.weight();
            }
        }
        return sum > 0 ? Math.min(1, w.territories[territory].weight() / sum) : 1;
    }
}
