package org.balancedrealism.claims;

/**
 * How a claim fared over the seeds played.
 *
 * @param passes          seeds that bore it out
 * @param seeds           seeds played
 * @param comparePasses   for a claim comparing two rule sets: seeds passing under the other rules, else -1
 * @param failedSeed      the first seed (in seed order) that did not bear it out, or -1
 * @param failedEvidence  why that seed did not, or null
 * @param passed          whether the claim holds: its pass rate reaches the required rate (or, when comparing,
 *                        it passes in more seeds than under the other rules)
 */
public record ClaimResult(Claim claim, int passes, int seeds, int comparePasses, long failedSeed, String failedEvidence,
                          boolean passed) {
    public double rate() {
        return seeds == 0 ? 0 : (double) passes / seeds;
    }

    public WilsonInterval interval() {
        return WilsonInterval.of(passes, seeds);
    }

    public boolean compares() {
        return comparePasses >= 0;
    }
}
