package org.balancedrealism.ui.game;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.report.GoalProgress;
import org.balancedrealism.report.Standing;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.List;
import java.util.Locale;

/**
 * The scenario's briefing and my goals (DESIGN §9 "Goals in view"): opened on the first turn, and from the Goals
 * button at any time, with each objective's progress and my running score and place.
 */
public final class BriefingWindow {
    public static final String ID = "briefing";

    private BriefingWindow() {
    }

    /**
     * @param scenario  the scenario's card (title, date, summary), or null if unknown
     * @param stateName the state the seat plays
     * @param turnLine  "turn 1 of 80 · 2024-07"
     */
    public static ScreenFrame create(ScenarioCard scenario, String stateName, String turnLine, List<GoalProgress> goals,
                                     Standing standing) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(8));
        box.setPrefWidth(760);
        if (scenario != null) {
            box.getChildren().add(GameWindows.text(scenario.title()
                    + (scenario.date() == null ? "" : " · " + scenario.date()), "section-title"));
            if (scenario.summary() != null && !scenario.summary().isBlank()) {
                box.getChildren().add(GameWindows.text(scenario.summary()));
            }
        }
        box.getChildren().add(GameWindows.text("You lead " + stateName + ". It is " + turnLine + "."));
        box.getChildren().add(GameWindows.text("Your objectives", "section-title"));
        VBox list = new VBox(8);
        list.setId("briefing-objectives");
        for (GoalProgress g : goals) {
            Label text = GameWindows.text((g.met() ? "✔ " : "• ") + g.text());
            text.setId("objective-" + g.id());
            list.getChildren().addAll(text, GameWindows.text("   " + g.progress(), "muted"));
        }
        if (goals.isEmpty()) {
            list.getChildren().add(GameWindows.text("The scenario sets you no objective of your own: aim for the best "
                    + "score.", "muted"));
        }
        box.getChildren().add(list);
        box.getChildren().add(GameWindows.text("Your score", "section-title"));
        Label score = GameWindows.text(standingLine(standing));
        score.setId("briefing-score");
        box.getChildren().addAll(score, GameWindows.text("The score adds your security (how little you are threatened, "
                + "the territory you keep), the change of your share of world power, and the growth of your economy. "
                + "Prudence — power gained for the hostility you stir — is shown beside it. Whoever grabs too much, too "
                + "fast finds the world lined up against them.", "muted"));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(560);
        sp.setPrefViewportWidth(800);
        return new ScreenFrame(ID, "Briefing and goals", sp);
    }

    /** "Score 104.2 · 12th of 197". */
    static String standingLine(Standing s) {
        return String.format(Locale.ROOT, "Score %.1f · %s of %d", s.total(), ordinal(s.place()), s.of());
    }

    static String standingTip(Standing s) {
        return String.format(Locale.ROOT, "Security %.1f · power %+.1f%% · prosperity %+.1f%% · prudence %.2f",
                s.security(), s.power(), s.prosperity(), s.prudence());
    }

    static String ordinal(int n) {
        int t = n % 100;
        String suffix = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
