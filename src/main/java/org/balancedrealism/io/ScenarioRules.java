package org.balancedrealism.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import org.balancedrealism.model.rules.Rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Finds and reads the rules a scenario names in its {@code "rules"} key. A scenario read from disk may keep its own
 * rules file beside it (the name is taken relative to the scenario's folder first, then among the game's assets),
 * so an instructor can hand out a folder with a scenario and the rules of a seminar.
 * <p>
 * A rules file may be partial: with {@code "base": "rules/default.json"} it names the rules it amends, and only the
 * figures it gives replace the base's (objects merge key by key, so {@code {"coalition": {"balancing": 0}}} changes
 * that one figure). The base is found the same way, beside the file first. Keys the rules do not have are refused,
 * so a typo in an override is an error rather than a figure silently left at the base's value.
 */
public final class ScenarioRules {
    static final String BASE = "base";
    /** Keys a rules file may carry for its author: ignored. */
    private static final Set<String> AUTHOR_KEYS = Set.of("_comment", BASE);

    private ScenarioRules() {
    }

    /**
     * The rules named {@code name} (null: the default rules) for a scenario in {@code folder} (null for a shipped
     * scenario); {@code scenarioFile} is named in the error when nothing can be found.
     */
    public static Rules load(String name, Path folder, String scenarioFile) throws DataFileException {
        if (name == null) {
            return RulesLoader.loadDefault();
        }
        JsonObject tree = resolved(name, folder, scenarioFile, 0);
        String file = fileName(name);
        Rules rules;
        try {
            rules = Json.GSON.fromJson(tree, Rules.class);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new DataFileException(file, null, "has a value of the wrong type (" + e.getMessage() + ")", e);
        }
        RulesLoader.validate(rules, file);
        return rules;
    }

    /** The tree of {@code name} with its base (if any) merged under it. */
    private static JsonObject resolved(String name, Path folder, String referrer, int depth) throws DataFileException {
        if (depth > 8) {
            throw new DataFileException(fileName(name), BASE, "the chain of base rules is too long (does it name itself?)");
        }
        Path beside = folder == null ? null : folder.resolve(name);
        JsonObject tree;
        String file = fileName(name);
        Path nextFolder;
        if (beside != null && Files.isRegularFile(beside)) {
            try (Reader r = Json.openFile(beside)) {
                tree = object(Json.parse(r, JsonElement.class, file), file);
            } catch (IOException e) {
                throw new DataFileException(file, null, "cannot be read: " + e.getMessage(), e);
            }
            nextFolder = beside.toAbsolutePath().getParent();
        } else {
            try (Reader r = Json.openAsset(name)) {
                tree = object(Json.parse(r, JsonElement.class, file), file);
            } catch (DataFileException e) {
                throw new DataFileException(referrer, depth == 0 ? "rules" : BASE, "'" + name + "' is "
                        + (folder == null ? "" : "neither a file beside it (" + beside + ") nor ")
                        + "among the game's assets");
            } catch (IOException e) {
                throw new DataFileException(file, null, "cannot be read: " + e.getMessage(), e);
            }
            nextFolder = null;
        }
        DataShape.check(tree, Rules.class, file, AUTHOR_KEYS);
        JsonElement base = tree.remove(BASE);
        if (base == null) {
            return tree;
        }
        if (!base.isJsonPrimitive() || !base.getAsJsonPrimitive().isString()) {
            throw new DataFileException(file, BASE, "must name a rules file, e.g. \"rules/default.json\"");
        }
        JsonObject merged = resolved(base.getAsString(), nextFolder, file, depth + 1);
        overlay(merged, tree);
        return merged;
    }

    /** Writes {@code top} over {@code base}: objects merge key by key, anything else replaces. */
    static void overlay(JsonObject base, JsonObject top) {
        for (Map.Entry<String, JsonElement> e : top.entrySet()) {
            JsonElement under = base.get(e.getKey());
            if (under != null && under.isJsonObject() && e.getValue().isJsonObject()) {
                overlay(under.getAsJsonObject(), e.getValue().getAsJsonObject());
            } else {
                base.add(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static JsonObject object(JsonElement e, String file) throws DataFileException {
        if (!e.isJsonObject()) {
            throw new DataFileException(file, null, "is not a rules file (a JSON object is expected)");
        }
        return e.getAsJsonObject();
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }
}
