package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancedrealism.report.Alert;
import org.balancedrealism.report.GoalProgress;
import org.balancedrealism.report.Standing;
import org.balancedrealism.report.WarStanding;

import java.util.List;

/**
 * Always in view under the map: my objective with its progress and my score and place; each of my wars with its
 * war score and weariness; and the alarms (stability, treasury, a war the game is about to end for me).
 */
public final class SeatStatusStrip {
    public static final String ID = "seat-status";

    private final VBox node = new VBox(2);
    private final Label goal = new Label();
    private final Label score = new Label();
    private final VBox wars = new VBox(1);
    private final VBox alerts = new VBox(1);

    /** @param inbox the inbox button, kept beside Goals (the status bar above is full at 1600 pixels) */
    public SeatStatusStrip(Runnable openGoals, Button inbox) {
        node.setId(ID);
        goal.setId("goal-line");
        goal.setMinWidth(0);
        goal.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(goal, Priority.ALWAYS);
        score.setId("score-line");
        score.setMinWidth(Region.USE_PREF_SIZE);
        wars.setId("war-lines");
        alerts.setId("alert-lines");
        Button goals = new Button(Texts.get("strip.goals"));
        goals.setId("open-goals");
        goals.setFocusTraversable(false);
        goals.setOnAction(e -> openGoals.run());
        goals.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, goal, score, inbox, goals);
        top.setAlignment(Pos.CENTER_LEFT);
        node.getChildren().addAll(top, wars, alerts);
    }

    public VBox node() {
        return node;
    }

    public void show(List<GoalProgress> goals, Standing standing, List<WarStanding> myWars, List<Alert> dangers) {
        if (goals.isEmpty()) {
            goal.setText(Texts.get("strip.noGoal"));
            goal.setTooltip(null);
        } else {
            GoalProgress first = goals.stream().filter(g -> !g.met()).findFirst().orElse(goals.get(0));
            goal.setText(Texts.get(first.met() ? "strip.goalMet" : "strip.goal", first.text(), first.progress())
                    + (goals.size() > 1 ? "  " + Texts.get("strip.moreGoals", goals.size() - 1) : ""));
            StringBuilder sb = new StringBuilder();
            for (GoalProgress g : goals) {
                sb.append(sb.isEmpty() ? "" : "\n").append(g.met() ? "✔ " : "• ").append(g.text()).append(": ")
                        .append(g.progress());
            }
            goal.setTooltip(tip(sb.toString()));
        }
        score.setText(BriefingWindow.standingLine(standing));
        score.setTooltip(tip(BriefingWindow.standingTip(standing)));
        wars.getChildren().clear();
        for (WarStanding w : myWars) {
            Label l = new Label(w.line());
            l.setId("war-line-" + w.warId());
            l.setTooltip(tip(Texts.get(w.leader() ? "strip.warTip.leader" : "strip.warTip", w.name(), Math.round(w.tolerance()))));
            wars.getChildren().add(l);
        }
        alerts.getChildren().clear();
        for (Alert a : dangers) {
            Label l = new Label("⚠ " + a.text());
            l.getStyleClass().add("alert-line");
            l.setTooltip(tip(a.detail()));
            alerts.getChildren().add(l);
        }
    }

    private static Tooltip tip(String s) {
        Tooltip t = new Tooltip(s);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }
}
