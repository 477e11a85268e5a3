package org.balancedrealism.engine;

import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.Nation;
import org.balancedrealism.model.Visibility;
import org.balancedrealism.model.World;
import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Writes events into the world's log, stamped with the turn being resolved and their audience. */
public final class Events {
    private Events() {
    }

    /** An event everyone sees, its line and why (null for none) put into words when first read (see {@link GameEvent}). */
    public static void all(World w, EventKind kind, int actor, int target, Sentence text, Sentence why) {
        all(w, kind.id(), actor, target, text, why);
    }

    /** An event everyone sees that comes with its words (a scenario's own line, say). */
    public static void all(World w, EventKind kind, int actor, int target, String text, String why) {
        w.log.add(new GameEvent(w.turn + 1, kind.id(), id(w, actor), id(w, target), Visibility.ALL, List.of(), text, why));
    }

    /**
     * An aggressive act a scenario scripts under its own name ("puppet", "blockade"), logged as {@code act:<kind>}
     * for everyone: a kind no {@link EventKind} constant names reads back as {@link EventKind#OTHER_ACT}.
     */
    public static void scriptedAct(World w, String actKind, int actor, int target, String text, Sentence why) {
        all(w, EventKind.ACT_PREFIX + actKind, actor, target, Sentence.plain(text), why);
    }

    private static void all(World w, String kind, int actor, int target, Sentence text, Sentence why) {
        w.log.add(new GameEvent(w.turn + 1, kind, id(w, actor), id(w, target), Visibility.ALL, List.of(), text, why));
    }

    /** An event only the actor and target (and the listed others) see; its words are written when first read. */
    public static void parties(World w, EventKind kind, int actor, int target, Sentence text, Sentence why, int... others) {
        List<String> audience = new ArrayList<>();
        if (actor >= 0) {
            audience.add(w.id(actor));
        }
        if (target >= 0 && target != actor) {
            audience.add(w.id(target));
        }
        for (int o : others) {
            if (o >= 0 && !audience.contains(w.id(o))) {
                audience.add(w.id(o));
            }
        }
        w.log.add(new GameEvent(w.turn + 1, kind.id(), id(w, actor), id(w, target), Visibility.PARTIES, audience, text, why));
    }

    /**
     * State {@code i}'s name for an event's sentence, looked up when the sentence is written, in the language it is
     * written in (a name written now would stay English inside a sentence written later in French).
     */
    public static Supplier<String> nameLater(World w, int i) {
        Nation n = w.nation(i);
        String id = n.id;
        String mapName = n.name;
        return () -> CountryNames.of(id, mapName);
    }

    /** {@code names} (each written then) joined by commas when the sentence is written. */
    public static Supplier<String> joinedLater(List<Supplier<String>> names) {
        return () -> {
            java.util.StringJoiner joined = new java.util.StringJoiner(", ");
            for (Supplier<String> n : names) {
                joined.add(n.get());
            }
            return joined.toString();
        };
    }

    /** {@link World#territoryName(String)} of territory {@code id}, looked up like {@link #nameLater}. */
    public static Supplier<String> territoryNameLater(World w, String id) {
        int t = w.territoryIndex(id);
        if (t < 0) {
            return () -> id;
        }
        int core = w.territories[t].coreOf();
        return core >= 0 ? nameLater(w, core) : () -> CountryNames.territory(id);
    }

    /** {@link #f1} of {@code v} (its value now) when the sentence is written. */
    public static Supplier<String> f1Later(double v) {
        return () -> f1(v);
    }

    /** {@link #f2} of {@code v} (its value now) when the sentence is written. */
    public static Supplier<String> f2Later(double v) {
        return () -> f2(v);
    }

    /** {@link #figure} of {@code v} (its value now) when the sentence is written. */
    public static Supplier<String> figureLater(double v) {
        return () -> figure(v);
    }

    /** {@link #lossPct} of {@code factor} (its value now) when the sentence is written. */
    public static Supplier<String> lossPctLater(double factor) {
        return () -> lossPct(factor);
    }

    /** {@link #pct} of {@code v} (its value now) when the sentence is written. */
    public static Supplier<String> pctLater(double v) {
        return () -> pct(v);
    }

    private static String id(World w, int i) {
        return i < 0 ? null : w.id(i);
    }

    /** Formats a figure for narratives: two decimals. */
    public static String f2(double v) {
        return fixed(v, 2);
    }

