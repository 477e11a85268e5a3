package org.balancedrealism.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The map as a graph: land borders are 1 hop, sea links 1.5 hops (DESIGN §2). Computed once per map (all-pairs
 * shortest hops), immutable, shared by every game on that map.
 *
 * <p>The nodes are the <em>parts</em> of territories, not the territories: a territory whose shape holds
 * overseas land (France and French Guiana, the USA and Alaska) has one node per part, each carrying the borders
 * and sea links of that part only, and its parts are joined by a long sea {@linkplain #routeHops route}. So
 * France is still one hop from Brazil (through French Guiana) but Paris is not, and a path that reaches France
 * in South America does not carry on from Paris for free. {@link #hops} between two territories is the shortest
 * path between any of their parts. Territory {@code t} has its main part at node {@code t}; further parts follow.
 */
public final class Geography {
    public static final double LAND_HOP = 1.0;
    public static final double SEA_HOP = 1.5;
    /**
     * Length of a route between two parts of one territory that counts one sea hop. The map's longest sea lane
     * between two states (Tasman Sea, ≈ 1900 km) counts one sea hop, so a route up to 2000 km counts one too and
     * a longer one scales with its length: Alaska–Washington ≈ 1.5 hops, Hawaii–California ≈ 2.9,
     * France–French Guiana ≈ 5.
     */
    public static final double ROUTE_KM_PER_SEA_HOP = 2000;

    private final String[] ids;
    private final int[] partsPerTerritory;
    private final double[] hops;

    /**
     * A graph of whole territories (one part each).
     *
     * @param ids          territory ids, in the world's territory order
     * @param land         land-border pairs as index pairs
     * @param sea          sea-link pairs as index pairs
     */
    public Geography(String[] ids, List<int[]> land, List<int[]> sea) {
        this(builder(ids, land, sea));
    }

    private static Builder builder(String[] ids, List<int[]> land, List<int[]> sea) {
        Builder b = new Builder(ids);
        for (int[] e : land) {
            b.land(e[0], e[1]);
        }
        for (int[] e : sea) {
            b.sea(e[0], e[1]);
        }
        return b;
    }

    private Geography(Builder b) {
        this.ids = b.ids.clone();
        int t = ids.length;
        int nodes = b.territoryOfPart.size();
        int[] territoryOf = new int[nodes];
        partsPerTerritory = new int[t];
        for (int v = 0; v < nodes; v++) {
            territoryOf[v] = b.territoryOfPart.get(v);
            partsPerTerritory[territoryOf[v]]++;
        }
        Graph graph = new Graph(nodes, b.edges, b.costs);
        hops = new double[t * t];
        Arrays.fill(hops, Double.POSITIVE_INFINITY);
        double[] dist = new double[nodes];
        for (int s = 0; s < nodes; s++) {
            graph.dijkstra(s, dist);
            // a territory is as near as its nearest part
            int row = territoryOf[s] * t;
            for (int v = 0; v < nodes; v++) {
                int cell = row + territoryOf[v];
                if (dist[v] < hops[cell]) {
                    hops[cell] = dist[v];
                }
            }
        }
    }

    /** Hops of a sea route of this length between two parts of one territory (never less than one sea hop). */
    public static double routeHops(double km) {
        return SEA_HOP * Math.max(1, km / ROUTE_KM_PER_SEA_HOP);
    }

    public int size() {
        return ids.length;
    }

    public String id(int territory) {
        return ids[territory];
    }

    /** How many parts the territory's shape has (1 when it is all in one piece). */
    public int parts(int territory) {
        return partsPerTerritory[territory];
    }

    /** Hops between two territories: the shortest path between any of their parts (infinite if no path). */
    public double hops(int a, int b) {
        return hops[a * ids.length + b];
    }

    /**
     * Collects the nodes and edges of a map. Nodes {@code 0..ids.length-1} are the territories' main parts;
     * {@link #addPart} adds an overseas part.
     */
    public static final class Builder {
        private final String[] ids;
        private final List<Integer> territoryOfPart = new ArrayList<>();
        private final List<int[]> edges = new ArrayList<>();
        private final List<Double> costs = new ArrayList<>();

        public Builder(String[] ids) {
            this.ids = ids.clone();
            for (int t = 0; t < ids.length; t++) {
                territoryOfPart.add(t);
            }
        }

        /** A further part of a territory; returns its node. */
        public int addPart(int territory) {
            territoryOfPart.add(territory);
            return territoryOfPart.size() - 1;
        }

        /** A land border between two nodes. */
        public Builder land(int a, int b) {
            return edge(a, b, LAND_HOP);
        }

        /** A sea link between two nodes. */
        public Builder sea(int a, int b) {
            return edge(a, b, SEA_HOP);
        }

        /** The sea route between two parts of one territory, {@code km} apart. */
        public Builder route(int a, int b, double km) {
            return edge(a, b, routeHops(km));
        }

        private Builder edge(int a, int b, double cost) {
            edges.add(new int[] {a, b});
            costs.add(cost);
            return this;
        }

        public Geography build() {
            return new Geography(this);
        }
    }

    /** Adjacency lists over the part nodes, with Dijkstra from one source. */
    private static final class Graph {
        private final int[][] next;
        private final double[][] cost;

        Graph(int nodes, List<int[]> edges, List<Double> costs) {
            int[] degree = new int[nodes];
            for (int[] e : edges) {
                degree[e[0]]++;
                degree[e[1]]++;
            }
            next = new int[nodes][];
            cost = new double[nodes][];
            for (int v = 0; v < nodes; v++) {
                next[v] = new int[degree[v]];
                cost[v] = new double[degree[v]];
            }
            int[] fill = new int[nodes];
            for (int k = 0; k < edges.size(); k++) {
                int a = edges.get(k)[0];
                int b = edges.get(k)[1];
                double c = costs.get(k);
                next[a][fill[a]] = b;
                cost[a][fill[a]++] = c;
                next[b][fill[b]] = a;
                cost[b][fill[b]++] = c;
            }
        }

        /** Shortest hops from one node to every node, with a binary heap of node ids (no boxing). */
        void dijkstra(int source, double[] dist) {
            int n = next.length;
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            int[] heap = new int[n];
            int[] slot = new int[n];
            Arrays.fill(slot, -1);
            int size = 0;
            dist[source] = 0;
            heap[size] = source;
            slot[source] = size++;
            while (size > 0) {
                int u = heap[0];
                slot[u] = -2; // settled
                heap[0] = heap[--size];
                if (size > 0) {
                    slot[heap[0]] = 0;
                    down(heap, slot, size, dist, 0);
                }
                for (int k = 0; k < next[u].length; k++) {
                    int v = next[u][k];
                    double nd = dist[u] + cost[u][k];
                    if (slot[v] != -2 && nd < dist[v]) {
                        dist[v] = nd;
                        if (slot[v] < 0) {
                            heap[size] = v;
                            slot[v] = size++;
                        }
                        up(heap, slot, dist, slot[v]);
                    }
                }
            }
        }

        private static void up(int[] heap, int[] slot, double[] dist, int i) {
            int v = heap[i];
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (dist[heap[parent]] <= dist[v]) {
                    break;
                }
                heap[i] = heap[parent];
                slot[heap[i]] = i;
                i = parent;
            }
            heap[i] = v;
            slot[v] = i;
        }

        private static void down(int[] heap, int[] slot, int size, double[] dist, int i) {
            int v = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && dist[heap[child + 1]] < dist[heap[child]]) {
                    child++;
                }
                if (dist[heap[child]] >= dist[v]) {
                    break;
                }
                heap[i] = heap[child];
                slot[heap[i]] = i;
                i = child;
            }
            heap[i] = v;
            slot[v] = i;
        }
    }
}
