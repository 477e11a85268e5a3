package org.balancedrealism.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * JSON text to a byte stream as plain ASCII: every character beyond ASCII is written as its {@code \}{@code uXXXX}
 * escape, which means the same character to any JSON reader (in JSON such characters can only stand inside strings,
 * where the escape is allowed). A save written this way is read back as a compact one-byte-per-character string,
 * several times faster to decode and parse than text holding a few hundred dashes and arrows; and writing needs no
 * character encoder, only a copy into a buffer.
 */
final class AsciiJsonOutput extends Writer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final byte[] buf;
    private int n;

    AsciiJsonOutput(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 16)];
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
    public void write(String s, int off, int len) throws IOException {
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
