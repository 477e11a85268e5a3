package org.balancedrealism.ui.map;

import org.balancedrealism.text.CountryNames;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.map.MapCountry;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds states by what a player types: part of the map's name, the id ("TUR"), or a common other name from
 * {@value #ALIASES} ("Turkey" for Türkiye, "Burma" for Myanmar). Accents and case never matter. The aliases are data,
 * so adding a name needs no code.
 */
public final class StateSearch {
    public static final String ALIASES = "texts/state-aliases.json";
    private static final Logger LOG = Logger.getLogger(StateSearch.class.getName());
    private static volatile StateSearch shipped;

    private final Map<String, List<String>> aliases;

    public StateSearch(Map<String, List<String>> aliases) {
        Map<String, List<String>> folded = new HashMap<>();
        aliases.forEach((id, names) -> folded.put(id, names.stream().map(StateSearch::fold).toList()));
        this.aliases = Map.copyOf(folded);
    }

    /** The search with the shipped aliases (none, and a logged warning, if the file cannot be read). */
    public static StateSearch shipped() {
        StateSearch s = shipped;
        if (s == null) {
            s = new StateSearch(readAliases());
            shipped = s;
        }
        return s;
    }

    /** Whether {@code query} finds this state; a blank query finds every state. */
    public boolean matches(MapCountry c, String query) {
        return matches(c.id(), c.name(), query) || matches(c.id(), CountryNames.of(c.id(), c.name()), query);
    }

    /** Whether {@code query} finds the state with this id and name; a blank query finds every state. */
    public boolean matches(String id, String name, String query) {
        String q = fold(query == null ? "" : query.trim());
        if (q.isEmpty()) {
            return true;
        }
        if (fold(name).contains(q) || fold(id).equals(q)) {
            return true;
        }
        // an alias is matched from the start of one of its words, so "Russia" does not find Belarus by "Belorussia"
        for (String alias : aliases.getOrDefault(id, List.of())) {
            if (alias.startsWith(q) || alias.contains(" " + q) || alias.contains("-" + q)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents: "Türkiye" → "turkiye", "Côte d'Ivoire" → "cote d'ivoire". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> readAliases() {
        Map<String, List<String>> out = new HashMap<>();
        try (Reader r = Json.openAsset(ALIASES)) {
            JsonObject root = JsonParser.parseReader(r).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : root.entrySet()) {
                if (e.getKey().startsWith("_") || !e.getValue().isJsonArray()) {
                    continue; // comments
                }
                List<String> names = new ArrayList<>();
                e.getValue().getAsJsonArray().forEach(n -> names.add(n.getAsString()));
                out.put(e.getKey(), names);
            }
        } catch (DataFileException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, ALIASES + " could not be read; states are found by their map names only", e);
        }
        return out;
    }
}
