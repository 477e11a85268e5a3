package org.balancedrealism.model;

/** How a state is governed: it sets war-weariness tolerance, trust between democracies and AI temperament. */
public enum Regime {
    DEMOCRACY, HYBRID, AUTOCRACY;

    public static Regime parse(String text) {
        for (Regime r : values()) {
            if (r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        return null;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
