package org.balancedrealism.io;

import org.balancedrealism.model.rules.Range;
import org.balancedrealism.model.rules.Rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;

/**
 * Changes to rules figures named by dotted path into {@link Rules} ("coalition.balancing",
 * "moves.INVADE.ap", "doctrines.balanced-realist.power"), for claims and experiments. Always applied to a copy: the
 * rules of a scenario are shared by every game played in parallel.
 */
public final class RulesOverrides {
    private RulesOverrides() {
    }

    /** What is wrong with setting {@code path} to {@code value} in {@code rules}, or null if nothing is. */
    public static String problem(Rules rules, String path, double value) {
        Slot slot;
        try {
            slot = locate(rules, path);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Range range = slot.field.getAnnotation(Range.class);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "must be a number, got " + value;
        }
        if (range != null && (value < range.min() || value > range.max())) {
            return "must be between " + range.min() + " and " + range.max() + ", got " + value;
        }
        return null;
    }

    /** The figure at {@code path} (a valid path, see {@link #problem}). */
    public static double value(Rules rules, String path) {
        Slot slot = locate(rules, path);
        try {
            return slot.field.getDouble(slot.owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deep copy of {@code base} with the overrides applied; {@code base} itself when there are none. */
    public static Rules apply(Rules base, Map<String, Double> overrides) {
        if (overrides.isEmpty()) {
            return base;
        }
        Rules copy = Json.GSON.fromJson(Json.GSON.toJson(base), Rules.class);
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Slot slot = locate(copy, e.getKey());
            try {
                slot.field.setDouble(slot.owner, e.getValue());
            } catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return copy;
    }

    private record Slot(Object owner, Field field) {
    }

    /** Walks the path through the rules' nested figures and maps; the last step must be a number. */
    private static Slot locate(Rules rules, String path) {
        String[] steps = path.split("\\.", -1);
        Object node = rules;
        for (int k = 0; k < steps.length; k++) {
            String step = steps[k];
            String sofar = String.join(".", java.util.Arrays.copyOfRange(steps, 0, k + 1));
            Field field = field(node, step);
            if (field == null) {
                throw new IllegalArgumentException("'" + sofar + "' is not a rules figure" + known(node));
            }
            Object value;
            try {
                value = field.get(node);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (k == steps.length - 1) {
                if (field.getType() != double.class) {
                    throw new IllegalArgumentException("'" + path + "' is a group of figures, not a number");
                }
                return new Slot(node, field);
            }
            if (value instanceof Map<?, ?> map) {
                k++;
                if (k == steps.length - 1 || !map.containsKey(steps[k])) {
                    throw new IllegalArgumentException("'" + String.join(".", java.util.Arrays.copyOfRange(steps, 0, k + 1))
                            + "' is not a rules figure; known: " + String.join(", ", map.keySet().stream().map(String::valueOf).toList()));
                }
                node = map.get(steps[k]);
            } else if (field.getType() == double.class || value == null || value instanceof String) {
                throw new IllegalArgumentException("'" + sofar + "' has no figures under it");
            } else {
                node = value;
            }
        }
        throw new IllegalArgumentException("'" + path + "' is not a rules figure");
    }

    private static Field field(Object node, String name) {
        for (Field f : node.getClass().getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && f.getName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static String known(Object node) {
        StringBuilder sb = new StringBuilder("; known here: ");
        boolean first = true;
        for (Field f : node.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == String.class) {
                continue;
            }
            sb.append(first ? "" : ", ").append(f.getName());
            first = false;
        }
        return sb.toString();
    }
}
