package org.balancedrealism.model;

import java.util.Arrays;

/**
 * A square table of figures between states (opinion, trust, hostility memory), indexed by state.
 * Copies share rows until one is written (copy on write, row by row), so a speculative copy of the world for a
 * move preview costs a few hundred pointer copies instead of the whole table.
 * <p>
 * A table may be told to {@link #deferColumnWrites keep its column writes apart}: then a cell written goes into a copy
 * of its column instead of unsharing its row, so an act that writes one column (what every observer now thinks of
 * the actor) copies one column instead of every row.
 */
public final class PairTable {
    private final double[][] rows;
    private transient boolean[] owned;
    /** Whether cell writes go to {@link #columns} (see {@link #deferColumnWrites}). */
    private transient boolean byColumn;
    /** Per column, null or its current figures, which {@link #rows} do not hold yet; null if no column is apart. */
    private transient double[][] columns;

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
        double[][] apart = columns;
        if (apart != null) {
            double[] column = apart[col];
            if (column != null) {
                return column[row];
            }
        }
        return rows[row][col];
    }

    /** Read-only view of a row: do not write into it. */
    public double[] row(int row) {
        return columns == null ? rows[row] : merged(row);
    }

    public void set(int row, int col, double value) {
        if (byColumn) {
            column(col)[row] = value;
        } else {
            writable(row)[col] = value;
        }
    }

    public void add(int row, int col, double delta) {
        if (byColumn) {
            column(col)[row] += delta;
        } else {
            writable(row)[col] += delta;
        }
    }

    /**
     * From now on, cells written go into a copy of their column, and rows are merged only when read as rows or
     * written whole. For a scratch copy read cell by cell and then dropped (a move preview): the columns are not
     * saved, and a copy of this table is made of merged rows.
     */
    public void deferColumnWrites() {
        byColumn = true;
    }

    /** A row that may be written: cloned first if it is still shared with another copy. */
    public double[] writable(int row) {
        if (columns != null) {
            mergeColumns();
        }
        if (owned == null) {
            owned = new boolean[rows.length];
        }
        if (!owned[row]) {
            rows[row] = rows[row].clone();
            owned[row] = true;
        }
        return rows[row];
    }

    /**
     * Puts {@code values} in as row {@code row}, this table's own from now on: for a writer that works out a whole row
     * anew, which then costs no copy of the row it replaces (shared or not). The caller keeps no reference to write.
     */
    public void replaceRow(int row, double[] values) {
        if (columns != null) {
            mergeColumns();
        }
        if (owned == null) {
            owned = new boolean[rows.length];
        }
        rows[row] = values;
        owned[row] = true;
    }

    /**
     * Every cell times {@code factor} (memories fading): a row this table owns is scaled in place, one still shared
     * with a copy is written anew as the scaled figures, rather than first copied as it is and then scaled. A row of
     * zeros alone (most rows of good deeds remembered: few states give aid) is left as it is, shared or not: a factor
     * of +0 or more, finite, keeps every zero exactly, its sign included.
     */
    public void scale(double factor) {
        if (columns != null) {
            mergeColumns();
        }
        long bits = Double.doubleToRawLongBits(factor);
        boolean keepsZeros = bits >= 0 && bits < 0x7FF0000000000000L; // sign bit clear, finite
        for (int r = 0; r < rows.length; r++) {
            double[] row = rows[r];
            if (keepsZeros && zeros(row)) {
                continue;
            }
            double[] out = owned != null && owned[r] ? row : new double[row.length];
            for (int c = 0; c < row.length; c++) {
                out[c] = row[c] * factor;
            }
            replaceRow(r, out);
        }
    }

    /** True if every figure of {@code row} is +0 or −0. */
    private static boolean zeros(double[] row) {
        for (double x : row) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    public PairTable copy() {
        if (columns != null) { // the copy gets merged rows of its own; this table stays as it is (others may read it)
            double[][] merged = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                merged[r] = merged(r);
            }
            PairTable t = new PairTable(merged);
            Arrays.fill(t.owned, true);
            return t;
        }
        if (owned != null) {
            Arrays.fill(owned, false);
        } else {
            owned = new boolean[rows.length];
        }
        return new PairTable(rows.clone());
    }

    /** Column {@code col} apart from the rows, copied from them the first time. */
    private double[] column(int col) {
        if (columns == null) {
            columns = new double[rows.length][];
        }
        double[] column = columns[col];
        if (column == null) {
            column = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                column[r] = rows[r][col];
            }
            columns[col] = column;
        }
        return column;
    }

    /** A new array: row {@code row} with the columns kept apart written in. */
    private double[] merged(int row) {
        double[] out = rows[row].clone();
        double[][] apart = columns;
        for (int c = 0; c < apart.length; c++) {
            if (apart[c] != null) {
                out[c] = apart[c][row];
            }
        }
        return out;
    }

    /** Writes the columns kept apart into the rows (unsharing them) and drops them. */
    private void mergeColumns() {
        double[][] apart = columns;
        columns = null;
        for (int c = 0; c < apart.length; c++) {
            if (apart[c] != null) {
                for (int r = 0; r < rows.length; r++) {
                    writable(r)[c] = apart[c][r];
                }
            }
        }
    }
}
