package org.balancedrealism.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

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

    /** A language's bundle and its patterns parsed so far (by key). */
    private record Language(Locale locale, boolean english, ResourceBundle bundle, Map<String, MessageFormat> formats) {
    }

    /** Each language once, with its parsed patterns, by its language code. */
    private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();
    /** The language of the moment: the player's choice. */
    private static volatile Language current = language(Locale.ENGLISH);
    /** A language this thread writes in for a while instead ({@link #in}), or null. */
    private static final ThreadLocal<Language> PINNED = new ThreadLocal<>();

    private Texts() {
    }

    private static Language language(Locale chosen) {
        return LOADED.computeIfAbsent(chosen.getLanguage(), k -> new Language(chosen,
                chosen.getLanguage().equals(Locale.ENGLISH.getLanguage()), load(chosen), new ConcurrentHashMap<>()));
    }

    /** The language this thread writes in now. */
    private static Language now() {
        Language pinned = PINNED.get();
        return pinned != null ? pinned : current;
    }

    /** The sentence for {@code key} in the current language, with {@code args} put in its {@code {0}}, {@code {1}}… */
    public static String get(String key, Object... args) {
        Language language = now();
        String pattern;
        try {
            pattern = language.bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must not crash a turn or a screen; it shows itself so a test or a reader catches it.
            return "⟨" + key + "⟩";
        }
        if (args.length == 0) {
            return pattern;
        }
        if (!language.english && language.locale.getLanguage().equals(Locale.FRENCH.getLanguage())) {
            String fitted = FrenchGrammar.fit(pattern, args); // "de les États-Unis" → "des États-Unis", and the like
            Object[] french = FrenchGrammar.figures(args); // "12,5 %"
            if (!fitted.equals(pattern)) {
                return new MessageFormat(fitted, language.locale).format(french);
            }
            return format(language, key, pattern, french);
        }
        return format(language, key, pattern, args);
    }

    /**
     * Formats with the key's parsed pattern, kept from its first use (the engine and the AI write their reasons for
     * every candidate they weigh, and parsing the pattern is most of the cost); a copy formats, as a MessageFormat is
     * not safe to share between threads.
     */
    private static String format(Language language, String key, String pattern, Object[] args) {
        MessageFormat parsed = language.formats.get(key);
        if (parsed == null) {
            parsed = new MessageFormat(pattern, language.locale);
            language.formats.put(key, parsed);
        }
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /**
     * {@code words} written in {@code language} whatever the language of the moment, on this thread only: an event
     * keeps the language it happened in, so that its words, written when first read, are the ones it had then.
     */
    public static <T> T in(Locale language, Supplier<T> words) {
        Language pinned = PINNED.get();
        Language wanted = language(language);
        if (wanted == (pinned != null ? pinned : current)) {
            return words.get();
        }
        PINNED.set(wanted);
        try {
            return words.get();
        } finally {
            if (pinned == null) {
                PINNED.remove();
            } else {
                PINNED.set(pinned);
            }
        }
    }

    /** Whether the language of the moment is English (the map's own names and no grammar to fit). */
    public static boolean english() {
        return now().english;
    }

    /** Whether the current language has a sentence for {@code key}. */
    public static boolean has(String key) {
        return now().bundle.containsKey(key);
    }

    /** The sentence for {@code key}, or {@code fallback} where the bundles have none (words that come from data). */
    public static String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    public static Locale locale() {
        return now().locale;
    }

    /** Switches every later {@link #get} to {@code language}; an unsupported one falls back to the default. */
    public static void setLocale(Locale language) {
        Locale chosen = LANGUAGES.stream().filter(l -> l.getLanguage().equals(Objects.requireNonNull(language).getLanguage()))
                .findFirst().orElse(LANGUAGES.get(0));
        current = language(chosen);
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
