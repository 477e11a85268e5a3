package org.balancedrealism.net;

/**
 * The host's sense of time, for turn deadlines and rate limits only (the game itself never reads a clock). Tests
 * pass a clock they move by hand, so nothing waits for real seconds.
 */
@FunctionalInterface
public interface HostClock {
    long millis();

    HostClock SYSTEM = System::currentTimeMillis;
}
