package org.balancedrealism.model;

/** Kinds of treaty between two states. */
public enum TreatyType {
    ALLIANCE("alliance"), NON_AGGRESSION("non-aggression pact"), TRADE("trade agreement"),
    ARMS_CONTROL("arms-control treaty"), GUARANTEE("guarantee of independence"),
    /** Shared membership of an institution (EU, ASEAN…): raises trust, no military obligation. */
    INSTITUTION("shared institution");

    private final String label;

    TreatyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the scenario spelling ("non-aggression", "arms-control", …). */
    public static TreatyType parse(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        for (TreatyType t : values()) {
            if (t.name().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
