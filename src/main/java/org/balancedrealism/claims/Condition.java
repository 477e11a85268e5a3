package org.balancedrealism.claims;

/** What a claim states about one game, judged on that game's trace. One implementation per claim kind. */
public interface Condition {
    /** The kind as written in the scenario file ("coalition-against"). */
    String kind();

    Verdict judge(Trace trace);

    /** Asks the recorder for figures it does not keep by default (opinions of a state, who feels threatened). */
    default void watch(Watchlist watchlist) {
    }
}
