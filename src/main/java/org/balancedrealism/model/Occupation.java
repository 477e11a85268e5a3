package org.balancedrealism.model;

/** A territory {@code occupier} took by force on {@code sinceTurn}; its people resist for a few years. */
public record Occupation(int occupier, String territory, int sinceTurn) {
}
