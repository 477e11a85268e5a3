package org.balancedrealism.report;

/**
 * The seat's running score (DESIGN §8) and its place among the living states.
 *
 * @param total      the score
 * @param place      1 for the best
 * @param of         the number of living states ranked
 * @param security   the security part
 * @param power      change of power share, %
 * @param prosperity change of GDP, %
 * @param prudence   power gained per point of overreach
 */
public record Standing(double total, int place, int of, double security, double power, double prosperity,
                       double prudence) {
}
