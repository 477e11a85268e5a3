package org.balancedrealism.engine;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;
import org.balancedrealism.model.rules.Rules;

/**
 * The score of §8: security (1 − highest threat, survival, territory kept) + relative power change + prosperity,
 * with prudence (power gained per point of overreach generated) shown beside it.
 */
public final class Scoring {
    private Scoring() {
    }

    public record Score(double security, double power, double prosperity, double total, double prudence) {
    }

    public static Score score(World w, int i) {
        Rules.Score r = w.rules.score;
        Nation s = w.nation(i);
        if (!s.alive) {
            return new Score(0, -100 * r.powerWeight, -100 * r.prosperityWeight, -100 * (r.powerWeight + r.prosperityWeight), 0);
        }
        double territory = s.startTerritories > 0 ? Math.min(r.territoryCap, (double) w.territoriesOf(i) / s.startTerritories) : 1;
        double security = 100 * (1 - w.derived.maxThreat(i)) * territory;
        double powerChange = s.startPower > 0 ? 100 * (w.derived.power[i] / s.startPower - 1) : 0;
        double prosperity = s.startGdp > 0 ? 100 * (s.gdp / s.startGdp - 1) : 0;
        double total = r.securityWeight * security + r.powerWeight * powerChange + r.prosperityWeight * prosperity;
        double gained = 100 * (w.derived.power[i] - s.startPower);
        double prudence = gained / Math.max(1, s.peakOverreach);
        return new Score(security, powerChange, prosperity, total, prudence);
    }
}
