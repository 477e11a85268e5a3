package org.balancedrealism.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Test helper: the JSON text inside a save file (saves are gzip-compressed from format 2 on). */
public final class SaveFiles {
    private SaveFiles() {
    }

    public static String text(Path save) throws IOException {
        return json(Files.readAllBytes(save));
    }

    public static String json(byte[] bytes) throws IOException {
        if (bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
