package org.balancedrealism.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A state's name in the language of the moment. The map's names are English; in another language the name comes from
 * the JDK's own ISO 3166 data (the game's ids are ISO 3166 three-letter codes), and a state the JDK does not know
 * (a disputed territory, a scenario's invented state) keeps the map's name. English keeps the map's names as they are.
 */
public final class CountryNames {
    /** ISO 3166 alpha-3 → alpha-2, built once from the JDK's list. */
    private static final Map<String, String> ALPHA2 = alpha2();
    /** Names already looked up, by language and id. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** The name of state {@code id} to show now; {@code mapName} (the map's English name) when there is none. */
    public static String of(String id, String mapName) {
        if (id == null || Texts.english()) {
            return mapName; // the common case, and on the engine's hot paths: nothing looked up
        }
        Locale language = Texts.locale();
        String iso2 = ALPHA2.get(id);
        if (iso2 == null) {
            return mapName;
        }
        String name = CACHE.computeIfAbsent(language.getLanguage() + ":" + id,
                k -> new Locale("", iso2).getDisplayCountry(language));
        return name.isBlank() || name.equals(iso2) ? mapName : name;
    }

    /**
     * A territory that is not a state's homeland (an overseas part such as the Falkland Islands), by its ISO code, in the
     * language of the moment (English too: the world keeps no map names for such parts); the code when unknown.
     */
    public static String territory(String id) {
        String iso2 = id == null ? null : ALPHA2.get(id);
        if (iso2 == null) {
            return id;
        }
        Locale language = Texts.locale();
        String name = CACHE.computeIfAbsent("territory:" + language.getLanguage() + ":" + id,
                k -> new Locale("", iso2).getDisplayCountry(language));
        return name.isBlank() || name.equals(iso2) ? id : name;
    }

    /** A UN subregion of the map ("Western Europe") in the language of the moment; as the map has it when unknown. */
    public static String region(String subregion) {
        if (subregion == null || subregion.isBlank()) {
            return subregion;
        }
        String key = "region." + subregion.replace(' ', '_');
        return Texts.getOr(key, subregion);
    }

    /**
     * How French puts an article before state {@code name} (as {@link #of} gives it in French), or null when the text
     * is not a state's French name (a disputed territory keeps the map's English name and takes no article).
     */
    static FrenchArticle frenchArticle(String name) {
        return FRENCH_NAMES.get().contains(name) ? FrenchArticle.of(name) : null;
    }

    /** Every state's French name, for telling a state's name from other words in a sentence; built when first needed. */
    private static final java.util.function.Supplier<java.util.Set<String>> FRENCH_NAMES = new java.util.function.Supplier<>() {
        private volatile java.util.Set<String> names;

        @Override
        public java.util.Set<String> get() {
            if (names == null) {
                java.util.Set<String> out = new java.util.HashSet<>();
                for (String iso2 : ALPHA2.values()) {
                    out.add(new Locale("", iso2).getDisplayCountry(Locale.FRENCH));
                }
                names = java.util.Set.copyOf(out);
            }
            return names;
        }
    };

    private static Map<String, String> alpha2() {
        Map<String, String> out = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            try {
                out.put(new Locale("", iso2).getISO3Country(), iso2);
            } catch (MissingResourceException noAlpha3) {
                // a code without a three-letter form: no state of the map uses it
            }
        }
        return out;
    }
}
