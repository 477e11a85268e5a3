package org.balancedrealism.claims;

import org.balancedrealism.model.Nation;
import org.balancedrealism.model.World;

/** A figure of a state a claim can follow, in the unit a seminar reads it in. */
public enum Figure {
    /** Share of world power, in percent. */
    POWER("power", "%"),
    /** Economy, $bn. */
    GDP("gdp", "$bn"),
    /** Yearly growth rate, in percent a year. */
    GROWTH("growth", "%/yr"),
    MILITARY("military", "$bn"),
    STABILITY("stability", "points"),
    WAR_WEARINESS("warWeariness", "points"),
    SOFT_POWER("softPower", "points");

    private final String key;
    private final String unit;

    Figure(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** The figure as spelled in a claim ("warWeariness"), or null. */
    public static Figure parse(String key) {
        for (Figure f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    public double read(World w, int i) {
        Nation n = w.nation(i);
        return switch (this) {
            case POWER -> w.derived == null ? 0 : 100 * w.derived.power[i];
            case GDP -> n.gdp;
            case GROWTH -> 100 * n.growth;
            case MILITARY -> n.military;
            case STABILITY -> n.stability;
            case WAR_WEARINESS -> n.warWeariness;
            case SOFT_POWER -> n.softPower;
        };
    }
}
