package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A war between two sides. The war score is from the attackers' side: +100 total victory, −100 total defeat.
 */
public final class War {
    public int id;
    public String name;
    public List<Integer> attackers = new ArrayList<>();
    public List<Integer> defenders = new ArrayList<>();
    /** Territory ids the attackers claim. */
    public List<String> aims = new ArrayList<>();
    public double warscore;
    public int startTurn;
    public int turns;
    /** True when the attackers claim the defenders' homeland: defence is existential (weariness tolerance ×2). */
    public boolean existential;
    /** Humanitarian intervention backed by a resolution, or a war of aggression. */
    public boolean mandated;

    public boolean isAttacker(int state) {
        return on(attackers, state);
    }

    public boolean isDefender(int state) {
        return on(defenders, state);
    }

    public boolean involves(int state) {
        return on(attackers, state) || on(defenders, state);
    }

    public List<Integer> enemiesOf(int state) {
        return on(attackers, state) ? defenders : attackers;
    }

    /** {@code side.contains(state)} without boxing {@code state} (asked for every pair of states each turn). */
    private static boolean on(List<Integer> side, int state) {
        for (int k = 0; k < side.size(); k++) {
            if (side.get(k) == state) {
                return true;
            }
        }
        return false;
    }

    public int attackerLeader() {
        return attackers.get(0);
    }

    public int defenderLeader() {
        return defenders.get(0);
    }

    public War copy() {
        War w = new War();
        w.id = id;
        w.name = name;
        w.attackers = new ArrayList<>(attackers);
        w.defenders = new ArrayList<>(defenders);
        w.aims = new ArrayList<>(aims);
        w.warscore = warscore;
        w.startTurn = startTurn;
        w.turns = turns;
        w.existential = existential;
        w.mandated = mandated;
        return w;
    }
}
