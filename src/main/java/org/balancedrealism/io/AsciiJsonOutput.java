package org.balancedrealism.io;

import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Base64;

/**
 * JSON text to a byte stream as plain ASCII: every character beyond ASCII is written as its {@code \}{@code uXXXX}
 * escape, which means the same character to any JSON reader (in JSON such characters can only stand inside strings,
 * where the escape is allowed). A save written this way is read back as a compact one-byte-per-character string,
 * several times faster to decode and parse than text holding a few hundred dashes and arrows; and writing needs no
 * character encoder, only a copy into a buffer. Base64 strings (the packed figures and orders, most of a save) go in as
 * bytes in one copy ({@link #base64}), not a character at a time.
 */
final class AsciiJsonOutput extends Writer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final byte[] buf;
    private int n;

    /**
     * Stands for the next base64 string in the writer's call to this output: the JSON writer places it (commas,
     * colons) and this output writes {@link #pending} in its place. Compared by identity, never by content.
     */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String PENDING = new String("\"\"");
    private byte[] pending;

    AsciiJsonOutput(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 16)];
    }

    /** A JSON writer onto this output that can take base64 strings as bytes ({@link #base64}). */
    JsonWriter jsonWriter() {
        return new Json(this);
    }

    private static final class Json extends JsonWriter {
        private final AsciiJsonOutput ascii;

        Json(AsciiJsonOutput ascii) {
            super(ascii);
            this.ascii = ascii;
        }
    }

    /**
     * Writes {@code bytes} as a base64 string value. Onto this output it goes as bytes in one copy (base64 has no
     * character JSON would escape, so the JSON writer's escaping, a character at a time, is skipped); any other writer
     * (a tree, a plain text) gets an ordinary string.
     */
    static void base64(JsonWriter out, byte[] bytes) throws IOException {
        if (out instanceof Json j) {
            j.ascii.pending = Base64.getEncoder().encode(bytes);
            out.jsonValue(PENDING);
        } else {
            out.value(Base64.getEncoder().encodeToString(bytes));
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (n + 6 > buf.length) {
            drain();
        }
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            if (n + 6 > buf.length) {
                drain();
            }
            put(chars[i]);
        }
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (s == PENDING && pending != null) {
            writeQuoted(pending);
            pending = null;
            return;
        }
        for (int i = off, end = off + len; i < end; i++) {
            if (n + 6 > buf.length) {
                drain();
            }
            put(s.charAt(i));
        }
    }

    private void put(char c) {
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else {
            buf[n++] = '\\';
            buf[n++] = 'u';
            buf[n++] = HEX[c >> 12 & 0xf];
            buf[n++] = HEX[c >> 8 & 0xf];
            buf[n++] = HEX[c >> 4 & 0xf];
            buf[n++] = HEX[c & 0xf];
        }
    }

    private void writeQuoted(byte[] ascii) throws IOException {
        write('"');
        if (ascii.length > buf.length - n) {
            drain();
        }
        if (ascii.length > buf.length) {
            out.write(ascii);
        } else {
            System.arraycopy(ascii, 0, buf, n, ascii.length);
            n += ascii.length;
        }
        write('"');
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    /** Hands the buffered bytes to the stream (and flushes it). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
