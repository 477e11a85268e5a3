package org.balancedrealism.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every language says everything: the English bundle (the root) and each other bundle hold the same keys, no value
 * is empty, and each pattern is a valid {@link MessageFormat} with the same arguments in every language, so a
 * sentence never loses a figure or shows a raw key when the player switches language.
 */
class BundleCompletenessTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyOfEveryBundleIsInEveryOtherBundle() throws IOException {
        Properties english = bundle(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Locale language : others()) {
            Properties other = bundle(language);
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                if (!other.containsKey(key)) {
                    problems.add(file(language) + " lacks " + key);
                }
            }
            for (String key : new TreeSet<>(other.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    problems.add(file(language) + " has " + key + ", which the English bundle lacks");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noSentenceIsEmpty() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            bundle(language).forEach((k, v) -> {
                if (v.toString().isBlank()) {
                    problems.add(file(language) + ": " + k + " is empty");
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPatternParsesAndTakesTheSameArgumentsInEveryLanguage() throws IOException {
        Properties english = bundle(Locale.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            Properties bundle = bundle(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                try {
                    new MessageFormat(pattern, language);
                } catch (IllegalArgumentException e) {
                    problems.add(file(language) + ": " + key + " is not a valid pattern: " + e.getMessage());
                    continue;
                }
                if (english.containsKey(key) && !arguments(pattern).equals(arguments(english.getProperty(key)))) {
                    problems.add(file(language) + ": " + key + " takes arguments " + arguments(pattern)
                            + " but the English " + arguments(english.getProperty(key)));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * {@link Texts#get} formats a sentence only when it is given arguments, so a quote means two different things:
     * in a sentence with arguments a lone ' starts a quoted run and swallows the rest (write '' or ’), and in one
     * without it would show doubled.
     */
    @Test
    void apostrophesShowAsWritten() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            bundle(language).forEach((k, v) -> {
                String pattern = v.toString();
                boolean formatted = !arguments(pattern).isEmpty();
                String withoutDoubled = pattern.replace("''", "");
                if (formatted && withoutDoubled.contains("'")) {
                    problems.add(file(language) + ": " + k + " has arguments and a lone ' (write '' or ’)");
                } else if (!formatted && pattern.contains("''")) {
                    problems.add(file(language) + ": " + k + " has no arguments, so '' shows as two quotes");
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertTrue(Texts.get("no.such.key").contains("no.such.key"));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Locale> others() {
        return Texts.LANGUAGES.subList(1, Texts.LANGUAGES.size());
    }

    private static String file(Locale language) {
        return "assets/i18n/messages" + (language.equals(Texts.LANGUAGES.get(0)) ? "" : "_" + language.getLanguage())
                + ".properties";
    }

    private static Properties bundle(Locale language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/" + file(language))) {
            assertTrue(in != null, file(language) + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
