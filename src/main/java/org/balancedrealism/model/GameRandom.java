package org.balancedrealism.model;

/**
 * The one random source of a game (xoshiro256**), kept in the world and saved with it, so a game replays from its
 * seed and orders. Every draw names its purpose, which documents each call site and helps when a replay diverges.
 */
public final class GameRandom {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private long draws;

    public GameRandom(long seed) {
        long x = seed;
        s0 = splitMix(x += 0x9E3779B97F4A7C15L);
        s1 = splitMix(x += 0x9E3779B97F4A7C15L);
        s2 = splitMix(x += 0x9E3779B97F4A7C15L);
        s3 = splitMix(x + 0x9E3779B97F4A7C15L);
    }

    private GameRandom(GameRandom other) {
        s0 = other.s0;
        s1 = other.s1;
        s2 = other.s2;
        s3 = other.s3;
        draws = other.draws;
    }

    /** True if the state is all zeros: xoshiro then returns 0 forever (only a damaged save can hold it). */
    public boolean isStuck() {
        return (s0 | s1 | s2 | s3) == 0;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        draws++;
        return result;
    }

    /** Uniform in [0, 1). */
    public double uniform(String purpose) {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double between(String purpose, double lo, double hi) {
        return lo + (hi - lo) * uniform(purpose);
    }

    /** True with probability p. */
    public boolean chance(String purpose, double p) {
        return uniform(purpose) < p;
    }

    /** Standard normal (Box–Muller, one value per call so the stream stays simple to replay). */
    public double gaussian(String purpose) {
        double u1 = Math.max(uniform(purpose), 1e-300);
        double u2 = uniform(purpose);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Uniform integer in [0, bound). */
    public int below(String purpose, int bound) {
        return (int) Math.floor(uniform(purpose) * bound);
    }

    /** Draws made so far (shown in saves and replay diagnostics). */
    public long draws() {
        return draws;
    }

    public GameRandom copy() {
        return new GameRandom(this);
    }

    /** A derived generator for a speculative computation that must not consume the game's stream. */
    public GameRandom fork(long salt) {
        GameRandom f = new GameRandom(this);
        f.s0 ^= splitMix(salt);
        f.s3 ^= splitMix(salt + 1);
        return f;
    }
}
