package org.balancedrealism.engine.move.kinds;

import org.balancedrealism.model.World;

/** Soft power bought by aid and cultural diplomacy: each point costs more the more a state already has. */
final class SoftPower {
    private SoftPower() {
    }

    /** Soft power after a gain of {@code gain} at level {@code softPower}, never above the scale's 100. */
    static double after(World w, double softPower, double gain) {
        return Math.min(100, softPower + gain / (1 + softPower / w.rules.moveEffects.softPowerHalfGain));
    }
}
