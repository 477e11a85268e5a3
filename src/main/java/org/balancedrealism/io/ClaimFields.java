package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a data file, each with its type and range checked and its full name
 * ({@code claims[2].byTurn}) in any refusal. Every field asked for, present or not, counts as known, so
 * {@link #refuseUnknown()} can then name a key the reader never asked for (usually a typo).
 */
final class ClaimFields {
    private final JsonObject object;
    private final String file;
    private final String prefix;
    private final Set<String> known = new LinkedHashSet<>();

    ClaimFields(JsonElement element, String file, String prefix) throws DataFileException {
        if (element == null || !element.isJsonObject()) {
            throw new DataFileException(file, prefix, "must be an object { ... }, got " + element);
        }
        this.object = element.getAsJsonObject();
        this.file = file;
        this.prefix = prefix;
    }

    String name(String key) {
        return prefix + "." + key;
    }

    DataFileException problem(String key, String problem) {
        return new DataFileException(file, key == null ? prefix : name(key), problem);
    }

    boolean has(String key) {
        known.add(key);
        return object.has(key) && !object.get(key).isJsonNull();
    }

    JsonElement raw(String key) {
        known.add(key);
        return object.get(key);
    }

    String string(String key) throws DataFileException {
        String s = optionalString(key);
        if (s == null) {
            throw problem(key, "is missing");
        }
        return s;
    }

    String optionalString(String key) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
            throw problem(key, "must be a non-empty text, got " + e);
        }
        return e.getAsString().trim();
    }

    Double optionalNumber(String key, double min, double max) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw problem(key, "must be a number between " + fmt(min) + " and " + fmt(max) + ", got " + e);
        }
        double v = e.getAsDouble();
        if (!(v >= min && v <= max)) {
            throw problem(key, "must be between " + fmt(min) + " and " + fmt(max) + ", got " + fmt(v));
        }
        return v;
    }

    double number(String key, double min, double max) throws DataFileException {
        Double v = optionalNumber(key, min, max);
        if (v == null) {
            throw problem(key, "is missing (a number between " + fmt(min) + " and " + fmt(max) + ")");
        }
        return v;
    }

    Integer optionalInteger(String key, int min, int max) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber() || e.getAsDouble() != Math.rint(e.getAsDouble())) {
            throw problem(key, "must be a whole number from " + min + " to " + max + ", got " + e);
        }
        double v = e.getAsDouble();
        if (v < min || v > max) {
            throw problem(key, "must be from " + min + " to " + max + ", got " + fmt(v));
        }
        return (int) v;
    }

    int integer(String key, int min, int max) throws DataFileException {
        Integer v = optionalInteger(key, min, max);
        if (v == null) {
            throw problem(key, "is missing (a whole number from " + min + " to " + max + ")");
        }
        return v;
    }

    boolean flag(String key) throws DataFileException {
        if (!has(key)) {
            return false;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw problem(key, "must be true or false, got " + e);
        }
        return e.getAsBoolean();
    }

    /** One of the given words. */
    String choice(String key, List<String> allowed) throws DataFileException {
        String s = string(key);
        if (!allowed.contains(s)) {
            throw problem(key, "must be " + String.join(" or ", allowed) + ", got '" + s + "'");
        }
        return s;
    }

    /** A list of texts; null when absent. */
    List<String> optionalStrings(String key) throws DataFileException {
        if (!has(key)) {
            return null;
        }
        JsonElement e = object.get(key);
        if (!e.isJsonArray()) {
            throw problem(key, "must be a list like [\"USA\", \"GBR\"], got " + e);
        }
        JsonArray a = e.getAsJsonArray();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            JsonElement x = a.get(k);
            if (!x.isJsonPrimitive() || !((JsonPrimitive) x).isString()) {
                throw problem(key + "[" + k + "]", "must be a text, got " + x);
            }
            out.add(x.getAsString().trim());
        }
        return out;
    }

    void refuseUnknown() throws DataFileException {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw problem(key, "is not a known field here; use " + String.join(", ", known));
            }
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
