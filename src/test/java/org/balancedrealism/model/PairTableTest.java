package org.balancedrealism.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A pair table that keeps its column writes apart holds, cell by cell and row by row, exactly what a plain table
 * given the same writes holds; and copies, the original's included, never see each other's writes.
 */
class PairTableTest {
    private static final int N = 9;

    private static PairTable filled(long seed) {
        Random r = new Random(seed);
        PairTable t = new PairTable(N, 0);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                t.set(i, j, r.nextGaussian() * 50);
            }
        }
        return t;
    }

    private static void assertSameFigures(PairTable expected, PairTable actual) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                assertEquals(Double.doubleToRawLongBits(expected.get(i, j)), Double.doubleToRawLongBits(actual.get(i, j)),
                        "cell " + i + "," + j);
            }
            assertArrayEquals(expected.row(i), actual.row(i), "row " + i);
        }
    }

    /** Applies the same random mix of cell writes, column writes and whole-row writes to both tables. */
    private static void write(Random r, PairTable a, PairTable b, int steps) {
        for (int k = 0; k < steps; k++) {
            int i = r.nextInt(N);
            int j = r.nextInt(N);
            double v = r.nextGaussian() * 10;
            switch (r.nextInt(4)) {
                case 0 -> {
                    a.set(i, j, v);
                    b.set(i, j, v);
                }
                case 1 -> {
                    a.add(i, j, v);
                    b.add(i, j, v);
                }
                case 2 -> { // an act: every observer's figure of one actor, read then written
                    for (int o = 0; o < N; o++) {
                        a.set(o, j, a.get(o, j) - v);
                        b.set(o, j, b.get(o, j) - v);
                    }
                }
                default -> {
                    a.writable(i)[j] *= 0.5;
                    b.writable(i)[j] *= 0.5;
                }
            }
        }
    }

    @Test
    void columnWritesKeptApartGiveTheFiguresPlainWritesGive() {
        for (long seed = 1; seed <= 20; seed++) {
            PairTable base = filled(seed);
            PairTable plain = base.copy();
            PairTable deferred = base.copy();
            deferred.deferColumnWrites();
            write(new Random(seed), plain, deferred, 40);
            assertSameFigures(plain, deferred);
            assertSameFigures(filled(seed), base);
        }
    }

    @Test
    void aCopyOfATableWithColumnsApartIsItsOwn() {
        PairTable base = filled(7);
        PairTable deferred = base.copy();
        deferred.deferColumnWrites();
        PairTable plain = base.copy();
        write(new Random(7), plain, deferred, 30);
        PairTable copy = deferred.copy();
        assertSameFigures(plain, copy);
        copy.set(2, 3, 1234);
        copy.writable(4)[5] = -1234;
        assertSameFigures(plain, deferred);
        deferred.set(3, 2, 99);
        plain.set(3, 2, 99);
        assertEquals(Double.doubleToRawLongBits(plain.get(3, 2)), Double.doubleToRawLongBits(deferred.get(3, 2)));
        assertEquals(1234, copy.get(2, 3));
        assertNotSame(deferred.row(0), copy.row(0));
    }

    @Test
    void writingACopyLeavesTheOriginalAsItWas() {
        PairTable base = filled(3);
        PairTable copy = base.copy();
        copy.deferColumnWrites();
        for (int o = 0; o < N; o++) {
            copy.add(o, 4, 5);
        }
        copy.writable(1)[1] = 42;
        assertSameFigures(filled(3), base);
    }

    @Test
    void aRowPutInWholeIsTheTablesOwnAndCopiesKeepTheOldRow() {
        PairTable t = filled(5);
        PairTable snapshot = t.copy();
        double[] before = snapshot.row(3).clone();
        double[] fresh = new double[N];
        java.util.Arrays.fill(fresh, 7);
        t.replaceRow(3, fresh);
        assertArrayEquals(before, snapshot.row(3), "the copy keeps the row it had");
        assertEquals(7, t.get(3, 4));
        t.set(3, 4, 8); // the table owns the new row: written in place, not copied again
        assertEquals(8, fresh[4]);
        assertArrayEquals(before, snapshot.row(3));
    }

    @Test
    void scalingATableLeavesItsCopiesAsTheyWere() {
        PairTable t = filled(6);
        PairTable snapshot = t.copy();
        PairTable expected = filled(6);
        t.set(2, 2, 1.5); // row 2 owned again, the others still shared with the snapshot
        expected.set(2, 2, 1.5);
        t.scale(0.5);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                expected.set(i, j, expected.get(i, j) * 0.5);
            }
        }
        assertSameFigures(expected, t);
        assertSameFigures(filled(6), snapshot);
    }

    @Test
    void scalingLeavesARowOfZerosAsItIsAndStillSharedWithCopies() {
        PairTable t = new PairTable(N, 0);
        t.set(4, 1, -0.0); // a −0 stays −0
        t.set(5, 2, 3);
        PairTable snapshot = t.copy();
        double[] zeros = t.row(4);
        t.scale(0.5);
        assertSame(zeros, t.row(4), "a row of zeros is not written anew");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.get(4, 1)));
        assertEquals(1.5, t.get(5, 2));
        assertEquals(3, snapshot.get(5, 2), "the copy keeps the row it had");
        t.scale(-1); // a negative factor turns +0 into −0: every row is scaled
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.get(0, 0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(snapshot.get(0, 0)));
    }
}
