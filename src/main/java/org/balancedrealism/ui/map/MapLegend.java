package org.balancedrealism.ui.map;

import javafx.scene.paint.Color;

import java.util.List;

/** What the legend box of a map mode shows: named swatches, or a colour ramp with labels at its ends. */
public sealed interface MapLegend permits MapLegend.Categories, MapLegend.Gradient {

    /** Heading of the legend box (usually the mode's name or the measured quantity). */
    String title();

    /** One coloured square and its meaning. */
    record Swatch(Color color, String label) {
    }

    /** A list of swatches (political, alliances, …). An empty list hides the swatch area. */
    record Categories(String title, List<Swatch> swatches) implements MapLegend {
        public Categories {
            swatches = List.copyOf(swatches);
        }
    }

    /**
     * A continuous ramp (power, threat, opinion, …).
     *
     * @param stops    evenly spaced colours, low to high
     * @param minLabel text under the low end ("0 %", "hostile")
     * @param maxLabel text under the high end
     * @param midLabel text under the middle, or null
     */
    record Gradient(String title, List<Color> stops, String minLabel, String maxLabel, String midLabel)
            implements MapLegend {
        public Gradient {
            stops = List.copyOf(stops);
            if (stops.isEmpty()) {
                throw new IllegalArgumentException("a gradient legend needs colours");
            }
        }

        public Gradient(String title, List<Color> stops, String minLabel, String maxLabel) {
            this(title, stops, minLabel, maxLabel, null);
        }
    }
}
