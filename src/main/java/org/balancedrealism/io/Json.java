package org.balancedrealism.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.stream.MalformedJsonException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** The project's Gson and the one way data files are read: parse errors become {@link DataFileException}s. */
public final class Json {
    /** Compact Gson for data and saves; NaN and infinities are allowed so a broken figure is reported, not lost. */
    public static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
            .registerTypeAdapterFactory(EventJson.FACTORY).create();
    public static final Gson PRETTY = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
            .registerTypeAdapterFactory(EventJson.FACTORY).setPrettyPrinting().create();

    private Json() {
    }

    /** Parses {@code reader} into {@code type}; a syntax or type error names the file and where it happened. */
    public static <T> T parse(Reader reader, Class<T> type, String fileName) throws DataFileException {
        try {
            T value = GSON.fromJson(reader, type);
            if (value == null) {
                throw new DataFileException(fileName, null, "the file is empty");
            }
            return value;
        } catch (JsonSyntaxException e) {
            Throwable cause = e.getCause();
            String msg = cause instanceof MalformedJsonException || cause instanceof java.io.EOFException
                    ? "is not valid JSON (" + clean(cause.getMessage()) + ")"
                    : "has a value of the wrong type (" + clean(e.getMessage()) + ")";
            throw new DataFileException(fileName, null, msg, e);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataFileException(fileName, null, "cannot be read: " + clean(e.getMessage()), e);
        }
    }

    /**
     * Like {@link #parse}, but first refuses keys {@code type} does not have and values that do not fit it
     * ({@link DataShape}); top-level keys in {@code unchecked} are left to another reader.
     */
    public static <T> T parseStrict(Reader reader, Class<T> type, String fileName, Set<String> unchecked)
            throws DataFileException {
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            throw new DataFileException(fileName, null, "cannot be read (" + e.getMessage() + ")", e);
        }
        return fromTree(JsonTree.parse(text, fileName, MAX_DEPTH), type, fileName, unchecked);
    }

    /** Deepest nesting of lists and objects a data file (not a save) may have: the deepest real one has 6. */
    public static final int MAX_DEPTH = 32;

    /**
     * Reads a data file of at most {@code maxBytes} of UTF-8 text from {@code in} (closing it) into {@code type},
     * with the checks of {@link #parseStrict}.
     */
    public static <T> T readStrict(InputStream in, Class<T> type, String fileName, Set<String> unchecked, long maxBytes,
                                   String kind) throws DataFileException {
        String text = JsonTree.text(JsonTree.bytes(in, maxBytes, fileName, kind), fileName);
        return fromTree(JsonTree.parse(text, fileName, MAX_DEPTH), type, fileName, unchecked);
    }

    private static <T> T fromTree(JsonElement tree, Class<T> type, String fileName, Set<String> unchecked)
            throws DataFileException {
        if (tree.isJsonNull()) {
            throw new DataFileException(fileName, null, "the file is empty");
        }
        DataShape.check(tree, type, fileName, unchecked);
        try {
            return GSON.fromJson(tree, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataFileException(fileName, null, "has a value of the wrong type (" + clean(e.getMessage()) + ")", e);
        }
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[1 << 14];
        for (int n; (n = r.read(buf)) > 0; ) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    private static String clean(String message) {
        if (message == null) {
            return "unexpected end of file";
        }
        return message.replace("com.google.gson.stream.MalformedJsonException: ", "")
                .replace("java.lang.IllegalStateException: ", "")
                .replaceAll("\\s*See https://github\\.com/google/gson/\\S+", "");
    }

    /** Opens an asset: {@code path} relative to {@code assets/} on the classpath (works in the jar and in tests). */
    public static Reader openAsset(String path) throws DataFileException {
        String resource = "/assets/" + path;
        InputStream in = Json.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(path, null, "no such file among the game's assets");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Opens a file on disk with a clear message if it is missing or unreadable. */
    public static Reader openFile(Path path) throws DataFileException {
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataFileException(path.toString(), null, "no such file");
        } catch (IOException e) {
            throw new DataFileException(path.toString(), null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
