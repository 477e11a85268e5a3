package org.balancedrealism.io;

import org.balancedrealism.engine.move.Move;
import org.balancedrealism.model.World;

import java.util.ArrayList;
import java.util.List;

/**
 * A save file (DESIGN §10): a versioned envelope around the world. The header comes first so the load screen can
 * show it; the world (which holds the seeded random generator and its state, the event log and the chart history)
 * comes last. Rules and map are never saved: the save names them and they are loaded again.
 */
public final class SaveGame {
    /**
     * The format this version of the game writes. Older formats migrate step by step ({@link SaveFormat}).
     * 1: plain JSON. 2: gzip-compressed JSON, moves as short lists ({@link CompactMoves}), long lists of figures as
     * base64 of their bits ({@link PackedNumbers}). 3: the order history packed, one deflated string per 64 turns
     * ({@link OrderHistory}), so a long game's save is smaller and reads without parsing a million small lists.
     */
    public static final int FORMAT = 3;

    public int format = FORMAT;
    /** Version of the game that wrote the file (for messages only). */
    public String gameVersion;
    /** Scenario id ("ukraine-2022"): the map and rules are loaded again from it. */
    public String scenario;
    public String scenarioTitle;
    /** Rules id and fingerprint ({@link RulesLoader#hash}) the game was played with. */
    public String rules;
    public String rulesHash;
    public long seed;
    /** Turns resolved (also in the world; repeated for the load screen). */
    public int turn;
    /** Date of the current turn, e.g. "2025-04" (for the load screen). */
    public String dateLabel;
    /** ISO-8601 instant the file was written: for display only, never read by the rules. */
    public String savedAt;
    /** Seats in hot-seat order; states without a seat are played by the AI. */
    public List<SeatEntry> seats = new ArrayList<>();
    /** Index into {@link #seats} of the seat whose turn it is (mid-round saves resume there). */
    public int currentSeat;
    /** Orders already planned this round, one list per seat (same order as {@link #seats}). */
    public List<List<Move>> planned = new ArrayList<>();
    /** Every resolved turn's orders (human and AI), turn 1 first: seed + these replay the game. */
    public OrderHistory orderHistory = new OrderHistory();
    /**
     * Private messages between seats and to the instructor, oldest first (added in format 1 without a new format
     * number: a file without the field has no messages).
     */
    public List<org.balancedrealism.model.Message> messages = new ArrayList<>();
    /**
     * The instructor's password hash, "" for an instructor without a password, null (or absent) for a game without an
     * instructor (added without a new format number, like {@link #messages}).
     */
    public String instructor;
    public World world;

    /** One seat as saved. */
    public record SeatEntry(String name, String state, boolean human, String passwordHash) {
    }
}
