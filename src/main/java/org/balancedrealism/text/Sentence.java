package org.balancedrealism.text;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sentence not yet written: its key in the bundles and its arguments, put into words by {@link Texts#get} only when
 * someone reads it. The rules say why a move is refused for every candidate the AI weighs, and most of those reasons
 * are never read (the AI only asks whether there is one), so they are kept as a key and arguments until a screen, a
 * log or a test reads them, in the language of that moment. An argument that is itself a sentence, or a
 * {@link Supplier} (a figure to format, say), is written first.
 */
public final class Sentence {
    private final String key;
    private final Object[] args;

    private Sentence(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** The sentence for {@code key} with {@code args} in its {@code {0}}, {@code {1}}…, written when read. */
    public static Sentence of(String key, Object... args) {
        return new Sentence(key, args);
    }

    /** Words that are words already (a scenario's line, a count with its unit), read as they are. */
    public static Sentence plain(String words) {
        return new Sentence(null, new Object[]{words});
    }

    /**
     * {@code parts} (sentences, arguments written later, plain text) written when read and put one after the other:
     * a reason told in several sentences, each of them written in the language of the moment.
     */
    public static Sentence joined(Object... parts) {
        return new Sentence(null, parts);
    }

    /** The key in the bundles (what a rule said, whatever the language); null for {@link #plain} and {@link #joined}. */
    public String key() {
        return key;
    }

    /** The sentence in words, in the language of the moment. */
    public String text() {
        if (key == null) {
            StringBuilder joined = new StringBuilder();
            for (Object part : args) {
                joined.append(part instanceof Supplier<?> later ? later.get() : part);
            }
            return joined.toString();
        }
        Object[] written = args;
        for (int k = 0; k < args.length; k++) {
            if (args[k] instanceof Sentence || args[k] instanceof Supplier<?>) {
                if (written == args) {
                    written = args.clone();
                }
                written[k] = args[k] instanceof Sentence s ? s.text() : ((Supplier<?>) args[k]).get();
            }
        }
        return Texts.get(key, written);
    }

    /** An argument written only when the sentence is ({@code words} is called then, not now). */
    public static Supplier<String> later(Supplier<String> words) {
        return words;
    }

    /** The words: a sentence reads as its text wherever a string is wanted. */
    @Override
    public String toString() {
        return text();
    }

    /** {@code sentences} read as strings: each is written when it is read (the list itself is not copied). */
    public static List<String> inWords(List<Sentence> sentences) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return sentences.get(index).text();
            }

            @Override
            public int size() {
                return sentences.size();
            }
        };
    }
}
