package org.balancedrealism.model;

/**
 * A treaty between two states. A guarantee is one-way: {@code a} guarantees {@code b}; the others are symmetric.
 *
 * @param name optional name ("NATO", "US–Japan Security Treaty")
 */
public record Treaty(TreatyType type, int a, int b, int sinceTurn, String name) {
    public boolean involves(int state) {
        return a == state || b == state;
    }

    public boolean between(int x, int y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    public int other(int state) {
        return a == state ? b : a;
    }
}
