package org.balancedrealism.model;

/**
 * Sanctions in force: {@code sender} against {@code target}; multilateral ones are coordinated with partners; an
 * embargo is the broad regime the many impose on an unprovoked invader (it hurts most).
 */
public record Sanction(int sender, int target, boolean multilateral, int sinceTurn, boolean embargo) {
    public Sanction(int sender, int target, boolean multilateral, int sinceTurn) {
        this(sender, target, multilateral, sinceTurn, false);
    }
}
