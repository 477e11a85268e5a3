package org.balancedrealism.ui.map;

import org.balancedrealism.text.Texts;
import javafx.scene.paint.Color;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.model.map.SeaLink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The political map: every holder of territory gets a colour of its own, chosen so that states sharing a border
 * or a sea lane get different colours; a shape held by another state (a dependency, later a conquest) takes its
 * holder's colour, a little paler. The colouring depends only on the map and the holders, so a state keeps its
 * colour from one session to the next.
 */
public final class PoliticalMode {
    /** How much paler a shape held by another state is drawn. */
    static final double HELD_PALENESS = 0.45;
    private static final Color PARCHMENT = Color.web("#F4ECD8");

    private PoliticalMode() {
    }

    /** The political mode at the start: each shape held by its sovereign on the map. */
    public static MapMode of(GeoMap map) {
        return of(map, MapCountry::sovereign, Palettes.TOL_LIGHT);
    }

    /**
     * The political mode for any holding (the engine passes who holds what after conquests).
     *
     * @param holderOf id of the state holding a shape (the same id for a state's own core shape)
     * @param palette  colours to share out; neighbours get different ones while the palette allows
     */
    public static MapMode of(GeoMap map, Function<MapCountry, String> holderOf, List<Color> palette) {
        Map<String, String> holder = new HashMap<>();
        for (MapCountry c : map.countries()) {
            holder.put(c.id(), holderOf.apply(c));
        }
        Map<String, Integer> colourIndex = colourHolders(map, holder, palette.size());
        Map<String, Color> fill = new HashMap<>();
        for (MapCountry c : map.countries()) {
            String h = holder.get(c.id());
            if (h == null) {
                continue;
            }
            Color base = palette.get(colourIndex.get(h));
            fill.put(c.id(), h.equals(c.id()) ? base : base.interpolate(PARCHMENT, HELD_PALENESS));
        }
        Color sample = palette.get(0);
        MapLegend legend = new MapLegend.Categories(Texts.get("map.mode.political"), List.of(
                new MapLegend.Swatch(sample, Texts.get("map.political.state")),
                new MapLegend.Swatch(sample.interpolate(PARCHMENT, HELD_PALENESS),
                        Texts.get("map.political.held"))));
        return MapMode.of("political", Texts.get("map.mode.political"), fill::get, legend);
    }

    /**
     * Greedy colouring of the holders' adjacency graph (land borders and sea lanes), most-connected first, each
     * holder starting its search at a colour derived from its id so that small map edits move few colours.
     */
    static Map<String, Integer> colourHolders(GeoMap map, Map<String, String> holder, int colours) {
        Map<String, Set<String>> adjacent = new TreeMap<>();
        for (String h : holder.values()) {
            if (h != null) { // a shape nobody holds in this game stays uncoloured
                adjacent.computeIfAbsent(h, k -> new TreeSet<>());
            }
        }
        for (MapCountry c : map.countries()) {
            for (String n : c.landNeighbours()) {
                link(adjacent, holder.get(c.id()), holder.get(n));
            }
        }
        for (SeaLink s : map.seaLinks()) {
            link(adjacent, holder.get(s.a()), holder.get(s.b()));
        }
        List<String> order = new ArrayList<>(adjacent.keySet());
        order.sort(Comparator.comparingInt((String h) -> -adjacent.get(h).size()).thenComparing(h -> h));
        Map<String, Integer> result = new HashMap<>();
        for (String h : order) {
            Set<Integer> taken = new TreeSet<>();
            for (String n : adjacent.get(h)) {
                Integer used = result.get(n);
                if (used != null) {
                    taken.add(used);
                }
            }
            int start = Math.floorMod(h.hashCode(), colours);
            int chosen = start;
            for (int k = 0; k < colours; k++) {
                int candidate = (start + k) % colours;
                if (!taken.contains(candidate)) {
                    chosen = candidate;
                    break;
                }
            }
            result.put(h, chosen);
        }
        return result;
    }

    private static void link(Map<String, Set<String>> adjacent, String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        adjacent.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        adjacent.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }
}
