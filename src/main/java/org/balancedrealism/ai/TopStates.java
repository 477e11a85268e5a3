package org.balancedrealism.ai;

import java.util.Arrays;

/**
 * The few states with the largest key among those offered, largest first, an equal key after those offered before
 * it: the candidate rules keep the best two, three or four of a pass over every state, and keep only those few keys
 * (no array of a key per state for each decision).
 */
final class TopStates {
    private final int[] states;
    private final double[] keys;

    TopStates(int size) {
        states = new int[size];
        keys = new double[size];
        Arrays.fill(states, -1);
    }

    /** Takes {@code k} if its key is larger than one kept (or a place is free), pushing the smallest out. */
    void offer(int k, double key) {
        for (int x = 0; x < states.length; x++) {
            if (states[x] < 0 || key > keys[x]) {
                System.arraycopy(states, x, states, x + 1, states.length - x - 1);
                System.arraycopy(keys, x, keys, x + 1, keys.length - x - 1);
                states[x] = k;
                keys[x] = key;
                return;
            }
        }
    }

    /** The states kept, largest key first, then −1 for each place left free. */
    int[] states() {
        return states;
    }
}
