package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.engine.move.MoveKind;

import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Every resolved turn's orders, turn 1 first, kept complete (a game replays and branches from its seed and these)
 * but compact: a long game resolves a few hundred orders a turn, and as {@link Move} objects they were most of a
 * long game's memory (33 MB of 47 at turn 2,600). Here a turn is a run of bytes (kind, then the ids as small numbers
 * into a table of the ids seen, then the figures only when they are set), about 4 bytes an order, and every
 * {@value #BLOCK} turns are deflated together; a turn's moves are made again only when asked for ({@link #get}).
 * <p>
 * A list of lists like any other for its readers (replays, branching, the debrief, equality in tests); {@link #add}
 * appends a turn, other changes are refused. {@link #copy} is cheap (the bytes are shared, never changed once
 * written), so a save can hold a snapshot while the game goes on, and a save writes the blocks as they are
 * ({@link #FACTORY}); the kinds go by name there, so only this class knows the byte layout.
 */
public final class OrderHistory extends AbstractList<List<Move>> implements RandomAccess {
    private static final MoveKind[] KINDS = MoveKind.values();
    private static final int TARGET = 1;
    private static final int PARTNERS = 2;
    private static final int TERRITORY = 4;
    private static final int AMOUNT = 8;
    private static final int SUBJECT = 16;

    /** Turns per block: a full block is deflated (about a third of its size), the last one stays as it is. */
    static final int BLOCK = 64;

    /** The full blocks, deflated; never changed once written (copies share them). */
    private byte[][] blocks = new byte[8][];
    private int blockCount;
    /** Where turn k's bytes start within its block; it ends where turn k+1 starts (or at its block's end). */
    private int[] starts = new int[BLOCK];
    private int turns;
    /** The bytes of the block being filled (turns {@code blockCount * BLOCK} on). */
    private byte[] tail = new byte[1024];
    private int tailLength;
    /** False for a copy until it first appends: {@link #blocks} and {@link #starts} are then still the original's. */
    private boolean ownsArrays = true;
    private String[] names = new String[64];
    private int nameCount;
    private Map<String, Integer> nameIndex = new HashMap<>();
    /** The last full block inflated (replays read turn after turn). */
    private int openBlock = -1;
    private byte[] openBytes;

    public OrderHistory() {
    }

    /**
     * Reads and writes a history in a save (format 3): {@code {"ids": [...], "kinds": [...], "orders": [...]}}, each
     * string of {@code orders} the base64 of a block of {@value #BLOCK} turns (the last may hold fewer) deflated as
     * they are kept here, ids and kinds numbered by the two lists (kinds by name, so a later version may add or
     * reorder kinds). A long game's orders are then a few dozen strings instead of a million small lists to parse,
     * about a third of their size. A damaged block is refused (as a {@link JsonParseException}, which the save's reader
     * turns into a message naming the turn it starts at).
     */
    static final TypeAdapterFactory FACTORY = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != OrderHistory.class) {
                return null;
            }
            return (TypeAdapter<T>) new TypeAdapter<OrderHistory>() {
                @Override
                public void write(JsonWriter out, OrderHistory h) throws IOException {
                    if (h == null) {
                        out.nullValue();
                        return;
                    }
                    synchronized (h) {
                        out.beginObject();
                        out.name("ids").beginArray();
                        for (int k = 0; k < h.nameCount; k++) {
                            out.value(h.names[k]);
                        }
                        out.endArray();
                        out.name("kinds").beginArray();
                        for (MoveKind kind : KINDS) {
                            out.value(kind.name());
                        }
                        out.endArray();
                        out.name("orders").beginArray();
                        for (int b = 0; b < h.blockCount; b++) {
                            AsciiJsonOutput.base64(out, h.blocks[b]);
                        }
                        if (h.turns > h.blockCount * BLOCK) {
                            AsciiJsonOutput.base64(out, deflate(h.tail, h.tailLength));
                        }
                        out.endArray();
                        out.endObject();
                    }
                }

                @Override
                public OrderHistory read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    List<String> ids = new ArrayList<>();
                    List<String> kindNames = new ArrayList<>();
                    List<String> orders = new ArrayList<>();
                    in.beginObject();
                    while (in.hasNext()) {
                        String key = in.nextName();
                        List<String> into = switch (key) {
                            case "ids" -> ids;
                            case "kinds" -> kindNames;
                            case "orders" -> orders;
                            default -> throw new JsonParseException("the order history has an unknown key '" + key + "'");
                        };
                        in.beginArray();
                        while (in.hasNext()) {
                            into.add(in.nextString());
                        }
                        in.endArray();
                    }
                    in.endObject();
                    if (kindNames.size() > 127) {
                        throw new JsonParseException("the order history lists too many kinds of order");
                    }
                    MoveKind[] kinds = new MoveKind[kindNames.size()];
                    for (int k = 0; k < kinds.length; k++) {
                        try {
                            kinds[k] = MoveKind.valueOf(kindNames.get(k));
                        } catch (IllegalArgumentException e) {
                            throw new JsonParseException("the order history names an unknown kind of order '"
                                    + kindNames.get(k) + "'");
                        }
                    }
                    String[] names = ids.toArray(new String[0]);
                    OrderHistory h = new OrderHistory();
                    java.util.Base64.Decoder base64 = java.util.Base64.getDecoder();
                    for (int b = 0; b < orders.size(); b++) {
                        int first = h.size() + 1;
                        try {
                            byte[] bytes = inflate(base64.decode(orders.get(b)), MAX_BLOCK_BYTES);
                            Reader r = new Reader(bytes, 0, names);
                            int inBlock = 0;
                            while (r.at < bytes.length) {
                                if (++inBlock > BLOCK) {
                                    throw new IllegalArgumentException("more turns than a block holds");
                                }
                                h.add(decode(r, kinds));
                            }
                            if (inBlock != BLOCK && b < orders.size() - 1 || inBlock == 0) {
                                throw new IllegalArgumentException("a block of the wrong length");
                            }
                        } catch (RuntimeException e) {
                            throw new JsonParseException("the order history is damaged from turn " + first + " on");
                        }
                    }
                    return h;
                }
            };
        }
    };

    /** A compact history holding {@code turns} (any list of turns, each a list of moves). */
    public static OrderHistory of(List<? extends List<Move>> turns) {
        if (turns instanceof OrderHistory h) {
            return h.copy();
        }
        OrderHistory h = new OrderHistory();
        for (List<Move> t : turns) {
            h.add(t);
        }
        return h;
    }

    /** A snapshot of the turns so far: later turns added to either one do not show in the other. */
    public synchronized OrderHistory copy() {
        OrderHistory c = new OrderHistory();
        c.blocks = blocks;
        c.blockCount = blockCount;
        c.starts = starts;
        c.turns = turns;
        c.tail = Arrays.copyOf(tail, Math.max(tailLength, 16));
        c.tailLength = tailLength;
        c.ownsArrays = false;
        c.names = Arrays.copyOf(names, names.length);
        c.nameCount = nameCount;
        c.nameIndex = new HashMap<>(nameIndex);
        return c;
    }

    /** The first {@code n} turns (a snapshot, like {@link #copy}). */
    public synchronized OrderHistory first(int n) {
        if (n < 0 || n > turns) {
            throw new IndexOutOfBoundsException("turn " + n + " of " + turns);
        }
        OrderHistory c = copy();
        int block = n / BLOCK;
        if (block < blockCount) {
            byte[] raw = inflate(block);
            int end = n % BLOCK == 0 ? 0 : starts[n];
            c.blockCount = block;
            c.tail = Arrays.copyOf(raw, Math.max(end, 16));
            c.tailLength = end;
        } else if (n < turns) {
            c.tailLength = starts[n];
        }
        c.turns = n;
        return c;
    }

    @Override
    public synchronized int size() {
        return turns;
    }

    /** Bytes the orders take (for the soak report). */
    public synchronized long encodedBytes() {
        long total = tailLength + 4L * starts.length + 16L * blockCount;
        for (int b = 0; b < blockCount; b++) {
            total += blocks[b].length;
        }
        return total;
    }

    /** Turn {@code k}'s orders (turn k+1 of the game), made again from their bytes. */
    @Override
    public synchronized List<Move> get(int k) {
        if (k < 0 || k >= turns) {
            throw new IndexOutOfBoundsException("turn " + k + " of " + turns);
        }
        return decode(k / BLOCK < blockCount ? inflate(k / BLOCK) : tail, starts[k], -1, names, KINDS);
    }

    /**
     * One turn's moves from {@code bytes} at {@code at} (ending exactly at {@code end} unless that is -1), its ids and
     * kinds numbered by {@code names} and {@code kinds}; throws {@link RuntimeException}s for bytes that are not such
     * a turn (a damaged save).
     */
    private static List<Move> decode(byte[] bytes, int at, int end, String[] names, MoveKind[] kinds) {
        Reader r = new Reader(bytes, at, names);
        List<Move> moves = decode(r, kinds);
        if (end >= 0 && r.at != end) {
            throw new IllegalArgumentException("bytes left over after the turn's orders");
        }
        return moves;
    }

    /** One turn's moves from where {@code r} stands, leaving it after them. */
    private static List<Move> decode(Reader r, MoveKind[] kinds) {
        byte[] bytes = r.bytes;
        int count = r.varint();
        if (count > (bytes.length - r.at) / 3 + 1) {
            throw new IllegalArgumentException("more orders than the turn's bytes can hold");
        }
        List<Move> moves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MoveKind kind = kinds[r.bytes[r.at++]];
            int flags = r.bytes[r.at++];
            if (kind == null || (flags & ~(TARGET | PARTNERS | TERRITORY | AMOUNT | SUBJECT)) != 0) {
                throw new IllegalArgumentException("an order of an unknown kind");
            }
            String actor = r.name();
            String target = (flags & TARGET) != 0 ? r.name() : null;
            List<String> partners = List.of();
            if ((flags & PARTNERS) != 0) {
                int n = r.varint();
                if (n > bytes.length - r.at) {
                    throw new IllegalArgumentException("more partners than the turn's bytes can hold");
                }
                String[] p = new String[n];
                for (int j = 0; j < p.length; j++) {
                    p[j] = r.name();
                }
                partners = List.of(p);
            }
            String territory = (flags & TERRITORY) != 0 ? r.name() : null;
            double amount = (flags & AMOUNT) != 0 ? Double.longBitsToDouble(r.fixed64()) : 0;
            int subject = (flags & SUBJECT) != 0 ? zagzig(r.varint()) : 0;
            moves.add(new Move(kind, actor, target, partners, territory, amount, subject));
        }
        return moves;
    }

    /** Appends one turn's orders (none may be null, nor name a null actor). */
    @Override
    public synchronized boolean add(List<Move> moves) {
        if (!ownsArrays) {
            blocks = Arrays.copyOf(blocks, Math.max(8, blockCount + blockCount / 2 + 1));
            starts = Arrays.copyOf(starts, Math.max(BLOCK, turns + turns / 2 + 1));
            ownsArrays = true;
        }
        if (turns == starts.length) {
            starts = Arrays.copyOf(starts, turns * 2);
        }
        int start = tailLength;
        try {
            varint(moves.size());
            for (Move m : moves) {
                if (m == null || m.kind() == null || m.actor() == null) {
                    throw new IllegalArgumentException("an order without kind or actor cannot be kept in the history");
                }
                int flags = (m.target() != null ? TARGET : 0) | (!m.partners().isEmpty() ? PARTNERS : 0)
                        | (m.territory() != null ? TERRITORY : 0) | (m.amount() != 0 ? AMOUNT : 0)
                        | (m.subject() != 0 ? SUBJECT : 0);
                put((byte) m.kind().ordinal());
                put((byte) flags);
                name(m.actor());
                if (m.target() != null) {
                    name(m.target());
                }
                if (!m.partners().isEmpty()) {
                    varint(m.partners().size());
                    for (String p : m.partners()) {
                        name(p);
                    }
                }
                if (m.territory() != null) {
                    name(m.territory());
                }
                if (m.amount() != 0) {
                    long bits = Double.doubleToRawLongBits(m.amount());
                    for (int b = 0; b < 8; b++) {
                        put((byte) (bits >>> (8 * b)));
                    }
                }
                if (m.subject() != 0) {
                    varint(zigzag(m.subject()));
                }
            }
        } catch (RuntimeException e) {
            tailLength = start; // a refused turn leaves nothing behind
            throw e;
        }
        starts[turns++] = start;
        if (turns % BLOCK == 0) {
            seal();
        }
        modCount++;
        return true;
    }

    /** The block being filled is full: deflate it and start the next. */
    private void seal() {
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockCount * 2);
        }
        blocks[blockCount++] = deflate(tail, tailLength);
        tail = new byte[Math.max(1024, tailLength)];
        tailLength = 0;
    }

    /** Block {@code b}'s bytes as they were before deflating (the last one asked for is kept). */
    private byte[] inflate(int b) {
        if (b != openBlock) {
            openBytes = inflate(blocks[b], Integer.MAX_VALUE);
            openBlock = b;
        }
        return openBytes;
    }

    /** Most bytes a block of a save may inflate to (a real one holds about 100 KB): more is a damaged file. */
    private static final int MAX_BLOCK_BYTES = 16 << 20;

    private static byte[] deflate(byte[] bytes, int length) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(bytes, 0, length);
            d.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** {@code bytes} inflated, refusing damaged data and more than {@code max} bytes. */
    private static byte[] inflate(byte[] bytes, int max) {
        Inflater f = new Inflater();
        try {
            f.setInput(bytes);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length * 4);
            byte[] buf = new byte[8192];
            while (!f.finished()) {
                int n = f.inflate(buf);
                if (n == 0 && (f.needsInput() || f.needsDictionary())) {
                    throw new IllegalStateException("a block of the order history is cut short");
                }
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw new IllegalStateException("a block of the order history is too large");
                }
            }
            return out.toByteArray();
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException("a block of the order history is damaged", e);
        } finally {
            f.end();
        }
    }

    private void name(String s) {
        Integer k = nameIndex.get(s);
        if (k == null) {
            if (nameCount == names.length) {
                names = Arrays.copyOf(names, nameCount * 2);
            }
            k = nameCount;
            names[nameCount++] = s;
            nameIndex.put(s, k);
        }
        varint(k);
    }

    private void varint(int v) {
        while ((v & ~0x7f) != 0) {
            put((byte) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        put((byte) v);
    }

    private void put(byte b) {
        if (tailLength == tail.length) {
            tail = Arrays.copyOf(tail, tail.length * 2);
        }
        tail[tailLength++] = b;
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int zagzig(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Reads one turn from {@code at} in {@code bytes}. */
    private static final class Reader {
        final byte[] bytes;
        final String[] names;
        int at;

        Reader(byte[] bytes, int at, String[] names) {
            this.bytes = bytes;
            this.at = at;
            this.names = names;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                v |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        long fixed64() {
            long v = 0;
            for (int b = 0; b < 8; b++) {
                v |= (bytes[at++] & 0xffL) << (8 * b);
            }
            return v;
        }

        String name() {
            String s = names[varint()];
            if (s == null) {
                throw new IllegalArgumentException("an order names an id the history does not hold");
            }
            return s;
        }
    }
}
