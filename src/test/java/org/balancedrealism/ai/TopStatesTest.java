package org.balancedrealism.ai;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The candidate rules' "best few of a pass": the largest keys first, an equal key after those offered before it. */
class TopStatesTest {

    @Test
    void theLargestKeysAreKeptLargestFirstAndATieGoesToTheStateOfferedFirst() {
        TopStates top = new TopStates(3);
        double[] keys = {0.2, 0.9, 0.5, 0.9, 0.1, 0.7};
        for (int k = 0; k < keys.length; k++) {
            top.offer(k, keys[k]);
        }
        assertArrayEquals(new int[] {1, 3, 5}, top.states());
    }

    @Test
    void placesLeftFreeReadMinusOne() {
        TopStates top = new TopStates(4);
        top.offer(7, 0.3);
        top.offer(2, 0.6);
        assertArrayEquals(new int[] {2, 7, -1, -1}, top.states());
    }
}
