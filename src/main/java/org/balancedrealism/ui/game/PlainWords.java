package org.balancedrealism.ui.game;

import javafx.scene.control.Tooltip;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Player-facing sentences for the game's figures: the screen says "It feels threatened by you, mostly by your
 * power", the tooltip keeps "threat 0.62 — power 0.55, proximity 1.00…". Thresholds that decide a word come from the
 * rules where the rules have them (threatened, acute).
 */
public final class PlainWords {
    private PlainWords() {
    }

    /** A tooltip that wraps, for the figures behind a sentence. */
    public static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(440);
        return t;
    }

    /** "Forces (stock) $13.1 tn": the armed forces are a stock built over years, not a year's spending. */
    public static String forcesLabel(double militaryBn) {
        return "Forces (stock) " + GameModes.money(militaryBn);
    }

    public static String forcesWhy(SeatView.StateFigures n) {
        return "The value of the armed forces: a stock built up by years of military spending and worn down as "
                + "equipment ages; it is not a year's budget.\nBudget: " + GameModes.pct(n.milexShare()) + " of GDP, "
                + "about " + GameModes.money(n.milexShare() * n.gdp()) + " a year.";
    }

    /** How strongly an observer feels a threat, in a word, on the rules' own thresholds. */
    public static String threatLevel(SeatView v, double threat) {
        if (threat >= v.game().acuteThreat()) {
            return "acutely threatened";
        }
        if (threat >= v.game().threatened()) {
            return "threatened";
        }
        return threat > 0 ? "slightly uneasy" : "not threatened";
    }

    /**
     * "It feels threatened by you, mostly because of your power and how close you are." The two largest factors are
     * named; allied discounting is said in words.
     */
    public static String threatSentence(SeatView v, String subject, String object, double threat, ThreatFactors f) {
        StringBuilder sb = new StringBuilder(subject).append(" feel").append(subject.equals("You") ? "" : "s")
                .append(' ').append(threatLevel(v, threat)).append(" by ").append(object);
        if (threat > 0) {
            record Factor(double value, String name) { }
            List<Factor> parts = new ArrayList<>(List.of(new Factor(f.power(), "power"),
                    new Factor(f.proximity(), "closeness"), new Factor(f.offence(), "ability to attack"),
                    new Factor(f.intentions(), "apparent intentions")));
            parts.sort((a, b) -> Double.compare(b.value(), a.value()));
            String whose = object.equals("you") ? "your " : "its ";
            sb.append(", mostly because of ").append(whose).append(parts.get(0).name()).append(" and ")
                    .append(whose).append(parts.get(1).name());
        }
        sb.append('.');
        if (f.allied()) {
            sb.append(" Being allied softens it.");
        }
        return sb.toString();
    }

    /** The figures behind {@link #threatSentence}, for its tooltip. */
    public static String threatFigures(double threat, ThreatFactors f) {
        return String.format(Locale.ROOT, "Threat %.2f (0 none, 1 the most)\n• relative power %.2f\n• proximity %.2f"
                        + "\n• offensive capability %.2f\n• intentions read %.2f%s", threat, f.power(), f.proximity(),
                f.offence(), f.intentions(), f.allied() ? "\n• allied: threat discounted" : "");
    }

    /** Opinion −100..100 in a word. */
    public static String opinion(double o) {
        if (o <= -50) {
            return "hostile";
        }
        if (o < -10) {
            return "unfriendly";
        }
        if (o <= 10) {
            return "indifferent";
        }
        return o < 50 ? "friendly" : "warm";
    }

    /** Trust 0..1 in a word. */
    public static String trust(double t) {
        return t < 0.25 ? "little trust" : t < 0.6 ? "some trust" : "much trust";
    }
}
