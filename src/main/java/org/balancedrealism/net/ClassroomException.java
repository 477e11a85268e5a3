package org.balancedrealism.net;

/** A classroom request that did not succeed, with the reason in words (the host's own, or why it was not reached). */
public final class ClassroomException extends Exception {
    private final int status;

    public ClassroomException(String message) {
        this(message, 0);
    }

    public ClassroomException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The host's HTTP status (401 unknown token, 409 replayed, 429 too many…), or 0 when the host was not reached. */
    public int status() {
        return status;
    }
}
