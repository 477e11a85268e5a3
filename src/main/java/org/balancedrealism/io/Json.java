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
    public static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping().create();
    public static final Gson PRETTY = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
            .setPrettyPrinting().create();

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
     * Like {@link #parse}, but first refuses keys {@code type} does not have ({@link UnknownKeys}); top-level keys
     * in {@code unchecked} are left to another reader.
     */
    public static <T> T parseStrict(Reader reader, Class<T> type, String fileName, Set<String> unchecked)
            throws DataFileException {
        JsonElement tree = parse(reader, JsonElement.class, fileName);
        if (tree.isJsonNull()) {
            throw new DataFileException(fileName, null, "the file is empty");
        }
        UnknownKeys.check(tree, type, fileName, unchecked);
        try {
            return GSON.fromJson(tree, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataFileException(fileName, null, "has a value of the wrong type (" + clean(e.getMessage()) + ")", e);
        }
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
