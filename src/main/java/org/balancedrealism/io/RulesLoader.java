package org.balancedrealism.io;

import org.balancedrealism.engine.move.MoveKind;
import org.balancedrealism.model.rules.Range;
import org.balancedrealism.model.rules.Rules;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Loads and validates a rules file: every figure must be present and within its {@link Range}, every move kind
 * must have a cost and every doctrine its weights. A bad file is refused with the field named.
 */
public final class RulesLoader {
    public static final String DEFAULT = "rules/default.json";

    private RulesLoader() {
    }

    /** The rules shipped with the game. */
    public static Rules loadDefault() throws DataFileException {
        return loadAsset(DEFAULT);
    }

    public static Rules loadAsset(String path) throws DataFileException {
        try (Reader r = Json.openAsset(path)) {
            return load(r, path);
        } catch (IOException e) {
            throw new DataFileException(path, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static Rules load(Reader reader, String fileName) throws DataFileException {
        Rules rules = Json.parse(reader, Rules.class, fileName);
        validate(rules, fileName);
        return rules;
    }

    public static void validate(Rules rules, String fileName) throws DataFileException {
        if (rules.id == null || rules.id.isBlank()) {
            throw new DataFileException(fileName, "id", "is missing: name the rules (e.g. \"default\")");
        }
        checkFigures(rules, "", fileName);
        for (MoveKind k : MoveKind.values()) {
            if (rules.moves.get(k.name()) == null) {
                throw new DataFileException(fileName, "moves." + k.name(), "is missing: every move needs its action points and cost");
            }
        }
        for (String key : rules.moves.keySet()) {
            try {
                MoveKind.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new DataFileException(fileName, "moves." + key, "is not a known move");
            }
        }
        for (MoveKind k : MoveKind.values()) {
            if (rules.aiValues.get(k.name()) == null) {
                throw new DataFileException(fileName, "aiValues." + k.name(), "is missing: every move needs its value to the AI (0s if it never uses it)");
            }
        }
        for (var e : rules.aiValues.entrySet()) {
            try {
                MoveKind.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new DataFileException(fileName, "aiValues." + e.getKey(), "is not a known move");
            }
            if (!org.balancedrealism.model.rules.SecurityScale.known(e.getValue().securityScale)) {
                throw new DataFileException(fileName, "aiValues." + e.getKey() + ".securityScale",
                        "must be one of " + org.balancedrealism.model.rules.SecurityScale.NAMES);
            }
        }
        if (!rules.doctrines.containsKey("balanced-realist")) {
            throw new DataFileException(fileName, "doctrines.balanced-realist", "is missing: it is the default doctrine");
        }
    }

    private static void checkFigures(Object node, String path, String fileName) throws DataFileException {
        if (node == null) {
            throw new DataFileException(fileName, path, "is missing");
        }
        for (Field f : node.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String name = path.isEmpty() ? f.getName() : path + "." + f.getName();
            Object value;
            try {
                value = f.get(node);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (f.getType() == double.class) {
                double v = (double) value;
                Range range = f.getAnnotation(Range.class);
                if (Double.isNaN(v)) {
                    throw new DataFileException(fileName, name, "is missing (a number is needed)");
                }
                if (range != null && (v < range.min() || v > range.max())) {
                    throw new DataFileException(fileName, name, "must be between " + range.min() + " and " + range.max()
                            + ", got " + v);
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    checkFigures(e.getValue(), name + "." + e.getKey(), fileName);
                }
            } else if (f.getType().getName().startsWith(Rules.class.getName())) {
                checkFigures(value, name, fileName);
            }
        }
    }

    /** A short fingerprint of the rules, stored in saves so a mismatch can be reported. */
    public static String hash(Rules rules) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.GSON.toJson(rules).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
