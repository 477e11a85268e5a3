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
 * Refuses keys a data class does not have. Gson silently drops them, so a typo ({@code "milexshare"}) would quietly
 * leave a figure at its default; this walks the JSON tree beside the class it is read into (nested classes and lists
 * of them included) and names the first stray key with the nearest known one.
 */
public final class UnknownKeys {
    private UnknownKeys() {
    }

    /**
     * Checks {@code tree} against {@code type}. Top-level keys in {@code unchecked} are accepted without looking
     * inside (sections another reader parses, such as a scenario's "claims").
     */
    public static void check(JsonElement tree, Class<?> type, String file, Set<String> unchecked) throws DataFileException {
        walk(tree, type, "", file, unchecked);
    }

    private static void walk(JsonElement node, Type type, String path, String file, Set<String> unchecked)
            throws DataFileException {
        if (node == null || node.isJsonNull()) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (node.isJsonArray()) {
            Type element = raw != null && raw.isArray() ? raw.getComponentType() : elementType(type);
            if (element == null) {
                return;
            }
            JsonArray a = node.getAsJsonArray();
            for (int k = 0; k < a.size(); k++) {
                walk(a.get(k), element, path + "[" + k + "]", file, Set.of());
            }
            return;
        }
        if (!node.isJsonObject() || raw == null || !isDataClass(raw)) {
            return; // values, maps and free-form objects are the reader's business
        }
        JsonObject o = node.getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String key = e.getKey();
            String where = path.isEmpty() ? key : path + "." + key;
            if (unchecked.contains(key)) {
                continue;
            }
            Field f = field(raw, key);
            if (f == null) {
                String near = nearest(key, fieldNames(raw));
                throw new DataFileException(file, where, "unknown key" + (near == null ? "" : "; did you mean " + near + "?"));
            }
            walk(e.getValue(), f.getGenericType(), where, file, Set.of());
        }
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
        return null;
    }

    private static Field field(Class<?> c, String name) {
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && f.getName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static List<String> fieldNames(Class<?> c) {
        List<String> names = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        return names;
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
