package org.balancedrealism.net;

/**
 * What a classroom host accepts from one seat: the largest request, how many requests and how many messages a minute.
 * These guard the host, not the game's balance, so they live here rather than in the rules file.
 *
 * @param maxRequestBytes   largest request body (a move, a message of {@code MessageBox.MAX_TEXT} characters)
 * @param requestsPerMinute requests one seat may make in a minute (planning, checks, previews: a busy student makes a
 *                          few dozen)
 * @param messagesPerMinute private messages one seat may send in a minute
 * @param presenceSeconds   how long a seat without an open push socket (a client that only makes requests) counts as
 *                          held after its last request; a seat whose socket is open is held while it is open
 */
public record HostLimits(int maxRequestBytes, int requestsPerMinute, int messagesPerMinute, int presenceSeconds) {
    /**
     * A client that only makes requests shows it is there by asking for its view now and then: a minute covers a
     * student reading the map between two orders, and a vanished one is taken over by the AI at most a minute later.
     */
    public static final int PRESENCE_SECONDS = 60;

    public static final HostLimits DEFAULT = new HostLimits(16 * 1024, 600, 20, PRESENCE_SECONDS);

    /** Limits with the usual presence window ({@link #PRESENCE_SECONDS}). */
    public HostLimits(int maxRequestBytes, int requestsPerMinute, int messagesPerMinute) {
        this(maxRequestBytes, requestsPerMinute, messagesPerMinute, PRESENCE_SECONDS);
    }
}
