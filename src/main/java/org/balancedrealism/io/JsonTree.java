package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a data file (scenario, save) into a JSON tree within limits: at most {@code maxBytes} of UTF-8 text, at most
 * {@code maxDepth} levels of nesting, no key given twice in one object. A file outside them is refused with a
 * message in words (the file's size, the line of the problem), never with the parser's own text, and before it can
 * use much memory: a 50 MB scenario or a save nested ten thousand levels deep stops at the limit.
 */
public final class JsonTree {
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private JsonTree() {
    }

    /** Reads all of {@code in} (closing it), refusing more than {@code maxBytes}. */
    public static byte[] bytes(InputStream in, long maxBytes, String file, String kind) throws DataFileException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new DataFileException(file, null, "is too large for " + kind + " (more than "
                            + megabytes(maxBytes) + "); it is probably not " + kind + ", or it is damaged");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException | java.util.zip.ZipException e) {
            throw new DataFileException(file, null, "is cut short or damaged (its compressed data is incomplete)", e);
        } catch (IOException e) {
            throw new DataFileException(file, null, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes UTF-8 strictly: a file in another encoding is named as such, not as a decoder error. */
    public static String text(byte[] bytes, String file) throws DataFileException {
        // the plain constructor is several times faster (a save is megabytes of ASCII); it replaces bad bytes with
        // U+FFFD, so only text holding that character needs the strict decoder to tell a bad file from a real one
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new DataFileException(file, null, "is not UTF-8 text (it was probably saved in another encoding, "
                    + "such as Latin-1 or UTF-16); save it again as UTF-8", e);
        }
    }

    /** Parses {@code text} into a tree at most {@code maxDepth} levels deep. */
    public static JsonElement parse(String text, String file, int maxDepth) throws DataFileException {
        if (text.isBlank()) {
            throw new DataFileException(file, null, "is empty");
        }
        JsonReader r = new JsonReader(new StringReader(text));
        // lenient so that NaN and Infinity are read and then refused by name, field by field
        r.setStrictness(Strictness.LENIENT);
        try {
            JsonElement root = read(r, file, null, 0, maxDepth);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(file, null, "has more text after the end of its data" + where(r));
            }
            return root;
        } catch (EOFException e) {
            throw new DataFileException(file, null, "is not valid JSON: it is cut short, the file ends in the middle of its data", e);
        } catch (MalformedJsonException | NumberFormatException | IllegalStateException e) {
            throw new DataFileException(file, null, "is not valid JSON" + where(e.getMessage())
                    + " (a missing comma, quote or bracket?)", e);
        } catch (IOException e) {
            throw new DataFileException(file, null, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Where a value sits ("world.nations[3]"), spelled out only for a message: building every value's path as text
     * took longer than reading the value.
     */
    private record Where(Where parent, String key, int index) {
        @Override
        public String toString() {
            String up = parent == null ? "" : parent.toString();
            return key != null ? (up.isEmpty() ? key : up + "." + key) : up + "[" + index + "]";
        }
    }

    private static JsonElement read(JsonReader r, String file, Where where, int depth, int maxDepth)
            throws IOException, DataFileException {
        JsonToken t = r.peek();
        switch (t) {
            case BEGIN_OBJECT, BEGIN_ARRAY -> {
                if (depth >= maxDepth) {
                    String path = where == null ? "" : shallow(where, maxDepth);
                    String at = path.length() > 60 ? path.substring(0, 60) + "…" : path;
                    throw new DataFileException(file, at.isEmpty() ? null : at, "is nested too deeply (more than "
                            + maxDepth + " levels of lists and objects inside each other); the file is damaged");
                }
            }
            default -> {
            }
        }
        switch (t) {
            case BEGIN_OBJECT -> {
                JsonObject o = new JsonObject();
                r.beginObject();
                while (r.hasNext()) {
                    String key = r.nextName();
                    Where at = new Where(where, key, 0);
                    int before = o.size();
                    o.add(key, read(r, file, at, depth + 1, maxDepth));
                    if (o.size() == before) { // one look-up per key, not two: a save has a hundred thousand keys
                        throw new DataFileException(file, at.toString(), "is given twice in the same object");
                    }
                }
                r.endObject();
                return o;
            }
            case BEGIN_ARRAY -> {
                JsonArray a = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    a.add(read(r, file, new Where(where, null, a.size()), depth + 1, maxDepth));
                }
                r.endArray();
                return a;
            }
            case STRING -> {
                return new JsonPrimitive(r.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new LazilyParsedNumber(r.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(r.nextBoolean());
            }
            case NULL -> {
                r.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new MalformedJsonException("unexpected " + t + " at " + r.getPreviousPath());
        }
    }

    /** The path of the outermost levels only (a message needs no more than its first 60 characters). */
    private static String shallow(Where where, int depth) {
        java.util.ArrayDeque<Where> chain = new java.util.ArrayDeque<>();
        for (Where w = where; w != null; w = w.parent()) {
            chain.push(w);
        }
        StringBuilder b = new StringBuilder();
        for (Where w : chain) {
            if (b.length() > 60) {
                break;
            }
            if (w.key() != null) {
                b.append(b.length() == 0 ? "" : ".").append(w.key());
            } else {
                b.append('[').append(w.index()).append(']');
            }
        }
        return b.toString();
    }

    private static String where(JsonReader r) {
        return where(r.toString());
    }

    /** " at line 3, column 7" from a parser message, or nothing. */
    private static String where(String message) {
        Matcher m = WHERE.matcher(String.valueOf(message));
        return m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
    }
}
