package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.scene.control.Tooltip;
import org.balancedrealism.engine.ThreatFactors;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.List;

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
        return Texts.get("words.forcesLabel", GameModes.money(militaryBn));
    }

    public static String forcesWhy(SeatView.StateFigures n) {
        return Texts.get("words.forcesWhy", GameModes.pct(n.milexShare()), GameModes.money(n.milexShare() * n.gdp()));
    }

    /** How strongly an observer feels a threat, in a word, on the rules' own thresholds. */
    public static String threatLevel(SeatView v, double threat) {
        if (threat >= v.game().acuteThreat()) {
            return Texts.get("words.threat.acute");
        }
        if (threat >= v.game().threatened()) {
            return Texts.get("words.threat.threatened");
        }
        return Texts.get(threat > 0 ? "words.threat.uneasy" : "words.threat.none");
    }

    /**
     * "It feels threatened by you, mostly because of your power and how close you are." The two largest factors are
     * named; allied discounting is said in words.
     *
     * @param youFeel whether the player feels it ("You feel…by it") rather than the other state ("It feels…by you")
     */
    public static String threatSentence(SeatView v, boolean youFeel, double threat, ThreatFactors f) {
        String who = youFeel ? "you" : "it";
        String level = threatLevel(v, threat);
        String sentence;
        if (threat > 0) {
            record Factor(double value, String name) { }
            List<Factor> parts = new ArrayList<>(List.of(new Factor(f.power(), "power"),
                    new Factor(f.proximity(), "closeness"), new Factor(f.offence(), "offence"),
                    new Factor(f.intentions(), "intentions")));
            parts.sort((a, b) -> Double.compare(b.value(), a.value()));
            String whose = youFeel ? "its" : "your";
            sentence = Texts.get("words.threatSentence." + who + ".because", level,
                    Texts.get("words.factor." + whose + "." + parts.get(0).name()),
                    Texts.get("words.factor." + whose + "." + parts.get(1).name()));
        } else {
            sentence = Texts.get("words.threatSentence." + who, level);
        }
        return f.allied() ? sentence + " " + Texts.get("words.alliedSoftens") : sentence;
    }

    /** The figures behind {@link #threatSentence}, for its tooltip. */
    public static String threatFigures(double threat, ThreatFactors f) {
        return Texts.get("words.threatFigures", Figures.number(threat, 2), Figures.number(f.power(), 2),
                Figures.number(f.proximity(), 2), Figures.number(f.offence(), 2), Figures.number(f.intentions(), 2))
                + (f.allied() ? "\n" + Texts.get("words.threatFigures.allied") : "");
    }

    /** Opinion −100..100 in a word. */
    public static String opinion(double o) {
        String word = o <= -50 ? "hostile" : o < -10 ? "unfriendly" : o <= 10 ? "indifferent" : o < 50 ? "friendly" : "warm";
        return Texts.get("words.opinion." + word);
    }

    /** Trust 0..1 in a word. */
    public static String trust(double t) {
        return Texts.get(t < 0.25 ? "words.trust.little" : t < 0.6 ? "words.trust.some" : "words.trust.much");
    }
}
