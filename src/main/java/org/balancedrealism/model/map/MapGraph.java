package org.balancedrealism.model.map;

import org.balancedrealism.model.Geography;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Geography} of a map from its shapes' parts ({@link ShapeParts}): each land border joins the
 * parts that actually meet, each sea link the parts nearest its two coast points, and the parts of one shape are
 * joined to each other by sea routes whose length sets their cost ({@link Geography#routeHops}).
 */
public final class MapGraph {
    private MapGraph() {
    }

    /**
     * @param shapes the shapes in the world's territory order (territory {@code t} is {@code shapes.get(t)})
     * @param links  the map's sea links; links naming a shape not in {@code shapes} are skipped
     */
    public static Geography geography(List<MapCountry> shapes, List<SeaLink> links) {
        int t = shapes.size();
        String[] ids = new String[t];
        Map<String, Integer> index = new HashMap<>();
        ShapeParts[] parts = new ShapeParts[t];
        for (int i = 0; i < t; i++) {
            ids[i] = shapes.get(i).id();
            index.put(ids[i], i);
            parts[i] = ShapeParts.of(shapes.get(i));
        }
        Geography.Builder b = new Geography.Builder(ids);
        int[][] node = nodes(b, parts);
        for (int i = 0; i < t; i++) {
            for (int p = 0; p < parts[i].count(); p++) {
                for (int q = p + 1; q < parts[i].count(); q++) {
                    b.route(node[i][p], node[i][q], parts[i].distanceKm(p, q));
                }
            }
        }
        for (int i = 0; i < t; i++) {
            for (String nb : shapes.get(i).landNeighbours()) {
                Integer j = index.get(nb);
                if (j == null || j < i) {
                    continue;
                }
                for (int[] pair : meeting(parts[i], parts[j])) {
                    b.land(node[i][pair[0]], node[j][pair[1]]);
                }
            }
        }
        for (SeaLink l : links) {
            Integer i = index.get(l.a());
            Integer j = index.get(l.b());
            if (i != null && j != null) {
                b.sea(node[i][parts[i].nearest(l.fromLon(), l.fromLat())],
                        node[j][parts[j].nearest(l.toLon(), l.toLat())]);
            }
        }
        return b.build();
    }

    /** Node of each part: the main part is the territory's own node, overseas parts get new ones. */
    private static int[][] nodes(Geography.Builder b, ShapeParts[] parts) {
        int[][] node = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            node[i] = new int[parts[i].count()];
            node[i][0] = i;
            for (int p = 1; p < parts[i].count(); p++) {
                node[i][p] = b.addPart(i);
            }
        }
        return node;
    }

    /** The part pairs where two land neighbours meet; the closest pair when they share no border point. */
    private static List<int[]> meeting(ShapeParts a, ShapeParts b) {
        if (a.count() == 1 && b.count() == 1) {
            return List.of(new int[] {0, 0});
        }
        List<int[]> touching = ShapeParts.touching(a, b);
        return touching.isEmpty() ? List.of(ShapeParts.closest(a, b)) : touching;
    }
}
