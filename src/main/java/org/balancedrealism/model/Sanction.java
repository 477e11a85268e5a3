package org.balancedrealism.model;

/** Sanctions in force: {@code sender} against {@code target}; multilateral ones are coordinated with partners. */
public record Sanction(int sender, int target, boolean multilateral, int sinceTurn) {
}
