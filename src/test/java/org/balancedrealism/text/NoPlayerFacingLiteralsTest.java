package org.balancedrealism.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No English left in the UI's code: every sentence a player reads comes from the bundles through {@link Texts}, so
 * switching the language switches all of it. The test reads the sources under {@code ui/} and flags each string
 * literal that looks like words for a player: two or more letters and a space ("Hello world", " · turn "), or a
 * capitalised word ("Close").
 *
 * <p>What is not for a player is recognised, not listed: literals on a line that logs, throws, names a thread, sets a
 * style, an id or a style class, looks a node up, or names a FXGL action (FXGL's own input ids); CSS and format
 * patterns have no words. The few words that are the same in every language (the game's name) are in
 * {@link #SAME_IN_EVERY_LANGUAGE}.
 */
class NoPlayerFacingLiteralsTest {
    static final Path UI = Path.of("src/main/java/org/balancedrealism/ui");

    /** Literals that are words but read the same in every language. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "Balanced Realism" // the game's name
    );

    /** Pieces of log messages built before the log call (the start-up time's CPU part, the End-turn timing line). */
    static final Set<String> LOG_ONLY = Set.of(" (CPU time %.2f s)",
            "timing turn %d: engine %.0f ms (+ seat view %.0f ms, off the FX thread; CPU %.0f ms), UI %.0f ms ",
            "(view %.0f of which map %.0f, report %.0f, layout %.0f; FX thread CPU %.0f ms), ",
            "click to report %.0f ms%n");

    /** Lines whose literals are for the program or the developer, not for the player. */
    private static final Pattern NOT_FOR_THE_PLAYER = Pattern.compile(
            "LOG\\.|Logger|\\.log\\(|new Thread\\(|new \\w*Exception\\(|new \\w*Error\\(|requireNonNull|getStyleClass\\(\\)|setStyle\\("
                    + "|setId\\(|\\.lookup(All)?\\(|new UserAction\\(|@SuppressWarnings"
                    + "|System\\.getProperty|getResource|Font\\.font\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-zÀ-ÿ]{2,}");
    private static final Pattern LOOKS_LIKE_WORDS = Pattern.compile(".*[A-Za-zÀ-ÿ]{2,}.*\\s.*|.*\\s.*[A-Za-zÀ-ÿ]{2,}.*|^[A-Z][a-zà-ÿ]+.*");
    /** Style text, colours, and the opening of a record-like {@code toString} ("MapMode["). */
    private static final Pattern CSS = Pattern.compile("-fx-|^#[0-9a-fA-F]{3,8}$|^[a-z-]+:|^[A-Z]\\w*\\[$");

    @Test
    void noPlayerFacingLiteralIsLeftInTheUiCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(literalsIn(file));
            }
        }
        assertTrue(found.isEmpty(), found.size() + " player-facing literal(s) in ui/ (put them in assets/i18n and use "
                + "Texts.get):\n" + String.join("\n", found));
    }

    @Test
    void theTestCatchesALabelWrittenInEnglish() throws IOException {
        Path file = Files.createTempFile("Hello", ".java");
        try {
            Files.writeString(file, """
                    class Hello {
                        // a comment "In English" is fine
                        Object a = new Label("Hello world");
                        Object b = new Button("Close");
                        Object c = Texts.get("menu.quit");
                        Object d = getStyleClass().add("section-title");
                    }
                    """);
            List<String> found = literalsIn(file);
            assertTrue(found.size() == 2 && found.get(0).contains("Hello world") && found.get(1).contains("Close"),
                    String.valueOf(found));
        } finally {
            Files.delete(file);
        }
        assertFalse(looksPlayerFacing("menu-new-campaign"));
        assertFalse(looksPlayerFacing("%.1f%%"));
        assertFalse(looksPlayerFacing("-fx-font-size: 12px"));
    }

    static List<String> literalsIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean inComment = false;
        boolean inSkippedStatement = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String code = line.strip();
            if (inSkippedStatement) {
                // a log message or an exception's text that goes on over several lines
                inSkippedStatement = !code.endsWith(";");
                continue;
            }
            if (inComment) {
                if (code.contains("*/")) {
                    inComment = false;
                    code = code.substring(code.indexOf("*/") + 2);
                } else {
                    continue;
                }
            }
            if (code.startsWith("/*") || code.startsWith("*")) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.startsWith("//")) {
                continue;
            }
            if (NOT_FOR_THE_PLAYER.matcher(code).find()) {
                inSkippedStatement = !code.endsWith(";") && !code.endsWith("{") && !code.endsWith("}");
                continue;
            }
            Matcher m = LITERAL.matcher(withoutTrailingComment(code));
            while (m.find()) {
                if (looksPlayerFacing(m.group(1))) {
                    found.add(file + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                }
            }
        }
        return found;
    }

    static boolean looksPlayerFacing(String literal) {
        return WORDS.matcher(literal).find() && LOOKS_LIKE_WORDS.matcher(literal).matches()
                && !CSS.matcher(literal).find() && !SAME_IN_EVERY_LANGUAGE.contains(literal) && !LOG_ONLY.contains(literal);
    }

    private static String withoutTrailingComment(String code) {
        int at = code.indexOf("//");
        while (at >= 0) {
            // a // inside a literal ("http://") is not a comment: count the quotes before it
            long quotes = code.substring(0, at).chars().filter(ch -> ch == '"').count();
            if (quotes % 2 == 0) {
                return code.substring(0, at);
            }
            at = code.indexOf("//", at + 2);
        }
        return code;
    }
}
