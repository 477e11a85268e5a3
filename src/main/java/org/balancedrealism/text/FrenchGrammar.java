package org.balancedrealism.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits a French sentence to the states it names, before {@link java.text.MessageFormat} fills it in: the bundle
 * writes "le camp de {1}" and "{0} [sanctionne|sanctionnent] {1}", and the sentence reads "le camp des États-Unis",
 * "La France sanctionne l’Iran", "Les États-Unis sanctionnent la Chine".
 *
 * <ul>
 *   <li>A state's name in running text takes its article (la France, les États-Unis, l’Iran; Israël none), with a
 *       capital at the start of the sentence.</li>
 *   <li>"de", "à" and "en" before a state's name contract with the article: des États-Unis, du Canada, d’Israël,
 *       aux États-Unis, au Canada, en France.</li>
 *   <li>A name standing as a label keeps no article: at the start of a line with no word after it ("France : 12 %",
 *       "France (vous)"), or joined by a dash ("guerre Iran–Irak").</li>
 *   <li>{@code [singular|plural]} picks the verb for the state named last before it ("{0} et {1} [lève|lèvent]").</li>
 * </ul>
 * The figures among the arguments take a decimal comma ({@link #figures}). A list of states joined by commas ("Allemagne, Italie", as the engine writes who joined) takes the forms name by
 * name. Any other argument is left as it is.
 */
final class FrenchGrammar {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern PREPOSITION = Pattern.compile("(?:^|(?<=[\\s(«’—]))(de|De|à|À|en|En) $");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\[([^|\\]\\[]*)\\|([^\\]\\[]*)]");
    private static final String LIST_SEPARATOR = ", ";

    private FrenchGrammar() {
    }

    static String fit(String pattern, Object[] args) {
        List<List<Named>> states = new ArrayList<>(args.length);
        boolean any = false;
        for (Object arg : args) {
            List<Named> named = arg instanceof String s ? named(s) : null;
            states.add(named);
            any |= named != null || (arg instanceof String s && s.indexOf('[') >= 0);
        }
        if (!any && pattern.indexOf('[') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        boolean plural = false; // the last state named: the verbs after it agree with it
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            List<Named> named = index < states.size() ? states.get(index) : null;
            // a verb before any name agrees with a subject outside this text ("[envahit|envahissent] {0}" goes
            // after a state's name in another sentence): it stays for that sentence to choose
            String before = pattern.substring(last, m.start());
            out.append(last == 0 ? before : alternatives(before, plural));
            last = m.end();
            if (named == null) {
                Object arg = index < args.length ? args[index] : null;
                if (arg instanceof String text && text.indexOf('[') >= 0 && text.indexOf('|') >= 0) {
                    out.append(quoted(alternatives(text, plural))); // such a verb, now after its subject
                } else {
                    out.append(m.group());
                }
                continue;
            }
            plural = named.size() > 1 || named.get(0).article().plural();
            if (label(pattern, m.start(), m.end())) {
                out.append(m.group());
                continue;
            }
            Matcher prep = PREPOSITION.matcher(out);
            String preposition = null;
            if (prep.find()) {
                preposition = prep.group(1);
                out.setLength(prep.start(1));
            }
            boolean capital = out.isEmpty() || out.toString().endsWith(". ")
                    || (preposition != null && Character.isUpperCase(preposition.charAt(0)));
            StringBuilder phrase = new StringBuilder();
            for (Named n : named) {
                if (!phrase.isEmpty()) {
                    phrase.append(LIST_SEPARATOR);
                }
                phrase.append(n.form(preposition == null ? null : preposition.toLowerCase(java.util.Locale.ROOT)));
            }
            if (capital) {
                phrase.setCharAt(0, Character.toUpperCase(phrase.charAt(0)));
            }
            out.append(quoted(phrase.toString()));
        }
        String rest = pattern.substring(last);
        out.append(last == 0 ? rest : alternatives(rest, plural));
        return out.toString();
    }

    /** Text put into the pattern itself, where a lone quote would open a quoted run and a brace an argument. */
    private static String quoted(String text) {
        return text.replace("'", "''").replace("{", "'{'");
    }

    /**
     * The figures among {@code args} written the French way: a decimal comma and a space before the percent sign
     * ("12,5 %"). The engine writes its figures as text in the English way, so that the English game reads as it did.
     */
    static Object[] figures(Object[] args) {
        Object[] out = null;
        for (int k = 0; k < args.length; k++) {
            if (args[k] instanceof String s && FIGURE.matcher(s).matches()) {
                if (out == null) {
                    out = args.clone();
                }
                String french = s.replace('.', ',');
                out[k] = french.endsWith("%") ? french.substring(0, french.length() - 1) + "\u202f%" : french;
            }
        }
        return out == null ? args : out;
    }

    private static final Pattern FIGURE = Pattern.compile("[-+−]?\\d+(\\.\\d+)?%?");

    /**
     * A name that starts a line keeps no article unless a word follows it ("La France envahit…", but "France : 12 %",
     * "France (vous)", a name over its figures); nor does one joined by a dash ("guerre Iran–Irak").
     */
    private static boolean label(String pattern, int start, int end) {
        boolean lineStart = start == 0 || pattern.charAt(start - 1) == '\n';
        if (lineStart) {
            // a word, a verb to choose ("[a|ont]") or a verb phrase given as an argument follows a subject
            return !(end + 1 < pattern.length() && pattern.charAt(end) == ' '
                    && (Character.isLowerCase(pattern.charAt(end + 1)) || "[{".indexOf(pattern.charAt(end + 1)) >= 0));
        }
        char before = pattern.charAt(start - 1);
        char next = end < pattern.length() ? pattern.charAt(end) : ' ';
        return "–-/".indexOf(before) >= 0 || "–-/".indexOf(next) >= 0;
    }

    private static String alternatives(String pattern, boolean plural) {
        if (pattern.indexOf('[') < 0) {
            return pattern;
        }
        Matcher m = ALTERNATIVE.matcher(pattern);
        StringBuilder out = new StringBuilder(pattern.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(plural ? 2 : 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The state or states {@code text} names, or null when it is not a state's name nor a list of them. */
    private static List<Named> named(String text) {
        FrenchArticle one = CountryNames.frenchArticle(text);
        if (one != null) {
            return List.of(new Named(text, one));
        }
        if (!text.contains(LIST_SEPARATOR)) {
            return null;
        }
        List<Named> out = new ArrayList<>();
        for (String part : text.split(LIST_SEPARATOR)) {
            FrenchArticle a = CountryNames.frenchArticle(part);
            if (a == null) {
                return null;
            }
            out.add(new Named(part, a));
        }
        return out;
    }

    private record Named(String name, FrenchArticle article) {
        String form(String preposition) {
            String lead = preposition == null ? article.article : switch (preposition) {
                case "de" -> article.afterDe;
                case "à" -> article.afterA;
                default -> article.afterEn;
            };
            return lead + name;
        }
    }
}
