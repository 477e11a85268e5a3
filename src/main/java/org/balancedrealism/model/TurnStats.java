package org.balancedrealism.model;

/**
 * Figures of every state at the end of one turn, indexed by state, for charts, the debrief and the CSV export.
 * Values are rounded to keep saves small.
 */
public record TurnStats(int turn, float[] power, float[] gdp, float[] military, float[] overreach,
                        float[] maxThreat, float[] treasury) {
}
