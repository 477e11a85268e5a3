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
 * events by target, each state's own sanctions, the states attacking in a war, the wars ended lately, and the recent
 * aggressors with the states that lead the answers to them.
 */
final class TurnIndexes {
    private final TreatyList treaties;
    final RecentActs recent;
    final Aggressors aggressors;
    private final List<List<Sanction>> sanctionsBySender;
    private final boolean[] attacking;
    private final List<PastWar> recentWars;

    private TurnIndexes(World w) {
        this.treaties = TreatyList.of(w.treaties); // the world's own indexed list (an indexed copy of a plain one)
        this.recent = RecentActs.of(w);
        this.aggressors = Aggressors.of(w);
        this.attacking = new boolean[w.size()];
        for (War war : w.wars) {
            for (int k : war.attackers) {
                if (k >= 0 && k < attacking.length) {
                    attacking[k] = true;
                }
            }
        }
        this.recentWars = new ArrayList<>();
        for (PastWar x : w.pastWars) {
            if (w.turn + 1 - x.endTurn() <= w.rules.ai.repeatWarTurns) {
                recentWars.add(x);
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

    static TurnIndexes of(World w) {
        return new TurnIndexes(w);
    }

    /** The treaties {@code state} is a party to, in the world's treaty order. */
    List<Treaty> treatiesOf(int state) {
        return java.util.Arrays.asList(treaties.of(state));
    }

    /** True if {@code state} is an attacker in a war. */
    boolean attacking(int state) {
        return attacking[state];
    }

    /** The wars ended within {@code repeatWarTurns}, in the order of {@code World.pastWars}. */
    List<PastWar> recentWars() {
        return recentWars;
    }

    /** The sanctions {@code sender} imposes, in the order of {@code World.sanctions}. */
    List<Sanction> sanctionsBy(int sender) {
        return sanctionsBySender.get(sender);
    }
}
