package org.balancedrealism.engine;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Occupation;
import org.balancedrealism.model.Territory;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Winning big costs later (DESIGN §5.1): a territory taken by force is occupied for some years. Its resistance wears
 * the occupier's public down in proportion to the people held against its own, and keeps costing it standing
 * abroad. An occupation ends when its years are over or the territory changes hands again.
 */
public final class Occupations {
    private Occupations() {
    }

    /** Records the conquest of a territory (called when it changes hands by force). */
    public static void begin(World w, int occupier, int territory) {
        String id = w.territories[territory].id();
        w.occupations.removeIf(o -> o.territory().equals(id));
        w.occupations.add(new Occupation(occupier, id, w.turn + 1));
    }

    /** One turn of every occupation: weariness for the occupier, opinion lost abroad; finished ones end. */
    public static void run(World w) {
        Rules.WarRules r = w.rules.war;
        double years = w.yearsPerTurn();
        List<Occupation> kept = new ArrayList<>(w.occupations.size());
        for (Occupation o : w.occupations) {
            int t = w.territoryIndex(o.territory());
            Nation occupier = w.nation(o.occupier());
            boolean over = t < 0 || w.territories[t].owner() != o.occupier() || !occupier.alive
                    || (w.turn + 1 - o.sinceTurn()) * years > r.occupationYears;
            if (over) {
                continue;
            }
            kept.add(o);
            Territory terr = w.territories[t];
            double share = Math.min(1, terr.population() / Math.max(1e-9, occupier.population));
            occupier.warWeariness += r.occupationWeariness * share * years;
            for (int i = 0; i < w.size(); i++) {
                if (i != o.occupier() && w.nation(i).alive) {
                    w.opinion.add(i, o.occupier(), -r.occupationOpinion * years);
                }
            }
        }
        w.occupations = kept;
    }

    /** True if the state holds an occupied territory (its public does not rest). */
    public static boolean occupying(World w, int state) {
        for (Occupation o : w.occupations) {
            if (o.occupier() == state) {
                return true;
            }
        }
        return false;
    }
}
