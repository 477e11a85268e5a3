package org.balancedrealism.model;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The map as a graph of territories: land borders are 1 hop, sea links 1.5 hops (DESIGN §2). Computed once per
 * map (all-pairs shortest hops), immutable, shared by every game on that map.
 */
public final class Geography {
    public static final double LAND_HOP = 1.0;
    public static final double SEA_HOP = 1.5;

    private final String[] ids;
    private final double[] hops;

    /**
     * @param ids          territory ids, in the world's territory order
     * @param land         land-border pairs as index pairs
     * @param sea          sea-link pairs as index pairs
     */
    public Geography(String[] ids, List<int[]> land, List<int[]> sea) {
        this.ids = ids.clone();
        int t = ids.length;
        double[][] edgeCost = new double[t][];
        int[][] edges = new int[t][];
        int[] degree = new int[t];
        for (int[] e : land) {
            degree[e[0]]++;
            degree[e[1]]++;
        }
        for (int[] e : sea) {
            degree[e[0]]++;
            degree[e[1]]++;
        }
        for (int i = 0; i < t; i++) {
            edges[i] = new int[degree[i]];
            edgeCost[i] = new double[degree[i]];
        }
        int[] fill = new int[t];
        for (int[] e : land) {
            link(edges, edgeCost, fill, e[0], e[1], LAND_HOP);
        }
        for (int[] e : sea) {
            link(edges, edgeCost, fill, e[0], e[1], SEA_HOP);
        }
        hops = new double[t * t];
        Arrays.fill(hops, Double.POSITIVE_INFINITY);
        for (int s = 0; s < t; s++) {
            dijkstra(s, edges, edgeCost);
        }
    }

    private static void link(int[][] edges, double[][] cost, int[] fill, int a, int b, double c) {
        edges[a][fill[a]] = b;
        cost[a][fill[a]++] = c;
        edges[b][fill[b]] = a;
        cost[b][fill[b]++] = c;
    }

    private void dijkstra(int source, int[][] edges, double[][] cost) {
        int t = ids.length;
        double[] dist = new double[t];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0])
                : Double.compare(x[1], y[1]));
        queue.add(new double[] {0, source});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            for (int k = 0; k < edges[u].length; k++) {
                int v = edges[u][k];
                double nd = dist[u] + cost[u][k];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    queue.add(new double[] {nd, v});
                }
            }
        }
        System.arraycopy(dist, 0, hops, source * t, t);
    }

    public int size() {
        return ids.length;
    }

    public String id(int territory) {
        return ids[territory];
    }

    /** Hops between two territories (infinite if no path). */
    public double hops(int a, int b) {
        return hops[a * ids.length + b];
    }
}
