package org.balancedrealism.ui.map;

import javafx.scene.paint.Color;

import java.util.List;

/**
 * Colour-blind-safe palettes for map modes. Categorical sets come from Okabe &amp; Ito (2008) and Paul Tol's
 * "light" scheme; the sequential and diverging ramps are sampled from viridis, cividis and a blue–orange ramp
 * that stays apart for the common colour-vision deficiencies.
 */
public final class Palettes {
    private Palettes() {
    }

    /** Okabe–Ito: eight colours distinguishable with any common colour-vision deficiency (black left out). */
    public static final List<Color> OKABE_ITO = List.of(
            Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#F0E442"),
            Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#999999"));

    /**
     * Paul Tol's "light" scheme, made for filling areas that carry dark text: the political map. Its pale grey
     * is left out, since grey means "no data".
     */
    public static final List<Color> TOL_LIGHT = List.of(
            Color.web("#77AADD"), Color.web("#EE8866"), Color.web("#EEDD88"), Color.web("#FFAABB"),
            Color.web("#99DDFF"), Color.web("#44BB99"), Color.web("#BBCC33"), Color.web("#AAAA00"));

    /** Viridis, sampled at eleven points (matplotlib's values). Dark blue (low) to yellow (high). */
    public static final List<Color> VIRIDIS = List.of(
            Color.web("#440154"), Color.web("#482475"), Color.web("#414487"), Color.web("#355F8D"),
            Color.web("#2A788E"), Color.web("#21918C"), Color.web("#22A884"), Color.web("#44BF70"),
            Color.web("#7AD151"), Color.web("#BDDF26"), Color.web("#FDE725"));

    /** Cividis: like viridis, tuned to look the same with red–green deficiencies. Navy (low) to yellow (high). */
    public static final List<Color> CIVIDIS = List.of(
            Color.web("#00204D"), Color.web("#414D6B"), Color.web("#7C7B78"), Color.web("#BCAF6F"),
            Color.web("#FFEA46"));

    /** Diverging orange (negative) – pale neutral – blue (positive): opinion, relation changes. */
    public static final List<Color> BLUE_ORANGE = List.of(
            Color.web("#B35806"), Color.web("#E08214"), Color.web("#FDB863"), Color.web("#F2EFE6"),
            Color.web("#92C5DE"), Color.web("#4393C3"), Color.web("#2166AC"));

    /** The fill for "no data" (a state the current mode says nothing about). */
    public static final Color NO_DATA = Color.web("#B9B4A6");

    /**
     * The colour at position {@code t} (clamped to 0..1) along a ramp of evenly spaced stops, interpolated in
     * RGB between the two nearest stops.
     */
    public static Color ramp(List<Color> stops, double t) {
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("a ramp needs at least one colour");
        }
        if (Double.isNaN(t)) {
            return NO_DATA;
        }
        double clamped = Math.max(0, Math.min(1, t));
        if (stops.size() == 1) {
            return stops.get(0);
        }
        double pos = clamped * (stops.size() - 1);
        int i = Math.min((int) Math.floor(pos), stops.size() - 2);
        return stops.get(i).interpolate(stops.get(i + 1), pos - i);
    }
}
