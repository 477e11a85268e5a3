package org.balancedrealism.claims;

/**
 * The Wilson score interval of a pass rate: unlike the normal approximation it stays inside 0–1 and is sensible
 * for 0 or n passes out of n, which claims often have.
 */
public record WilsonInterval(double low, double high) {
    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(int passes, int trials) {
        return of(passes, trials, Z95);
    }

    public static WilsonInterval of(int passes, int trials, double z) {
        if (trials <= 0) {
            return new WilsonInterval(0, 1);
        }
        double p = (double) passes / trials;
        double z2 = z * z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