    public static String f1(double v) {
        return fixed(v, 1);
    }

    /** A figure as a player reads it: at most four decimals, no trailing zeros ("8", "0.05", "2.5"). */
    public static String figure(double v) {
        return new java.math.BigDecimal(Double.toString(v)).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The loss a factor below 1 makes, in percent as a player reads it: 0.97 → "3%". */
    public static String lossPct(double factor) {
        return figure((1 - factor) * 100) + "%";
    }

    public static String pct(double v) {
        return fixed(v * 100, 1) + "%";
    }

    /**
     * Same text as {@code String.format(Locale.ROOT, "%.Nf", v)} (half-up on the shortest decimal form of the
     * double), several times faster: narratives are built for every move preview and coalition candidate.
     */
    static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
        }
        String text = awayFromHalves(v, decimals);
        if (text == null) {
            String shortest = Double.toString(v);
            text = shortest.indexOf('E') < 0 ? roundHalfUp(shortest, decimals)
                    : new java.math.BigDecimal(shortest).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if ((v < 0 || (v == 0 && 1 / v < 0)) && text.charAt(0) != '-') {
            text = "-" + text; // String.format keeps the sign of a negative figure that rounds to zero
        }
        return text;
    }

    private static final long[] TENS = {1, 10, 100, 1000, 10000};

    /**
     * The rounded figure straight from the double, without writing its digits first, when it is not near a half of the
     * last kept place (or null: then only the shortest decimal digits, as {@link #roundHalfUp} reads them, decide).
     * Away from a half, rounding the double and rounding its shortest decimal give the same figure: the two differ by
     * less than half an ulp, some ten orders of magnitude below the margin kept here.
     */
    static String awayFromHalves(double v, int decimals) {
        double a = Math.abs(v);
        if (decimals < 0 || decimals >= TENS.length || !(a < 1e9)) {
            return null;
        }
        double scaled = a * TENS[decimals];
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) <= 1e-6 * Math.max(1, scaled)) {
            return null;
        }
        long units = (long) floor + (frac > 0.5 ? 1 : 0);
        StringBuilder sb = new StringBuilder(16);
        if (v < 0 && units != 0) {
            sb.append('-');
        }
        long ten = TENS[decimals];
        sb.append(units / ten);
        if (decimals > 0) {
            String part = Long.toString(units % ten);
            sb.append('.');
            for (int k = part.length(); k < decimals; k++) {
                sb.append('0');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /**
     * What {@code new BigDecimal(plain).setScale(decimals, HALF_UP).toPlainString()} gives for a plain decimal such as
     * {@code "-12.345"} (no exponent), done on the digits: this runs for every figure of every text the engine and the
     * AI write, and BigDecimal was a tenth of a turn. The first dropped digit decides (5 or more rounds away from
     * zero), as HALF_UP does on the exact decimal; a result of zero carries no sign, as BigDecimal's has none.
     */
    static String roundHalfUp(String plain, int decimals) {
        boolean negative = plain.charAt(0) == '-';
        int from = negative ? 1 : 0;
        int point = plain.indexOf('.');
        if (point < 0) {
            point = plain.length();
        }
        int intDigits = point - from;
        // the kept digits, integer then fraction, with one spare place in front for a carry
        char[] digits = new char[1 + intDigits + decimals];
        digits[0] = '0';
        plain.getChars(from, point, digits, 1);
        for (int k = 0; k < decimals; k++) {
            int at = point + 1 + k;
            digits[1 + intDigits + k] = at < plain.length() ? plain.charAt(at) : '0';
        }
        int dropped = point + 1 + decimals;
        if (dropped < plain.length() && plain.charAt(dropped) >= '5') {
            int k = digits.length - 1;
            while (digits[k] == '9') {
                digits[k--] = '0';
            }
            digits[k]++;
        }
        int start = digits[0] == '0' ? 1 : 0;
        while (start < intDigits && digits[start] == '0' && start < digits.length - decimals - 1) {
            start++; // no leading zeros, but one digit before the point
        }
        boolean zero = true;
        for (int k = start; k < digits.length; k++) {
            zero &= digits[k] == '0';
        }
        StringBuilder sb = new StringBuilder(digits.length + 2);
        if (negative && !zero) {
            sb.append('-');
        }
        sb.append(digits, start, digits.length - decimals - start);
        if (decimals > 0) {
            sb.append('.').append(digits, digits.length - decimals, decimals);
        }
        return sb.toString();
    }
}
