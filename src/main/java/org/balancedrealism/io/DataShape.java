package org.balancedrealism.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON tree against the data class it is about to be read into, before Gson reads it: Gson silently drops
 * unknown keys (a typo such as {@code "gpd"} would quietly leave a figure at its default), turns a number that is too
 * big for a whole-number field into another number, reads NaN and Infinity, and leaves a {@code null} list for a
 * later turn to trip over. This walks the tree beside the class (nested classes, records and lists of them
 * included) and refuses, naming the field: a key the class does not have (with the nearest known one), a
 * {@code null} list or list entry, a value of the wrong kind (text where a number belongs), a number that is not
 * finite or beyond {@link #MAX_MAGNITUDE}, and a whole number outside its field's range.
 */
public final class DataShape {
    /** No figure of the game comes near this ($bn, millions of people, points); a value above it is a typo or damage. */
    public static final double MAX_MAGNITUDE = 1e15;

    /** What to do with a key the class does not have. */
    public enum Keys { REFUSE_UNKNOWN, IGNORE_UNKNOWN }

    private DataShape() {
    }

    /**
     * Checks {@code tree} against {@code type}, refusing unknown keys. Top-level keys in {@code unchecked} are
     * accepted without looking inside (sections another reader parses, such as a scenario's "claims").
     */
    public static void check(JsonElement tree, Class<?> type, String file, Set<String> unchecked) throws DataFileException {
        check(tree, type, file, unchecked, Keys.REFUSE_UNKNOWN);
    }

    public static void check(JsonElement tree, Class<?> type, String file, Set<String> unchecked, Keys keys)
            throws DataFileException {
        walk(tree, type, null, file, unchecked, keys);
    }

    /**
     * Where a value sits ("world.nations[3].gdp"), spelled out only for a message: a save has hundreds of thousands
     * of values, and building every one's path as text was most of the time this check took.
     */
    private static String text(Where where) {
        return where == null ? null : where.toString();
    }

    private record Where(Where parent, String key, int index) {
        @Override
        public String toString() {
            String up = parent == null ? "" : parent.toString();
            return key != null ? (up.isEmpty() ? key : up + "." + key) : up + "[" + index + "]";
        }
    }

    private static void walk(JsonElement node, Type type, Where path, String file, Set<String> unchecked, Keys keys)
            throws DataFileException {
        Class<?> raw = rawClass(type);
        if (raw == OrderHistory.class) {
            return; // packed strings, checked by its own reader as it unpacks them
        }
        if (node == null || node.isJsonNull()) {
            String field = path == null ? null : path.toString();
            if (raw != null && (raw.isArray() || List.class.isAssignableFrom(raw))) {
                throw new DataFileException(file, field, "is null; write a list, [] if it is empty");
            }
            return;
        }
        if ((raw == double[].class || raw == float[].class) && node.isJsonPrimitive() && node.getAsJsonPrimitive().isString()) {
            return; // figures packed as base64 in a save (PackedNumbers): checked once unpacked
        }
        if (raw != null && (raw.isArray() || List.class.isAssignableFrom(raw)) && !node.isJsonArray()) {
            throw new DataFileException(file, path == null ? null : path.toString(),
                    "has the wrong type: a list [ … ] is needed, got " + kindOf(node));
        }
        if (node.isJsonArray()) {
            Type element = raw != null && raw.isArray() ? raw.getComponentType() : elementType(type);
            if (element == null) {
                return;
            }
            JsonArray a = node.getAsJsonArray();
            for (int k = 0; k < a.size(); k++) {
                Where at = new Where(path, null, k);
                if (a.get(k).isJsonNull()) {
                    throw new DataFileException(file, at.toString(), "is null (an empty entry in the list); remove it or fill it in");
                }
                walk(a.get(k), element, at, file, Set.of(), keys);
            }
            return;
        }
        if (raw != null && value(node, raw, path, file)) {
            return;
        }
        if (!node.isJsonObject() || raw == null || !isDataClass(raw)) {
            return; // maps and free-form objects are the reader's business
        }
        JsonObject o = node.getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String key = e.getKey();
            Where where = new Where(path, key, 0);
            if (unchecked.contains(key)) {
                continue;
            }
            Field f = field(raw, key);
            if (f == null) {
                if (keys == Keys.IGNORE_UNKNOWN) {
                    continue;
                }
                String near = nearest(key, fieldNames(raw));
                throw new DataFileException(file, where.toString(), "unknown key" + (near == null ? "" : "; did you mean " + near + "?"));
            }
            walk(e.getValue(), f.getGenericType(), where, file, Set.of(), keys);
        }
    }

    /** Checks a value of a scalar type; true if {@code raw} is such a type (numbers, text, yes/no). */
    private static boolean value(JsonElement node, Class<?> raw, Where where, String file) throws DataFileException {
        boolean whole = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
        boolean real = raw == double.class || raw == Double.class || raw == float.class || raw == Float.class;
        if ((whole || real) && node.isJsonPrimitive() && plainNumber(node.getAsJsonPrimitive(), whole)) {
            return true;
        }
        if (whole || real) {
            if (!node.isJsonPrimitive() || !node.getAsJsonPrimitive().isNumber()) {
                String got = kindOf(node);
                if (got.matches("\"(NaN|-?Infinity)\"")) {
                    // read leniently as text: the author wrote NaN or Infinity without quotes
                    throw new DataFileException(file, text(where), "must be an ordinary number, got " + got.replace("\"", ""));
                }
                throw new DataFileException(file, text(where), "must be a number, got " + got);
            }
            String literal = node.getAsJsonPrimitive().getAsString();
            double d;
            try {
                d = Double.parseDouble(literal);
            } catch (NumberFormatException e) {
                throw new DataFileException(file, text(where), "must be a number, got " + literal);
            }
            if (!Double.isFinite(d) || Math.abs(d) > MAX_MAGNITUDE && real) {
                throw new DataFileException(file, text(where), "is far too large (" + literal + ") for any figure of the game");
            }
            if (whole) {
                boolean isInt = raw == int.class || raw == Integer.class;
                long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
                java.math.BigDecimal v;
                try {
                    v = new java.math.BigDecimal(literal);
                } catch (NumberFormatException e) {
                    throw new DataFileException(file, text(where), "must be a whole number, got " + literal);
                }
                if (v.stripTrailingZeros().scale() > 0) {
                    throw new DataFileException(file, text(where), "must be a whole number, got " + literal);
                }
                if (v.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || v.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                    throw new DataFileException(file, text(where), "must be a whole number between " + min + " and " + max
                            + ", got " + literal);
                }
            }
            return true;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isJsonPrimitive() || !node.getAsJsonPrimitive().isBoolean()) {
                throw new DataFileException(file, text(where), "must be true or false, got " + kindOf(node));
            }
            return true;
        }
        if (raw == String.class || raw.isEnum()) {
            if (!node.isJsonPrimitive() || !node.getAsJsonPrimitive().isString()) {
                throw new DataFileException(file, text(where), "must be text in quotes, got " + kindOf(node));
            }
            return true;
        }
        return false;
    }

    /**
     * True for the everyday number that needs no closer look: a plain decimal of at most 9 digits (so within every
     * whole-number range and far below {@link #MAX_MAGNITUDE}), with no fraction where a whole number is wanted.
     */
    private static boolean plainNumber(com.google.gson.JsonPrimitive p, boolean whole) {
        if (!p.isNumber()) {
            return false;
        }
        String s = p.getAsString();
        int n = s.length();
        if (n == 0 || n > 10) {
            return false;
        }
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == '.' && !whole && !point && i > 0 && i < n - 1) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 9;
    }

    /** How a value looks, for a message: "a list", "an object", "the text \"12\"", "12". */
    private static String kindOf(JsonElement node) {
        if (node.isJsonArray()) {
            return "a list";
        }
        if (node.isJsonObject()) {
            return "an object";
        }
        if (node.isJsonNull()) {
            return "null";
        }
        String s = node.getAsJsonPrimitive().getAsString();
        if (s.length() > 40) {
            s = s.substring(0, 40) + "…";
        }
        return node.getAsJsonPrimitive().isString() ? "\"" + s + "\"" : s;
    }

    /** Classes whose fields are the file's keys: the project's own data classes, not JDK types or maps. */
    private static boolean isDataClass(Class<?> c) {
        return c.getName().startsWith("org.balancedrealism.") && !c.isEnum() && !Map.class.isAssignableFrom(c);
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type elementType(Type t) {
        if (t instanceof ParameterizedType p && List.class.isAssignableFrom(rawClass(p))) {
            return p.getActualTypeArguments()[0];
        }
        if (t instanceof Class<?> c && List.class.isAssignableFrom(c) && c.getGenericSuperclass() != null) {
            return elementType(c.getGenericSuperclass()); // a list class of the model's (model.WarSide is a List<Integer>)
        }
        return null;
    }

    /** Fields by name per class, looked up once: a save has hundreds of thousands of values to walk. */
    private static final Map<Class<?>, Map<String, Field>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Field field(Class<?> c, String name) {
        return FIELDS.computeIfAbsent(c, k -> {
            Map<String, Field> byName = new java.util.HashMap<>();
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    byName.put(f.getName(), f);
                }
            }
            return byName;
        }).get(name);
    }

    private static List<String> fieldNames(Class<?> c) {
        field(c, "");
        return new ArrayList<>(FIELDS.get(c).keySet());
    }

    /** The known key a typo most likely meant: same letters in another case, or at most a third of it changed. */
    static String nearest(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
            int d = distance(key.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(1, best.length() / 3) ? best : null;
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (the commonest typo). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
