package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
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
        box.getChildren().add(GameWindows.text(Texts.get("preview.cost", p.actionPoints(), GameModes.money(p.treasuryCost()))));
        if (p.threatChanges().isEmpty()) {
            box.getChildren().add(GameWindows.text(Texts.get("preview.noThreatChange")));
        } else {
            StringBuilder sb = new StringBuilder(Texts.get("preview.threats"));
            StringBuilder figures = new StringBuilder(Texts.get("preview.threats.figures"));
            for (int k = 0; k < Math.min(5, p.threatChanges().size()); k++) {
                MovePreview.ThreatChange c = p.threatChanges().get(k);
                String name = v.name(c.observer());
                sb.append("\n• ").append(Texts.get(c.after() >= c.before() ? "preview.threat.more" : "preview.threat.less",
                        name, PlainWords.threatLevel(v, c.after())));
                figures.append("\n• " + name + " " + Figures.number(c.before(), 2) + " → " + Figures.number(c.after(), 2));
            }
            Label threats = GameWindows.text(sb.toString());
            threats.setTooltip(PlainWords.tip(figures.toString()));
            box.getChildren().add(threats);
        }
        Label risk = GameWindows.text(Texts.get("preview.coalitionRisk",
                GameModes.pct(p.coalitionRiskBefore()), GameModes.pct(p.coalitionRisk())));
        risk.setId("preview-coalition-risk");
        box.getChildren().add(risk);
        if (!p.coalitionReason().isEmpty()) {
            Label why = GameWindows.text(p.coalitionReason());
            why.setId("preview-coalition-reason");
            box.getChildren().add(why);
        }
        double rise = p.overreachAfter() - p.overreachBefore();
        Label overreach = GameWindows.text(Texts.get(rise > 0.005 ? "preview.overreach.rise"
                : rise < -0.005 ? "preview.overreach.fall" : "preview.overreach.same"));
        overreach.setTooltip(PlainWords.tip(Texts.get("preview.overreach.figures", Figures.number(p.overreachBefore(), 2),
                Figures.number(p.overreachAfter(), 2))));
        box.getChildren().add(overreach);
        if (!p.likelyMembers().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String id : p.likelyMembers()) {
                names.add(v.name(id));
            }
            box.getChildren().add(GameWindows.text(Texts.get("preview.likelyMembers", String.join(", ", names))));
        }
        Button plan = new Button(Texts.get("preview.order"));
        plan.setId("plan-move");
        plan.getStyleClass().add("primary");
        plan.setFocusTraversable(false);
        plan.setOnAction(e -> {
            // ordering publishes a new view, which redraws the panel without this box
            beforeOrder.run();
            List<String> reasons = state.plan(move);
            if (!reasons.isEmpty()) {
                state.notices().set(List.of(Texts.get("preview.cannotOrder", move.kind().label(), String.join(" ", reasons))));
            }
        });
        Button cancel = new Button(Texts.get("save.cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> onCancel.run());
        box.getChildren().add(new HBox(6, plan, cancel));
        return box;
    }
}
