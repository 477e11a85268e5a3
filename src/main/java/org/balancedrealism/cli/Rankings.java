package org.balancedrealism.cli;

import org.balancedrealism.model.World;

/** Indices of the states with the largest values, for summaries (ties broken by state order). */
final class Rankings {
    private Rankings() {
    }

    static int[] top(World w, double[] values, int count) {
        Integer[] idx = new Integer[w.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(values[b], values[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[Math.min(count, idx.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
