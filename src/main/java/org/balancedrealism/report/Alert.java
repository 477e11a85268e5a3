package org.balancedrealism.report;

/**
 * Something the player must not miss: a plain sentence, and the figures behind it for a tooltip.
 *
 * @param text   what the player reads
 * @param detail the figures and the rule behind it
 */
public record Alert(String text, String detail) {
}
