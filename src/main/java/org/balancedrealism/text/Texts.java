package org.balancedrealism.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every player-facing sentence, looked up by key in the bundles under {@code assets/i18n/messages*.properties}
 * (UTF-8) and filled in with {@link MessageFormat} in the chosen language, so that numbers and dates follow it too.
 *
 * <p>Pure Java, so the engine, the AI's reasons, the report and the UI all speak through this one place. The language
 * is one setting of the whole program (the player's choice in Settings), not of a game: two seats at one computer
 * read the same language, and a save never records it.
 */
public final class Texts {
    /** The bundle's base name on the class path. */
    public static final String BUNDLE = "assets.i18n.messages";
    /** The languages the game ships, the first being the default and the fallback of any missing key. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile boolean english = true;
    /** The parsed patterns of the current language by key; a new map with each language. */
    private static volatile Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Texts() {
    }

    /** The sentence for {@code key} in the current language, with {@code args} put in its {@code {0}}, {@code {1}}… */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must not crash a turn or a screen; it shows itself so a test or a reader catches it.
            return "⟨" + key + "⟩";
        }
        if (args.length == 0) {
            return pattern;
        }
        if (!english && locale.getLanguage().equals(Locale.FRENCH.getLanguage())) {
            String fitted = FrenchGrammar.fit(pattern, args); // "de les États-Unis" → "des États-Unis", and the like
            Object[] french = FrenchGrammar.figures(args); // "12,5 %"
            if (!fitted.equals(pattern)) {
                return new MessageFormat(fitted, locale).format(french);
            }
            return format(key, pattern, french);
        }
        return format(key, pattern, args);
    }

    /**
     * Formats with the key's parsed pattern, kept from its first use (the engine and the AI write their reasons for
     * every candidate they weigh, and parsing the pattern is most of the cost); a copy formats, as a MessageFormat is
     * not safe to share between threads.
     */
    private static String format(String key, String pattern, Object[] args) {
        Map<String, MessageFormat> cache = formats;
        MessageFormat parsed = cache.get(key);
        if (parsed == null) {
            parsed = new MessageFormat(pattern, locale);
            cache.put(key, parsed);
        }
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /** Whether the language of the moment is English (the map's own names and no grammar to fit). */
    public static boolean english() {
        return english;
    }

    /** Whether the current language has a sentence for {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The sentence for {@code key}, or {@code fallback} where the bundles have none (words that come from data). */
    public static String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches every later {@link #get} to {@code language}; an unsupported one falls back to the default. */
    public static void setLocale(Locale language) {
        Locale chosen = LANGUAGES.stream().filter(l -> l.getLanguage().equals(Objects.requireNonNull(language).getLanguage()))
                .findFirst().orElse(LANGUAGES.get(0));
        bundle = load(chosen);
        locale = chosen;
        english = chosen.getLanguage().equals(Locale.ENGLISH.getLanguage());
        formats = new ConcurrentHashMap<>(); // last: a pattern parsed meanwhile went into the old map
    }

    /** The name of {@code language} in itself ("English", "Français"), for the language choice in Settings. */
    public static String languageName(Locale language) {
        return load(language).getString("language.name");
    }

    private static ResourceBundle load(Locale language) {
        // The root bundle (messages.properties) is English: no fallback to the machine's own locale.
        return ResourceBundle.getBundle(BUNDLE, language, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
