package org.balancedrealism.net;

/** Where the host pushes one connected client's messages (a WebSocket; tests use a list). */
public interface Outbox {
    /** Sends one JSON text; must not throw (a vanished client is simply detached). */
    void send(String json);

    /** Closes the connection (the seat was taken over by a new join). */
    void close();
}
