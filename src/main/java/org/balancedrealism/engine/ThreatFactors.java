package org.balancedrealism.engine;

/**
 * The four factors of a threat (DESIGN §4.1), each in [0,1], and the threat itself: what the UI shows behind
 * every threat value and what explanations quote.
 *
 * @param power      aggregate power A = L_j / (L_i + L_j)
 * @param proximity  G = loss-of-strength gradient at the distance between them
 * @param offence    O = projected force against the observer's own defence
 * @param intentions I = doctrine floor plus remembered hostility net of trust
 * @param allied     true when they are allies (threat counts at 30 %)
 * @param threat     T = I·(A·O)^¼·G, times the (fading) ally discount; before extended deterrence
 */
public record ThreatFactors(double power, double proximity, double offence, double intentions, boolean allied,
                            double threat) {
    public String describe() {
        return org.balancedrealism.text.Texts.get(allied ? "why.factors.allied" : "why.factors", Events.f2(power),
                Events.f2(proximity), Events.f2(offence), Events.f2(intentions));
    }
}
