package org.balancedrealism.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A player's chair: a name, the state it plays, human or AI, and an optional password (kept only as a hash) so a
 * hot-seat player can keep the others out of its turn.
 *
 * @param name         shown on the curtain screen ("Pass to Alice (Russia)")
 * @param stateId      id of the state played
 * @param human        true for a human seat; states without a seat, and AI seats, are played by the order source
 * @param passwordHash hex SHA-256 made by {@link #hash(String, String)}, or null for no password
 */
public record Seat(String name, String stateId, boolean human, String passwordHash) {
    public Seat {
        Objects.requireNonNull(stateId, "stateId");
        name = name == null || name.isBlank() ? stateId : name;
    }

    /** A human seat without a password. */
    public static Seat human(String name, String stateId) {
        return new Seat(name, stateId, true, null);
    }

    /** A human seat guarded by a password (only its hash is kept). */
    public static Seat human(String name, String stateId, String password) {
        return new Seat(name, stateId, true, password == null || password.isEmpty() ? null : hash(stateId, password));
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** True if the seat has no password or {@code password} is its password. */
    public boolean accepts(String password) {
        return passwordHash == null || (password != null && passwordHash.equals(hash(stateId, password)));
    }

    /** The stored form of a password: salted with the state id so equal passwords differ between seats. */
    public static String hash(String stateId, String password) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("balanced-realism:" + stateId + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
