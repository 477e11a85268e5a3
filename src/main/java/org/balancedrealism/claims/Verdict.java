package org.balancedrealism.claims;

/** Whether one game bore a claim out, and in a few words why not. */
public record Verdict(boolean pass, String evidence) {
    public static Verdict pass(String evidence) {
        return new Verdict(true, evidence);
    }

    public static Verdict fail(String evidence) {
        return new Verdict(false, evidence);
    }

    public static Verdict of(boolean pass, String evidence) {
        return new Verdict(pass, evidence);
    }
}
