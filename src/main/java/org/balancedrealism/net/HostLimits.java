package org.balancedrealism.net;

/**
 * What a classroom host accepts from one seat: the largest request, how many requests and how many messages a minute.
 * These guard the host, not the game's balance, so they live here rather than in the rules file.
 *
 * @param maxRequestBytes   largest request body (a move, a message of {@code MessageBox.MAX_TEXT} characters)
 * @param requestsPerMinute requests one seat may make in a minute (planning, checks, previews: a busy student makes a
 *                          few dozen)
 * @param messagesPerMinute private messages one seat may send in a minute
 */
public record HostLimits(int maxRequestBytes, int requestsPerMinute, int messagesPerMinute) {
    public static final HostLimits DEFAULT = new HostLimits(16 * 1024, 600, 20);
}
