package org.balancedrealism.ui.map;

import org.balancedrealism.text.Texts;
import javafx.scene.paint.Color;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A way of colouring the map: political, alliances, power, threat toward me, opinion of me, overreach, economy.
 * The view asks the mode for the colour of every state id and draws its legend; nothing else. A mode is
 * cheap to create, so the game builds a fresh one from the new state after every turn and hands it to
 * {@link MapView#setMode(MapMode)}.
 */
public interface MapMode {

    /** Stable id ("political", "threat"), for settings and tests. */
    String id();

    /** Name shown on the mode switcher. */
    String name();

    /** The fill of a state, or null when the mode has nothing to say about it (drawn as "no data"). */
    Color colorOf(String countryId);

    /** What the legend box shows. */
    MapLegend legend();

    /**
     * What the legend calls a state this mode gives no colour: "No data" by default; a mode whose blank states mean
     * something else says so ("You" in the threat mode, where only the player is not rated), and null leaves the row
     * out of the legend (every state has a colour).
     */
    default String noValueLabel() {
        return Texts.get("map.noData");
    }

    /** The same mode with another {@link #noValueLabel()}. */
    default MapMode withNoValueLabel(String label) {
        MapMode base = this;
        return new MapMode() {
            @Override
            public String id() {
                return base.id();
            }

            @Override
            public String name() {
                return base.name();
            }

            @Override
            public Color colorOf(String countryId) {
                return base.colorOf(countryId);
            }

            @Override
            public MapLegend legend() {
                return base.legend();
            }

            @Override
            public String noValueLabel() {
                return label;
            }

            @Override
            public String toString() {
                return base.toString();
            }
        };
    }

    /** A mode from its parts. */
    static MapMode of(String id, String name, Function<String, Color> colours, MapLegend legend) {
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(legend, "legend");
        return new MapMode() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Color colorOf(String countryId) {
                return colours.apply(countryId);
            }

            @Override
            public MapLegend legend() {
                return legend;
            }

            @Override
            public String toString() {
                return "MapMode[" + id + "]";
            }
        };
    }

    /**
     * A mode that colours each state by a number on a ramp: power share, threat, overreach, GDP…
     * Values outside min..max are clamped; states missing from {@code values} (or NaN) are "no data".
     *
     * @param stops    palette, low to high ({@link Palettes#VIRIDIS}, {@link Palettes#CIVIDIS},
     *                 {@link Palettes#BLUE_ORANGE} for a diverging quantity)
     * @param format   how to print min and max in the legend
     */
    static MapMode scale(String id, String name, Map<String, Double> values, double min, double max,
                         java.util.List<Color> stops, Function<Double, String> format) {
        if (!(max > min)) {
            throw new IllegalArgumentException("max must exceed min: " + min + ".." + max);
        }
        Map<String, Double> copy = Map.copyOf(values);
        ToDoubleFunction<String> lookup = cid -> copy.getOrDefault(cid, Double.NaN);
        MapLegend legend = new MapLegend.Gradient(name, stops, format.apply(min), format.apply(max));
        return of(id, name, cid -> {
            double v = lookup.applyAsDouble(cid);
            return Double.isNaN(v) ? null : Palettes.ramp(stops, (v - min) / (max - min));
        }, legend);
    }
}
