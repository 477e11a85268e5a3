package org.balancedrealism.report;

import org.balancedrealism.text.Texts;
import org.balancedrealism.engine.Scoring;
import org.balancedrealism.engine.Wars;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Objective;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what one seat's report, alarms and goals need out of a world. The one place the report touches the live
 * state, so it can be pointed at a per-seat view instead.
 */
public final class WorldFacts {
    /** Sea links count 1.5 hops, land borders 1 (DESIGN §2): within this many hops a state is a neighbour. */
    private static final double NEIGHBOUR_HOPS = 1.5;
    /** The report follows at most this many threats: the main one and others the seat feels threatened by. */
    private static final int THREATS_FOLLOWED = 3;

    private WorldFacts() {
    }

    public static SeatContext context(World w, String me) {
        int m = w.indexOf(me);
        if (m < 0 || w.derived == null) {
            return SeatContext.alone(me);
        }
        Set<String> neighbours = new TreeSet<>();
        List<Integer> feared = new ArrayList<>();
        for (int j = 0; j < w.size(); j++) {
            if (j == m || !w.nation(j).alive) {
                continue;
            }
            if (w.derived.distance(m, j) <= NEIGHBOUR_HOPS) {
                neighbours.add(w.id(j));
            }
            if (w.derived.threat(m, j) > 0) {
                feared.add(j);
            }
        }
        feared.sort(Comparator.comparingDouble((Integer j) -> -w.derived.threat(m, j)).thenComparingInt(j -> j));
        List<String> threats = new ArrayList<>();
        for (int k = 0; k < feared.size() && threats.size() < THREATS_FOLLOWED; k++) {
            int j = feared.get(k);
            if (k == 0 || w.derived.threat(m, j) >= w.rules.threat.threatened) {
                threats.add(w.id(j));
            }
        }
        Set<String> coalitions = new TreeSet<>();
        for (Coalition c : w.coalitions) {
            if (c.hasMember(m)) {
                coalitions.add(w.id(c.target));
            }
        }
        return new SeatContext(me, neighbours, threats, coalitions);
    }

    public static List<WarStanding> wars(World w, String me) {
        int m = w.indexOf(me);
        List<WarStanding> out = new ArrayList<>();
        if (m < 0) {
            return out;
        }
        for (War war : w.wars) {
            if (!war.involves(m)) {
                continue;
            }
            boolean attacker = war.isAttacker(m);
            List<String> enemies = war.enemiesOf(m).stream().map(w::name).toList();
            boolean leader = attacker ? war.attackerLeader() == m : war.defenderLeader() == m;
            out.add(new WarStanding(war.id, war.name, enemies, attacker ? war.warscore : -war.warscore,
                    w.nation(m).warWeariness, Wars.tolerance(w, m, war), leader));
        }
        return out;
    }

    public static List<Alert> dangers(World w, String me) {
        int m = w.indexOf(me);
        if (m < 0) {
            return List.of();
        }
        Nation n = w.nation(m);
        return Dangers.of(w.rules.alerts, n.stability, n.treasury, w.rules.growth.treasuryRate * n.gdp, wars(w, me));
    }

    /** The seat's score and its place among the living states. */
    public static Standing standing(World w, String me) {
        int m = w.indexOf(me);
        Scoring.Score mine = Scoring.score(w, m);
        int place = 1;
        int of = 0;
        for (int i = 0; i < w.size(); i++) {
            if (!w.nation(i).alive) {
                continue;
            }
            of++;
            if (i != m && Scoring.score(w, i).total() > mine.total()) {
                place++;
            }
        }
        return new Standing(mine.total(), place, of, mine.security(), mine.power(), mine.prosperity(), mine.prudence());
    }

    /** The seat's objectives with their progress, in the scenario's order. */
    public static List<GoalProgress> goals(World w, String me) {
        List<GoalProgress> out = new ArrayList<>();
        int m = w.indexOf(me);
        for (Objective o : w.objectives) {
            if (o.nation().equals(me) && m >= 0) {
                out.add(new GoalProgress(o.id(), o.text(), progress(w, m, o), w.objectivesMet.contains(o.id())));
            }
        }
        return out;
    }

    /** Where an objective stands, in words, with the figures its rule judges (engine ScorePhase). */
    static String progress(World w, int m, Objective o) {
        if (w.objectivesMet.contains(o.id())) {
            return Texts.get("goal.achieved");
        }
        int streak = w.objectiveStreaks.getOrDefault(o.id(), 0);
        return switch (o.type()) {
            case "power-share" -> {
                double share = w.derived == null ? 0 : w.derived.power[m];
                boolean coalition = w.coalitionAgainst(m) != null;
                int needed = Math.max(1, o.noCoalitionTurns());
                yield Texts.get(coalition ? "goal.powerShare.coalition" : "goal.powerShare",
                        String.format(Locale.ROOT, "%.1f", 100 * share), String.format(Locale.ROOT, "%.1f", 100 * o.threshold()),
                        String.valueOf(Math.min(streak, needed)), String.valueOf(needed));
            }
            case "contain" -> {
                int t = w.indexOf(o.target());
                if (t < 0) {
                    yield Texts.get("goal.judgedAtEnd");
                }
                int held = w.territoriesOf(t);
                int start = w.nation(t).startTerritories;
                boolean war = w.atWar(m, t);
                String where = held <= start ? Texts.get("goal.contain.held", w.name(t))
                        : Texts.get(held - start == 1 ? "goal.contain.gainedOne" : "goal.contain.gained", w.name(t),
                        String.valueOf(held - start));
                yield where + (o.withoutWar() ? Texts.get(war ? "goal.contain.atWar" : "goal.contain.noWar") : "")
                        + Texts.get("goal.contain.judged");
            }
            case "survive" -> Texts.get(w.nation(m).alive ? "goal.survive.standing" : "goal.survive.fallen");
            default -> "";
        };
    }
}
