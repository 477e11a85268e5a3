package org.balancedrealism.net;

/**
 * The host's answer to one request: an HTTP status and a JSON body. Refusals carry {@code "ok": false} and an
 * {@code "error"} in words; nothing was changed by a refused request.
 */
public record HostReply(int status, String json) {
}
