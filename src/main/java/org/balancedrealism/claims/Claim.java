package org.balancedrealism.claims;

/**
 * A statement the AI-only game must reproduce in most seeds (a scenario's {@code claims} list).
 *
 * @param required share of seeds that must bear it out
 * @param open     null, or why the model does not reproduce it yet: an open claim is still run and reported, but does
 *                 not fail the command (a known gap, stated in the data rather than hidden by a lowered rate)
 */
public record Claim(String id, String text, Condition condition, ClaimSetup setup, double required, String open) {
    public Claim(String id, String text, Condition condition, ClaimSetup setup, double required) {
        this(id, text, condition, setup, required, null);
    }

    public boolean isOpen() {
        return open != null;
    }
}
