package org.balancedrealism.ui.map;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Map modes that need nothing but the map's own starting figures: GDP, population, military spending. The
 * engine's modes (power, threat, opinion, overreach…) are built the same way with {@link MapMode#scale}.
 */
public final class AtlasModes {
    private AtlasModes() {
    }

    /** All modes the map alone can colour, political first. */
    public static List<MapMode> all(GeoMap map) {
        return List.of(PoliticalMode.of(map), gdp(map), population(map), militarySpending(map));
    }

    /** GDP on a logarithmic viridis ramp. */
    public static MapMode gdp(GeoMap map) {
        return logScale("economy", Texts.get("map.mode.economy"), map, MapCountry::gdpBn, 1, 30_000, Palettes.VIRIDIS,
                v -> Texts.get("figure.money.bn", grouped(v)));
    }

    /** Population on a logarithmic cividis ramp. */
    public static MapMode population(GeoMap map) {
        return logScale("population", Texts.get("map.mode.population"), map, MapCountry::population, 0.1, 1_500, Palettes.CIVIDIS,
                v -> Texts.get("figure.population.m", v < 1 ? Figures.number(v, 1) : grouped(v)));
    }

    /** Military spending as a share of GDP, 0 to 6 %. */
    public static MapMode militarySpending(GeoMap map) {
        Map<String, Double> values = new HashMap<>();
        for (MapCountry c : map.countries()) {
            values.put(c.id(), c.milexShare() * 100);
        }
        return MapMode.scale("military", Texts.get("map.mode.military"), values, 0, 6, Palettes.VIRIDIS,
                v -> Texts.get("figure.percent", Figures.number(v, 0)));
    }

    private static MapMode logScale(String id, String name, GeoMap map, ToDoubleFunction<MapCountry> figure,
                                    double min, double max, List<javafx.scene.paint.Color> stops,
                                    java.util.function.Function<Double, String> format) {
        Map<String, Double> logs = new HashMap<>();
        for (MapCountry c : map.countries()) {
            double v = figure.applyAsDouble(c);
            if (v > 0) {
                logs.put(c.id(), Math.log10(v));
            }
        }
        MapMode linear = MapMode.scale(id, name, logs, Math.log10(min), Math.log10(max), stops,
                l -> format.apply(Math.pow(10, l)));
        MapLegend.Gradient g = (MapLegend.Gradient) linear.legend();
        MapLegend legend = new MapLegend.Gradient(Texts.get("map.logScale", name), g.stops(), g.minLabel(), g.maxLabel(),
                format.apply(Math.sqrt(min * max)));
        return MapMode.of(id, name, linear::colorOf, legend);
    }

    static String grouped(double v) {
        return Figures.number(v, 0);
    }
}
