package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.report.GoalProgress;
import org.balancedrealism.report.Standing;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.List;

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
        box.getChildren().add(GameWindows.text(Texts.get("briefing.youLead", stateName, turnLine)));
        box.getChildren().add(GameWindows.text(Texts.get("briefing.objectives"), "section-title"));
        VBox list = new VBox(8);
        list.setId("briefing-objectives");
        for (GoalProgress g : goals) {
            Label text = GameWindows.text((g.met() ? "✔ " : "• ") + g.text());
            text.setId("objective-" + g.id());
            list.getChildren().addAll(text, GameWindows.text("   " + g.progress(), "muted"));
        }
        if (goals.isEmpty()) {
            list.getChildren().add(GameWindows.text(Texts.get("briefing.noObjective"), "muted"));
        }
        box.getChildren().add(list);
        box.getChildren().add(GameWindows.text(Texts.get("briefing.score"), "section-title"));
        Label score = GameWindows.text(standingLine(standing));
        score.setId("briefing-score");
        box.getChildren().addAll(score, GameWindows.text(Texts.get("briefing.scoreExplained"), "muted"));
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(560);
        sp.setPrefViewportWidth(800);
        return new ScreenFrame(ID, Texts.get("briefing.title"), sp);
    }

    /** "Score 104.2 · 12th of 197". */
    static String standingLine(Standing s) {
        return Texts.get("briefing.standing", Figures.number(s.total(), 1), ordinal(s.place()), s.of());
    }

    static String standingTip(Standing s) {
        return Texts.get("briefing.standingTip", Figures.number(s.security(), 1), Figures.signed(s.power(), 1),
                Figures.signed(s.prosperity(), 1), Figures.number(s.prudence(), 2));
    }

    static String ordinal(int n) {
        return Figures.ordinal(n);
    }
}
