package org.balancedrealism.report;

/**
 * One objective of the seat and how far it has got.
 *
 * @param text     the objective as the scenario words it
 * @param progress where it stands now, in words ("now 12.3% of world power; held 0 of 8 turns")
 * @param met      achieved (it stays achieved)
 */
public record GoalProgress(String id, String text, String progress, boolean met) {
}
