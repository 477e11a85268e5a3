package org.balancedrealism.claims;

/**
 * A statement the AI-only game must reproduce in most seeds (a scenario's {@code claims} list).
 *
 * @param required share of seeds that must bear it out
 */
public record Claim(String id, String text, Condition condition, ClaimSetup setup, double required) {
}
