package org.balancedrealism.model;

import java.util.Arrays;

/**
 * A square table of figures between states (opinion, trust, hostility memory), indexed by state.
 * Copies share rows until one is written (copy on write, row by row), so a speculative copy of the world for a
 * move preview costs a few hundred pointer copies instead of the whole table.
 */
public final class PairTable {
    private final double[][] rows;
    private transient boolean[] owned;

    public PairTable(int size, double initial) {
        rows = new double[size][size];
        for (double[] row : rows) {
            Arrays.fill(row, initial);
        }
        owned = new boolean[size];
        Arrays.fill(owned, true);
    }

    private PairTable(double[][] rows) {
        this.rows = rows;
        this.owned = new boolean[rows.length];
    }

    public int size() {
        return rows.length;
    }

    public double get(int row, int col) {
        return rows[row][col];
    }

    /** Read-only view of a row: do not write into it. */
    public double[] row(int row) {
        return rows[row];
    }

    public void set(int row, int col, double value) {
        writable(row)[col] = value;
    }

    public void add(int row, int col, double delta) {
        writable(row)[col] += delta;
    }

    /** A row that may be written: cloned first if it is still shared with another copy. */
    public double[] writable(int row) {
        if (owned == null) {
            owned = new boolean[rows.length];
        }
        if (!owned[row]) {
            rows[row] = rows[row].clone();
            owned[row] = true;
        }
        return rows[row];
    }

    public PairTable copy() {
        if (owned != null) {
            Arrays.fill(owned, false);
        } else {
            owned = new boolean[rows.length];
        }
        return new PairTable(rows.clone());
    }
}
