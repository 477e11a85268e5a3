package org.balancedrealism.engine;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * Hostility memory (DESIGN §4.2): each aggressive act of j writes severity × relevance into every observer's
 * memory of j, and lowers their opinion of j. Memory decays each year.
 */
public final class Hostility {
    private Hostility() {
    }

    /** How much observer i cares about an act against {@code victim} by {@code actor}. */
    public static double relevance(World w, int observer, int actor, int victim) {
        double rel = publicRelevance(w, observer, actor, victim);
        return w.derived.allied(observer, actor) ? rel * w.rules.hostility.actorAllyFactor : rel;
    }

    /**
     * How much observer i's public cares about the act, before any alliance discount: allies fear an ally's acts less,
     * but their publics disapprove of them all the same (Iraq 2003).
     */
    static double publicRelevance(World w, int observer, int actor, int victim) {
        Rules.Hostility r = w.rules.hostility;
        if (observer == actor) {
            return 0;
        }
        double rel;
        if (observer == victim) {
            rel = r.relevanceVictim;
        } else if (victim >= 0 && (isNeighbour(w, observer, victim) || w.derived.allied(observer, victim)
                || w.derived.tied(org.balancedrealism.model.TreatyType.GUARANTEE, observer, victim))) {
            rel = r.relevanceNeighbourOrAlly;
        } else if (victim >= 0 && sameRegion(w.nation(observer), w.nation(victim))) {
            rel = r.relevanceSameRegion;
        } else {
            rel = r.relevanceElsewhere;
        }
        if (victim >= 0 && observer != victim && w.nation(observer).regime == w.nation(victim).regime) {
            rel *= r.resemblanceFactor;
        }
        return rel;
    }

    public static boolean isNeighbour(World w, int a, int b) {
        return w.derived.distance(a, b) <= org.balancedrealism.model.Geography.SEA_HOP;
    }

    static boolean sameRegion(Nation a, Nation b) {
        return a.region != null && a.region.equals(b.region);
    }

    /**
     * Records an aggressive act by {@code actor} against {@code victim} (−1 for acts without a victim) in every
     * observer's memory and opinion. Returns the overreach it adds (power-weighted).
     */
    public static double record(World w, int actor, int victim, double severity) {
        return record(w, actor, victim, severity, null);
    }

    /**
     * Each observer's {@link #publicRelevance} of an act against {@code victim} by any actor other than the observer
     * (the actor's own entry is never read), the same figures read along the victim's row of distances and ties
     * instead of down its column: both are symmetric (Perception writes each pair's figure into both cells), and an
     * act is weighed by every observer, so this runs for every act the engine or a preview records. For a batch of
     * acts against one victim (the many's embargo on an invader) it is computed once instead of once per act; valid
     * while the derived figures and the states' regions and regimes stay as they are.
     */
    public static double[] publicRelevanceTo(World w, int victim) {
        Rules.Hostility r = w.rules.hostility;
        Nation[] nations = w.nations;
        double[] rel = new double[nations.length];
        if (victim < 0) {
            java.util.Arrays.fill(rel, r.relevanceElsewhere);
            return rel;
        }
        org.balancedrealism.model.Derived d = w.derived;
        byte[] ties = d.ties;
        double[] distance = d.distance;
        int base = victim * d.n;
        int close = (1 << org.balancedrealism.model.TreatyType.ALLIANCE.ordinal()) | org.balancedrealism.model.Derived.COALITION
                | (1 << org.balancedrealism.model.TreatyType.GUARANTEE.ordinal()); // allied, or a guarantee either way
        Nation v = nations[victim];
        int[] regions = w.regionNumbers(); // sameRegion without comparing the names
        int region = regions[victim];
        for (int i = 0; i < rel.length; i++) {
            if (i == victim) {
                rel[i] = r.relevanceVictim;
                continue;
            }
            double x;
            if (distance[base + i] <= org.balancedrealism.model.Geography.SEA_HOP || (ties[base + i] & close) != 0) {
                x = r.relevanceNeighbourOrAlly;
            } else if (regions[i] >= 0 && regions[i] == region) {
                x = r.relevanceSameRegion;
            } else {
                x = r.relevanceElsewhere;
            }
            if (nations[i].regime == v.regime) {
                x *= r.resemblanceFactor;
            }
            rel[i] = x;
        }
        return rel;
    }

    /** As {@link #record(World, int, int, double)}, reading the observers' relevance from {@link #publicRelevanceTo}. */
    public static double record(World w, int actor, int victim, double severity, double[] relevanceToVictim) {
        if (severity <= 0) {
            return 0;
        }
        Rules.Hostility r = w.rules.hostility;
        severity = actSeverity(w, actor, victim, severity);
        // every observer's relevance at once, along the victim's row (the actor's own entry is not read)
        double[] relevance = relevanceToVictim != null ? relevanceToVictim : publicRelevanceTo(w, victim);
        double[] row = w.memory.writable(actor);
        double added = 0;
        double opinionLoss = r.opinionPerHostility;
        // read once, not per observer: an act is written into every observer's memory, and embargoes write ~100 acts
        Nation[] nations = w.nations;
        org.balancedrealism.model.Derived d = w.derived;
        org.balancedrealism.model.PairTable opinion = w.opinion;
        for (int i = 0; i < nations.length; i++) {
            Nation observer = nations[i];
            if (i == actor || !observer.alive) {
                continue;
            }
            double pub = relevance[i]; // relevance() is this, less for allies
            double h = felt(d, r, actor, i, severity, pub);
            row[i] += h;
            added += d.power[i] * h;
            double disapproval = severity * pub * regimeFactor(r, observer);
            opinion.set(i, actor, clampOpinion(opinion.get(i, actor) - opinionLoss * disapproval));
        }
        return added;
    }

