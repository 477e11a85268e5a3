package org.balancedrealism.ui.game;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.balancedrealism.engine.Scoring;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.CoalitionMember;
import org.balancedrealism.model.Treaty;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import org.balancedrealism.ui.screen.ScreenFrame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The game's windows: charts, diplomacy and the end screen (the turn report is {@link TurnReportView}). */
public final class GameWindows {
    public static final String REPORT_ID = "turn-report";
    public static final String CHARTS_ID = "charts";
    public static final String DIPLOMACY_ID = "diplomacy";
    public static final String END_ID = "end-screen";

    private GameWindows() {
    }

    static Label text(String s, String... classes) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().addAll(classes);
        return l;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setPrefViewportHeight(620);
        sp.setPrefViewportWidth(900);
        return sp;
    }

    // ---- charts ----

    /** One figure of the chart history. */
    public record Figure(String id, String title, Function<TurnStats, float[]> values, double scale) {
    }

    public static final List<Figure> FIGURES = List.of(
            new Figure("power", "Power share (%)", TurnStats::power, 100),
            new Figure("gdp", "GDP ($bn)", TurnStats::gdp, 1),
            new Figure("military", "Military ($bn)", TurnStats::military, 1),
            new Figure("overreach", "Overreach", TurnStats::overreach, 1));

    /** The states charted by default: me, the selected state, and the strongest others. */
    public static List<Integer> defaultRivals(World w, int me, int selected, int count) {
        Set<Integer> out = new LinkedHashSet<>();
        if (selected >= 0 && selected != me) {
            out.add(selected);
        }
        List<Integer> byPower = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (i != me && w.nation(i).alive) {
                byPower.add(i);
            }
        }
        byPower.sort(Comparator.comparingDouble((Integer i) -> -w.derived.power[i]));
        for (int i : byPower) {
            if (out.size() >= count) {
                break;
            }
            out.add(i);
        }
        return new ArrayList<>(out);
    }

    static LineChart<Number, Number> chart(World w, Figure f, List<Integer> states) {
        NumberAxis x = new NumberAxis();
        x.setLabel("turn");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("chart-" + f.id());
        chart.setTitle(f.title());
        chart.setAnimated(false);
        chart.setCreateSymbols(w.history.size() < 3);
        chart.setPrefSize(440, 280);
        for (int s : states) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(w.name(s));
            for (TurnStats t : w.history) {
                float[] v = f.values().apply(t);
                if (v != null && s < v.length) {
                    series.getData().add(new XYChart.Data<>(t.turn(), v[s] * f.scale()));
                }
            }
            chart.getData().add(series);
        }
        return chart;
    }

    static GridPane charts(World w, List<Integer> states) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int k = 0; k < FIGURES.size(); k++) {
            grid.add(chart(w, FIGURES.get(k), states), k % 2, k / 2);
        }
        return grid;
    }

    /** Power share, GDP, military and overreach over time for me and chosen rivals (toggle them). */
    public static ScreenFrame charts(World w, int me, int selected) {
        List<Integer> chosen = new ArrayList<>(defaultRivals(w, me, selected, 3));
        VBox box = new VBox(8);
        FlowPane picks = new FlowPane(6, 6);
        picks.setId("chart-rivals");
        VBox holder = new VBox();
        Runnable redraw = () -> {
            List<Integer> states = new ArrayList<>();
            states.add(me);
            states.addAll(chosen);
            holder.getChildren().setAll(charts(w, states));
        };
        for (int r : defaultRivals(w, me, selected, 10)) {
            ToggleButton b = new ToggleButton(w.name(r));
            b.setId("chart-rival-" + w.id(r));
            b.setSelected(chosen.contains(r));
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    chosen.add(r);
                } else {
                    chosen.remove(Integer.valueOf(r));
                }
                redraw.run();
            });
            picks.getChildren().add(b);
        }
        redraw.run();
        box.getChildren().addAll(text("You (" + w.name(me) + ") and rivals:", "muted"), picks, holder);
        if (w.history.isEmpty()) {
            box.getChildren().add(text("No turn has been played yet.", "muted"));
        }
        return new ScreenFrame(CHARTS_ID, "Charts", scroll(box));
    }

    // ---- diplomacy ----

    private static String names(World w, List<Integer> states) {
        return states.stream().map(w::name).collect(Collectors.joining(", "));
    }

    public static ScreenFrame diplomacy(World w, int me) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().add(text("Your treaties", "section-title"));
        VBox treaties = new VBox(3);
        treaties.setId("diplomacy-treaties");
        int others = 0;
        for (Treaty t : w.treaties) {
            if (t.involves(me)) {
                treaties.getChildren().add(text("• " + cap(t.type().label()) + " with " + w.name(t.other(me))
                        + (t.name() == null || t.name().isBlank() ? "" : " (" + t.name() + ")")
                        + ", since turn " + t.sinceTurn()));
            } else {
                others++;
            }
        }
        if (treaties.getChildren().isEmpty()) {
            treaties.getChildren().add(text("None.", "muted"));
        }
        box.getChildren().addAll(treaties, text(others + " treaties between other states.", "muted"));

        box.getChildren().add(text("Coalitions", "section-title"));
        VBox coalitions = new VBox(6);
        coalitions.setId("diplomacy-coalitions");
        for (Coalition c : w.coalitions) {
            VBox one = new VBox(2, text("Against " + w.name(c.target) + (c.target == me ? " (you)" : "")
                    + ", led by " + w.name(c.leader) + ", since turn " + c.formedTurn, "section-title"));
            if (!c.why.isBlank()) {
                one.getChildren().add(text("why: " + c.why, "muted"));
            }
            for (CoalitionMember m : c.members) {
                one.getChildren().add(text("• " + w.name(m.state()) + (m.troops() ? " (troops)" : "")
                        + (m.why() == null || m.why().isBlank() ? "" : " — " + m.why())));
            }
            coalitions.getChildren().add(one);
        }
        if (w.coalitions.isEmpty()) {
            coalitions.getChildren().add(text("No coalition stands against anyone.", "muted"));
        }
        box.getChildren().add(coalitions);

        box.getChildren().add(text("Wars", "section-title"));
        VBox wars = new VBox(4);
        wars.setId("diplomacy-wars");
        for (War war : w.wars) {
            wars.getChildren().add(text("• " + (war.name == null ? "War" : war.name) + ": " + names(w, war.attackers)
                    + " against " + names(w, war.defenders) + " — war score "
                    + String.format(Locale.ROOT, "%+.0f", war.warscore) + " (attackers' view), " + war.turns + " turns"));
        }
        if (w.wars.isEmpty()) {
            wars.getChildren().add(text("The world is at peace.", "muted"));
        }
        box.getChildren().add(wars);
        return new ScreenFrame(DIPLOMACY_ID, "Diplomacy", scroll(box));
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- end ----

    public static ScreenFrame endScreen(World w, int me) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        List<Integer> ranking = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            ranking.add(i);
        }
        List<Scoring.Score> scores = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            scores.add(Scoring.score(w, i));
        }
        ranking.sort(Comparator.comparingDouble((Integer i) -> -scores.get(i).total()));
        int place = ranking.indexOf(me) + 1;
        Scoring.Score mine = scores.get(me);
        box.getChildren().add(text("The game is over after " + w.turn + " turns (" + w.dateLabel() + ").", "section-title"));
        Label score = text(String.format(Locale.ROOT,
                "%s: place %d of %d · total %.1f · security %.1f · power %+.1f %% · prosperity %+.1f %% · prudence %.2f",
                w.name(me), place, w.size(), mine.total(), mine.security(), mine.power(), mine.prosperity(),
                mine.prudence()));
        score.setId("end-my-score");
        box.getChildren().add(score);
        box.getChildren().add(text("Ranking", "section-title"));
        VBox rank = new VBox(2);
        rank.setId("end-ranking");
        for (int k = 0; k < Math.min(15, ranking.size()); k++) {
            int i = ranking.get(k);
            rank.getChildren().add(text(String.format(Locale.ROOT, "%d. %s — %.1f%s", k + 1, w.name(i),
                    scores.get(i).total(), i == me ? "  ← you" : "")));
        }
        box.getChildren().add(rank);
        List<Integer> states = new ArrayList<>();
        states.add(me);
        states.addAll(defaultRivals(w, me, -1, 3));
        box.getChildren().add(charts(w, states));
        return new ScreenFrame(END_ID, "The end", scroll(box));
    }
}
