package org.balancedrealism.ui.game;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.MovePreview;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a move would do, shown before the player orders it: the engine's {@link MovePreview} in words. */
final class MovePreviewBox {
    private MovePreviewBox() {
    }

    /**
     * The box under a move button: cost, who would fear the mover more, the coalition risk with its reason in words,
     * overreach, and the buttons to order it or to close the preview; the move's own {@code choices} (a war aim,
     * peace terms) stand under its description.
     */
    static Node of(GameViewState state, Move move, List<Node> choices, Runnable beforeOrder, Runnable onCancel) {
        MovePreview p = state.preview(move);
        SeatView v = state.get();
        VBox box = new VBox(3);
        box.setId("move-preview");
        box.setPadding(new Insets(6));
        box.setStyle("-fx-border-color: #8a8; -fx-border-width: 1; -fx-background-color: rgba(120,160,120,0.12);");
        box.getChildren().add(GameWindows.text(move.kind().description()));
        box.getChildren().addAll(choices);
        box.getChildren().add(GameWindows.text(String.format(Locale.ROOT, "Cost: %d action point%s, %s", p.actionPoints(),
                p.actionPoints() == 1 ? "" : "s", GameModes.money(p.treasuryCost()))));
        if (p.threatChanges().isEmpty()) {
            box.getChildren().add(GameWindows.text("No state would feel noticeably more or less threatened by you."));
        } else {
            StringBuilder sb = new StringBuilder("Threat they would feel from you:");
            StringBuilder figures = new StringBuilder("Threat felt from you (0 none, 1 the most), before → after:");
            for (int k = 0; k < Math.min(5, p.threatChanges().size()); k++) {
                MovePreview.ThreatChange c = p.threatChanges().get(k);
                String name = v.name(c.observer());
                sb.append("\n• ").append(name).append(c.after() >= c.before() ? " more" : " less")
                        .append(" threatened, then ").append(PlainWords.threatLevel(v, c.after()));
                figures.append(String.format(Locale.ROOT, "\n• %s %.2f → %.2f", name, c.before(), c.after()));
            }
            Label threats = GameWindows.text(sb.toString());
            threats.setTooltip(PlainWords.tip(figures.toString()));
            box.getChildren().add(threats);
        }
        Label risk = GameWindows.text(String.format(Locale.ROOT, "Coalition risk against you: %s → %s",
                GameModes.pct(p.coalitionRiskBefore()), GameModes.pct(p.coalitionRisk())));
        risk.setId("preview-coalition-risk");
        box.getChildren().add(risk);
        if (!p.coalitionReason().isEmpty()) {
            Label why = GameWindows.text(p.coalitionReason());
            why.setId("preview-coalition-reason");
            box.getChildren().add(why);
        }
        double rise = p.overreachAfter() - p.overreachBefore();
        Label overreach = GameWindows.text(rise > 0.005 ? "Your overreach would rise: the world would remember this against you."
                : rise < -0.005 ? "Your overreach would fall." : "Your overreach would not change.");
        overreach.setTooltip(PlainWords.tip(String.format(Locale.ROOT, "Overreach %.2f → %.2f", p.overreachBefore(),
                p.overreachAfter())));
        box.getChildren().add(overreach);
        if (!p.likelyMembers().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : p.likelyMembers()) {
                names.add(v.name(id));
            }
            box.getChildren().add(GameWindows.text("Would likely balance against you: " + String.join(", ", names)));
        }
        Button plan = new Button("Order it");
        plan.setId("plan-move");
        plan.getStyleClass().add("primary");
        plan.setFocusTraversable(false);
        plan.setOnAction(e -> {
            // ordering publishes a new view, which redraws the panel without this box
            beforeOrder.run();
            List<String> reasons = state.plan(move);
            if (!reasons.isEmpty()) {
                state.notices().set(List.of("Cannot order " + move.kind().label() + ": " + String.join(" ", reasons)));
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> onCancel.run());
        box.getChildren().add(new HBox(6, plan, cancel));
        return box;
    }
}
