package org.balancedrealism.text;

import org.balancedrealism.text.Texts;
/**
 * Figures as a player reads them, in the current language of {@link Texts}: the decimal comma and the grouping of
 * French, the units' words and places ("$13.1 tn" in English, "13,1 billions $" in French). Every screen that shows
 * money, a share or a population formats it here, so a language changes them all at once.
 */
public final class Figures {
    private Figures() {
    }

    /** {@code value} with {@code decimals} places, grouped, in the current language ("1,234.5" or "1 234,5"). */
    public static String number(double value, int decimals) {
        return String.format(Texts.locale(), "%,." + decimals + "f", value);
    }

    /** The same with its sign always written ("+1.5", "−0.3"). */
    public static String signed(double value, int decimals) {
        return String.format(Texts.locale(), "%+,." + decimals + "f", value);
    }

    /** A share 0..1 as a percentage with one decimal ("12.5 %"). */
    public static String percent(double share) {
        return percent(share, 1);
    }

    /** A share 0..1 as a percentage with {@code decimals} places. */
    public static String percent(double share, int decimals) {
        return Texts.get("figure.percent", number(100 * share, decimals));
    }

    /** A percentage change with its sign ("+1.5 %"). */
    public static String signedPercent(double share, int decimals) {
        return Texts.get("figure.percent", signed(100 * share, decimals));
    }

    /** A place in a ranking: 1st, 2nd, 3rd, 4th … 11th … 21st in English; 1er, 2e, 3e … in French. */
    public static String ordinal(int n) {
        if (Texts.locale().getLanguage().equals("fr")) {
            return n == 1 ? "1er" : n + "e";
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * A game date ("2025-04", as the world counts turns) as the player's language writes a month: "April 2025",
     * "avril 2025". Anything else is returned as it is.
     */
    public static String month(String yearMonth) {
        try {
            return java.time.YearMonth.parse(yearMonth).format(
                    java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", Texts.locale()));
        } catch (java.time.DateTimeException | NullPointerException e) {
            return yearMonth;
        }
    }

    /** Billions of dollars in the unit that reads best: trillions, billions, or millions below one billion. */
    public static String money(double bn) {
        if (Math.abs(bn) >= 1000) {
            return Texts.get("figure.money.tn", number(bn / 1000, 1));
        }
        if (Math.abs(bn) >= 10) {
            return Texts.get("figure.money.bn", number(bn, 0));
        }
        if (Math.abs(bn) >= 1) {
            return Texts.get("figure.money.bn", number(bn, 1));
        }
        return Texts.get("figure.money.m", number(bn * 1000, 0));
    }

    /** Millions of people: "1,234.5 m", or thousands below a million. */
    public static String population(double millions) {
        if (millions >= 1) {
            return Texts.get("figure.population.m", number(millions, 1));
        }
        return Texts.get("figure.population.thousand", number(millions * 1000, 0));
    }
}
