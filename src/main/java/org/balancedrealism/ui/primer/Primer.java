package org.balancedrealism.ui.primer;

import org.balancedrealism.text.Texts;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import org.balancedrealism.io.DataFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The theory primer (assets/texts/primer.json): an introduction and the concepts in reading order. */
public record Primer(String title, String intro, List<PrimerConcept> concepts) {
    public static final String RESOURCE = "/assets/texts/primer.json";

    public Primer {
        concepts = List.copyOf(concepts);
    }

    /** The concept with this id or alias. */
    public Optional<PrimerConcept> find(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        for (PrimerConcept c : concepts) {
            if (c.id().equals(idOrAlias) || c.aliases().contains(idOrAlias)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Loads the primer shipped with the game, in the current language when it has one ({@link #resource}). */
    public static Primer loadDefault() throws DataFileException {
        String resource = resource(Texts.locale());
        try (InputStream in = Primer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFileException(resource, null, "the file is missing from the game");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new DataFileException(resource, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code primer_fr.json} beside {@link #RESOURCE} for French, if the game ships it; else the English primer. */
    public static String resource(java.util.Locale language) {
        String translated = RESOURCE.replace(".json", "_" + language.getLanguage() + ".json");
        return Primer.class.getResource(translated) != null ? translated : RESOURCE;
    }

    /** Reads and checks a primer: every concept needs an id, a title and text; ids and links must resolve. */
    public static Primer read(Reader reader, String file) throws DataFileException {
        Primer p;
        try {
            p = new Gson().fromJson(reader, Primer.class);
        } catch (JsonParseException e) {
            throw new DataFileException(file, null, "is not valid JSON: " + e.getMessage(), e);
        }
        if (p == null || p.concepts() == null || p.concepts().isEmpty()) {
            throw new DataFileException(file, "concepts", "no concepts");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < p.concepts().size(); i++) {
            PrimerConcept c = p.concepts().get(i);
            String where = "concepts[" + i + "]";
            if (c.id() == null || c.id().isBlank()) {
                throw new DataFileException(file, where + ".id", "missing");
            }
            if (c.title() == null || c.title().isBlank() || c.text().isEmpty()) {
                throw new DataFileException(file, where, "'" + c.id() + "' needs a title and text");
            }
            for (String name : concat(c.id(), c.aliases())) {
                if (!names.add(name)) {
                    throw new DataFileException(file, where + ".id", "'" + name + "' is used twice");
                }
                owner.put(name, c.id());
            }
        }
        for (int i = 0; i < p.concepts().size(); i++) {
            for (String r : p.concepts().get(i).related()) {
                if (!owner.containsKey(r)) {
                    throw new DataFileException(file, "concepts[" + i + "].related",
                            "links to '" + r + "', which is no concept");
                }
            }
        }
        return p;
    }

    private static List<String> concat(String id, List<String> aliases) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(id);
        all.addAll(aliases);
        return all;
    }
}
