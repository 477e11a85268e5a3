package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A war between two sides. The war score is from the attackers' side: +100 total victory, −100 total defeat.
 */
public final class War {
    public int id;
    public String name;
    /** The attackers, leader first (final: each side keeps its own membership set, see {@link WarSide}). */
    public final WarSide attackers = new WarSide();
    public final WarSide defenders = new WarSide();
    /** Territory ids the attackers claim. */
    public List<String> aims = new ArrayList<>();
    public double warscore;
    public int startTurn;
    public int turns;
    /** True when the attackers claim the defenders' homeland: defence is existential (weariness tolerance ×2). */
    public boolean existential;
    /** Humanitarian intervention backed by a resolution, or a war of aggression. */
    public boolean mandated;

    /** The war lists holding this war (one, as a rule): told when a side changes, so their index is made again. */
    private transient List<WarList> lists;

    /** Called by a {@link WarList} taking this war: its sides will tell that list of their changes. */
    void joined(WarList list) {
        attackers.war = this;
        defenders.war = this;
        if (lists == null) {
            lists = new ArrayList<>(1);
        }
        for (WarList l : lists) {
            if (l == list) {
                return;
            }
        }
        lists.add(list);
    }

    /** Called by a side of this war after every change. */
    void sidesChanged() {
        if (lists != null) {
            for (WarList l : lists) {
                l.sidesChanged();
            }
        }
    }

    public boolean isAttacker(int state) {
        return attackers.has(state);
    }

    public boolean isDefender(int state) {
        return defenders.has(state);
    }

    public boolean involves(int state) {
        return attackers.has(state) || defenders.has(state);
    }

    public List<Integer> enemiesOf(int state) {
        return attackers.has(state) ? defenders : attackers;
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
        w.attackers.copyFrom(attackers);
        w.defenders.copyFrom(defenders);
        w.aims = new ArrayList<>(aims);
        w.warscore = warscore;
        w.startTurn = startTurn;
        w.turns = turns;
        w.existential = existential;
        w.mandated = mandated;
        return w;
    }
}
