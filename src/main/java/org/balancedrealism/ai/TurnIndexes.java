package org.balancedrealism.ai;

import org.balancedrealism.model.PastWar;
import org.balancedrealism.model.Sanction;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TreatyList;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-ups every decision of a turn shares, built once before the states decide (the world stands still while
 * they do, and the decisions only read them, so they may run in parallel): each state's treaties, the log's recent
 * events by target, each state's own sanctions, the states attacking in a war, who fights whom now and who fought
 * whom lately, and the recent aggressors with the states that lead the answers to them.
 */
final class TurnIndexes {
    private final TreatyList treaties;
    final RecentActs recent;
    final Aggressors aggressors;
    private final List<List<Sanction>> sanctionsBySender;
    private final boolean[] attacking;
    /** Per state, the states it fights (null if it fights no war): every decision asks it of many states. */
    private final boolean[][] enemies;
    /** Per state, the states it fought within {@code repeatWarTurns} (null if none). */
    private final boolean[][] fought;

    private TurnIndexes(World w, RecentActs recentBefore) {
        this.treaties = TreatyList.of(w.treaties); // the world's own indexed list (an indexed copy of a plain one)
        this.recent = RecentActs.of(w, recentBefore);
        this.aggressors = Aggressors.of(w);
        this.attacking = new boolean[w.size()];
        for (War war : w.wars) {
            for (int k : war.attackers) {
                if (k >= 0 && k < attacking.length) {
                    attacking[k] = true;
                }
            }
        }
        this.enemies = new boolean[w.size()][];
        for (War war : w.wars) {
            markEnemies(war.attackers, war.defenders);
            markEnemies(war.defenders, war.attackers);
        }
        this.fought = new boolean[w.size()][];
        for (PastWar x : w.pastWars) {
            if (w.turn + 1 - x.endTurn() <= w.rules.ai.repeatWarTurns) {
                markFought(x.attacker(), x.defender());
                markFought(x.defender(), x.attacker());
            }
        }
        this.sanctionsBySender = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            sanctionsBySender.add(new ArrayList<>(0));
        }
        for (Sanction s : w.sanctions) {
            sanctionsBySender.get(s.sender()).add(s);
        }
    }

    /** Every state of {@code side} fights every state of {@code against} (ids outside the world are skipped). */
    private void markEnemies(List<Integer> side, List<Integer> against) {
        for (int a : side) {
            if (a < 0 || a >= enemies.length) {
                continue;
            }
            if (enemies[a] == null) {
                enemies[a] = new boolean[enemies.length];
            }
            for (int k : against) {
                if (k >= 0 && k < enemies.length) {
                    enemies[a][k] = true;
                }
            }
        }
    }

    private void markFought(int a, int other) {
        if (a < 0 || a >= fought.length || other < 0 || other >= fought.length) {
            return;
        }
        if (fought[a] == null) {
            fought[a] = new boolean[fought.length];
        }
        fought[a][other] = true;
    }

    static TurnIndexes of(World w) {
        return new TurnIndexes(w, null);
    }

    /** The same, its recent acts made from {@code before}'s (an earlier turn's of the same world, or null). */
    static TurnIndexes of(World w, TurnIndexes before) {
        return new TurnIndexes(w, before == null ? null : before.recent);
    }

    /** The treaties {@code state} is a party to, in the world's treaty order. */
    List<Treaty> treatiesOf(int state) {
        return java.util.Arrays.asList(treaties.of(state));
    }

    /** True if {@code state} is an attacker in a war. */
    boolean attacking(int state) {
        return attacking[state];
    }

    /** True if {@code state} fights a war (as {@code World.atWar(state)}). */
    boolean atWar(int state) {
        return enemies[state] != null;
    }

    /** True if {@code state} fights {@code other} (as {@code World.atWar(state, other)}). */
    boolean atWarWith(int state, int other) {
        return enemies[state] != null && enemies[state][other];
    }

    /** True if the two fought each other within {@code repeatWarTurns}. */
    boolean foughtRecently(int state, int other) {
        return fought[state] != null && fought[state][other];
    }

    /** The sanctions {@code sender} imposes, in the order of {@code World.sanctions}. */
    List<Sanction> sanctionsBy(int sender) {
        return sanctionsBySender.get(sender);
    }
}
