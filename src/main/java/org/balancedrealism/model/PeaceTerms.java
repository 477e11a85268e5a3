package org.balancedrealism.model;

import java.util.List;

/**
 * What a peace settles, bought with war score.
 *
 * @param territories  territory ids ceded to the winner
 * @param reparations  $bn paid by the loser
 * @param demilitarise loser cuts its forces by half
 * @param regimeChange loser's regime replaced (needs a war score of 100 and a non-nuclear loser)
 */
public record PeaceTerms(List<String> territories, double reparations, boolean demilitarise, boolean regimeChange) {
    public PeaceTerms {
        territories = territories == null ? List.of() : List.copyOf(territories);
    }

    public static PeaceTerms whitePeace() {
        return new PeaceTerms(List.of(), 0, false, false);
    }

    public boolean isWhitePeace() {
        return territories.isEmpty() && reparations == 0 && !demilitarise && !regimeChange;
    }
}
