package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.balancedrealism.session.SeatView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second row of the game screen's top bar: my date, power, GDP, military, treasury, action points and overreach,
 * the turn's progress and the buttons of the charts, diplomacy and last report. Redrawn from each published view.
 */
final class StatusBarPane {
    private final Label date = status("status-date");
    private final Label power = status("status-power");
    private final Label gdp = status("status-gdp");
    private final Label military = status("status-military");
    private final Label treasury = status("status-treasury");
    private final Label actionPoints = status("status-ap");
    private final ProgressBar overreach = new ProgressBar(0);
    private final Label overreachText = status("status-overreach");
    private final ProgressIndicator progress = new ProgressIndicator();

    /**
     * Fills {@code bar} and keeps it up to date with {@code state}.
     *
     * @param openCharts    the Charts button
     * @param openDiplomacy the Diplomacy button
     * @param openReport    the Last report button
     */
    StatusBarPane(Pane bar, GameViewState state, Runnable openCharts, Runnable openDiplomacy, Runnable openReport) {
        overreach.setId("overreach-meter");
        overreach.setPrefWidth(64);
        progress.setId("turn-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(state.resolving());
        Button charts = button("open-charts", Texts.get("charts.title"), openCharts);
        Button diplomacy = button("open-diplomacy", Texts.get("diplomacy.title"), openDiplomacy);
        Button report = button("open-report", Texts.get("status.lastReport"), openReport);
        report.setTooltip(PlainWords.tip(Texts.get("status.lastReport.tip")));
        // the windows read the view of the seat playing: not while a turn changes it
        for (Button b : List.of(charts, diplomacy, report)) {
            b.disableProperty().bind(state.resolving());
        }
        Label overreachName = new Label(Texts.get("modes.overreach"));
        overreachName.setMinWidth(Region.USE_PREF_SIZE);
        HBox over = new HBox(4, overreachName, overreach, overreachText);
        over.setAlignment(Pos.CENTER_LEFT);
        over.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().setAll(date, power, gdp, military, treasury, actionPoints, over, progress, charts,
                diplomacy, report);
        state.view().addListener((obs, old, now) -> show(now));
        if (state.get() != null) {
            show(state.get());
        }
    }

    private static Label status(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE); // never "GDP $1…": the status bar wraps instead
        return l;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(SeatView v) {
        if (v == null) {
            return;
        }
        SeatView.StateFigures n = v.mine();
        date.setText(Texts.get("status.date", Figures.month(v.game().dateLabel()), v.game().turn() + 1, v.game().maxTurns()));
        power.setText(Texts.get("status.power", GameModes.pct(n.power())));
        gdp.setText(Texts.get("status.gdp", GameModes.money(n.gdp())));
        military.setText(PlainWords.forcesLabel(n.military()));
        military.setTooltip(PlainWords.tip(PlainWords.forcesWhy(n)));
        treasury.setText(Texts.get("status.treasury", GameModes.money(n.treasury())));
        actionPoints.setText(Texts.get("status.actionPoints", v.actionPointsLeft(), n.actionPoints()));
        if (actionPoints.getTooltip() == null) {
            actionPoints.setTooltip(PlainWords.tip(Texts.get("status.actionPoints.tip")));
        }
        OverreachGauge gauge = OverreachGauge.of(v);
        overreach.setProgress(gauge.fill());
        overreachText.setText(gauge.words());
        Tooltip tip = new Tooltip(gauge.figures() + "\n\n" + overreachWhy(v));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        overreach.setTooltip(tip);
        overreachText.setTooltip(tip);
    }

    /** Who remembers what of me: the observers with the most remembered hostility, weighted by their power. */
    static String overreachWhy(SeatView v) {
        // relations are in state order: relation k is state k's
        List<Integer> observers = new ArrayList<>();
        for (int k = 0; k < v.relations().size(); k++) {
            SeatView.Relation r = v.relations().get(k);
            if (r.standing() != SeatView.Standing.ME && r.remembers() > 0.005) {
                observers.add(k);
            }
        }
        observers.sort(Comparator.comparingDouble((Integer k) -> -v.relations().get(k).remembers()
                * v.states().get(k).power()));
        StringBuilder sb = new StringBuilder(Texts.get("status.overreachWhy"));
        if (observers.isEmpty()) {
            sb.append("\n").append(Texts.get("status.nobodyRemembers"));
        }
        for (int k = 0; k < Math.min(8, observers.size()); k++) {
            int i = observers.get(k);
            SeatView.StateFigures s = v.states().get(i);
            sb.append("\n").append(Texts.get("status.remembers", s.name(), Figures.number(v.relations().get(i).remembers(), 2),
                    GameModes.pct(s.power())));
        }
        return sb.toString();
    }
}
