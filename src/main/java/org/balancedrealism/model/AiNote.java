package org.balancedrealism.model;

import java.util.List;

/**
 * What an AI state decided in one turn and why (DESIGN §6.4), kept compact so saves can carry it: the alignment
 * rule that fired, the top threats with their factors, the best candidates with the terms of their utility, the
 * chosen moves and their margin over the runner-up, and a one-line narrative.
 *
 * @param threats    "GER 0.62 (power 0.55, proximity 1.00, offence 0.40, intentions 0.71)" per top threat
 * @param candidates "Join coalition against GER: EU 0.31 = security 0.20 + … − overreach 0.02" per best candidate
 * @param chosen     the moves given, as {@code Move.describe()} lines
 */
public record AiNote(int turn, String state, String doctrine, String alignment, String alignmentWhy,
                     List<String> threats, String perceivedPower, List<String> candidates, List<String> chosen,
                     double margin, String narrative) {
    public AiNote {
        threats = threats == null ? List.of() : List.copyOf(threats);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }
}