    /**
     * As {@link #record(World, int, int, double, double[])} for each of {@code actors} in turn, all against one
     * {@code victim} (the many's embargo): the same figures, but opinion is written observer by observer, along each
     * observer's row, instead of down one column per act. The acts do not read what the others write: each writes
     * its own actor's memory row and opinion column, and whether it answers aggression depends on the victim alone.
     */
    public static void recordEach(World w, int[] actors, int count, int victim, double severity, double[] relevanceToVictim) {
        if (severity <= 0 || count == 0) {
            return;
        }
        Rules.Hostility r = w.rules.hostility;
        Nation[] nations = w.nations;
        org.balancedrealism.model.Derived d = w.derived;
        double[] severities = new double[count];
        boolean[] alive = new boolean[nations.length]; // read once, not once per act: a hundred acts read it
        for (int i = 0; i < nations.length; i++) {
            alive[i] = nations[i].alive;
        }
        byte[] ties = d.ties;
        for (int k = 0; k < count; k++) {
            int actor = actors[k];
            double sev = actSeverity(w, actor, victim, severity);
            severities[k] = sev;
            double[] row = w.memory.writable(actor);
            int base = actor * d.n; // the actor's row of ties, read along (what felt() looks up cell by cell)
            for (int i = 0; i < nations.length; i++) {
                if (i != actor && alive[i]) {
                    double pub = relevanceToVictim[i];
                    boolean ally = org.balancedrealism.model.Derived.alliedTie(ties[base + i]);
                    row[i] += sev * (ally ? pub * r.actorAllyFactor : pub);
                }
            }
        }
        double opinionLoss = r.opinionPerHostility;
        for (int i = 0; i < nations.length; i++) {
            Nation observer = nations[i];
            if (!observer.alive) {
                continue;
            }
            double pub = relevanceToVictim[i];
            double regime = regimeFactor(r, observer);
            double[] opinion = w.opinion.writable(i);
            for (int k = 0; k < count; k++) {
                int actor = actors[k];
                if (actor != i) {
                    double disapproval = severities[k] * pub * regime;
                    opinion[actor] = clampOpinion(opinion[actor] - opinionLoss * disapproval);
                }
            }
        }
    }

    /**
     * The severity an act of {@code actor} against {@code victim} is remembered with, and the actor's record of its
     * acts brought up to date: answers to aggression are not aggression (the invader must not "fear" its victim for
     * resisting), so they weigh {@code answerFactor} and leave the actor's record as it was.
     */
    private static double actSeverity(World w, int actor, int victim, double severity) {
        Rules.Hostility r = w.rules.hostility;
        if (answersAggression(w, actor, victim)) {
            return severity * r.answerFactor;
        }
        w.nation(actor).lastActTurn = w.turn + 1;
        if (severity >= r.aggressionSeverity) {
            w.nation(actor).lastAggressionTurn = w.turn + 1;
        }
        return severity;
    }

    /** Hostility {@code observer} writes against {@code actor}: less among allies (ties are symmetric: the actor's row, read in order). */
    private static double felt(org.balancedrealism.model.Derived d, Rules.Hostility r, int actor, int observer, double severity,
                               double relevance) {
        return severity * (d.allied(actor, observer) ? relevance * r.actorAllyFactor : relevance);
    }

    /** How much more a democracy's public disapproves of an act than other regimes'. */
    private static double regimeFactor(Rules.Hostility r, Nation observer) {
        return observer.regime == org.balancedrealism.model.Regime.DEMOCRACY ? r.democracyDisapproval : 1;
    }

    /** True if {@code state} committed an act of aggression in the last {@code answerTurns} turns. */
    public static boolean recentAggressor(World w, int state) {
        return state >= 0 && w.turn + 1 - w.nation(state).lastAggressionTurn <= w.rules.hostility.answerTurns;
    }

    /** True if an act of {@code actor} against {@code victim} answers the victim's own recent aggression. */
    public static boolean answersAggression(World w, int actor, int victim) {
        return victim >= 0 && victim != actor && recentAggressor(w, victim);
    }

    /** Lowers what {@code observer} remembers of {@code actor} (summits, arms control, returned territory). */
    public static void relieve(World w, int actor, int observer, double amount) {
        double h = w.memory.get(actor, observer);
        w.memory.set(actor, observer, Math.max(0, h - amount));
    }

    /**
     * Yearly decay H ← retention·H, scaled to the turn length; parties to an arms-control treaty also forget a
     * fixed amount of each other's hostility every year.
     */
    public static void decay(World w) {
        w.memory.scale(Math.pow(w.rules.hostility.yearlyRetention, w.yearsPerTurn()));
        double relief = w.rules.diplomacy.armsControlHostilityRelief * w.yearsPerTurn();
        for (org.balancedrealism.model.Treaty t : w.treaties) {
            if (t.type() == org.balancedrealism.model.TreatyType.ARMS_CONTROL) {
                relieve(w, t.a(), t.b(), relief);
                relieve(w, t.b(), t.a(), relief);
            }
        }
    }

    public static double clampOpinion(double v) {
        return Math.max(-100, Math.min(100, v));
    }
}
