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
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.session.SeatView;
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

    /** The states charted by default: me, the selected state, and the strongest others (state indices). */
    public static List<Integer> defaultRivals(SeatView v, String selected, int count) {
        int me = v.mine().index();
        SeatView.StateFigures sel = selected == null ? null : v.state(selected);
        Set<Integer> out = new LinkedHashSet<>();
        if (sel != null && sel.index() != me) {
            out.add(sel.index());
        }
        List<SeatView.StateFigures> byPower = new ArrayList<>();
        for (SeatView.StateFigures s : v.states()) {
            if (s.index() != me && s.alive()) {
                byPower.add(s);
            }
        }
        byPower.sort(Comparator.comparingDouble((SeatView.StateFigures s) -> -s.power()));
        for (SeatView.StateFigures s : byPower) {
            if (out.size() >= count) {
                break;
            }
            out.add(s.index());
        }
        return new ArrayList<>(out);
    }

    /**
     * Turns are whole numbers: the axis runs from the first to the last turn played with a whole tick step, so it
     * shows "1, 2, 3", never "0.9, 1.1" (auto-ranging picks fractional steps when only a turn or two were played).
     */
    static void turnTicks(NumberAxis axis, int first, int last) {
        int lo = Math.min(first, last);
        int hi = Math.max(lo + 1, Math.max(first, last));
        axis.setAutoRanging(false);
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(Math.max(1, Math.ceil((hi - lo) / 10.0)));
        axis.setMinorTickVisible(false);
    }

    static LineChart<Number, Number> chart(SeatView v, Figure f, List<Integer> states) {
        NumberAxis x = new NumberAxis();
        x.setLabel("turn");
        x.setForceZeroInRange(false);
        List<TurnStats> history = v.history();
        turnTicks(x, history.isEmpty() ? 0 : history.get(0).turn(),
                history.isEmpty() ? 1 : history.get(history.size() - 1).turn());
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("chart-" + f.id());
        chart.setTitle(f.title());
        chart.setAnimated(false);
        chart.setCreateSymbols(v.history().size() < 3);
        chart.setPrefSize(440, 280);
        for (int s : states) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(v.states().get(s).name());
            for (TurnStats t : v.history()) {
                float[] values = f.values().apply(t);
                if (values != null && s < values.length) {
                    series.getData().add(new XYChart.Data<>(t.turn(), values[s] * f.scale()));
                }
            }
            chart.getData().add(series);
        }
        return chart;
    }

    static GridPane charts(SeatView v, List<Integer> states) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int k = 0; k < FIGURES.size(); k++) {
            grid.add(chart(v, FIGURES.get(k), states), k % 2, k / 2);
        }
        return grid;
    }

    /** Power share, GDP, military and overreach over time for me and chosen rivals (toggle them). */
    public static ScreenFrame charts(SeatView v, String selected) {
        int me = v.mine().index();
        List<Integer> chosen = new ArrayList<>(defaultRivals(v, selected, 3));
        VBox box = new VBox(8);
        FlowPane picks = new FlowPane(6, 6);
        picks.setId("chart-rivals");
        VBox holder = new VBox();
        Runnable redraw = () -> {
            List<Integer> states = new ArrayList<>();
            states.add(me);
            states.addAll(chosen);
            holder.getChildren().setAll(charts(v, states));
        };
        for (int r : defaultRivals(v, selected, 10)) {
            SeatView.StateFigures rival = v.states().get(r);
            ToggleButton b = new ToggleButton(rival.name());
            b.setId("chart-rival-" + rival.id());
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
        box.getChildren().addAll(text("You (" + v.mine().name() + ") and rivals:", "muted"), picks, holder);
        if (v.history().isEmpty()) {
            box.getChildren().add(text("No turn has been played yet.", "muted"));
        }
        return new ScreenFrame(CHARTS_ID, "Charts", scroll(box));
    }

    // ---- diplomacy ----

    private static String names(SeatView v, List<String> states) {
        return states.stream().map(v::name).collect(Collectors.joining(", "));
    }

    public static ScreenFrame diplomacy(SeatView v) {
        String me = v.me();
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().add(text("Your treaties", "section-title"));
        VBox treaties = new VBox(3);
        treaties.setId("diplomacy-treaties");
        for (SeatView.TreatyLine t : v.treaties()) {
            treaties.getChildren().add(text("• " + cap(t.type()) + " with " + v.name(t.other())
                    + (t.name().isBlank() ? "" : " (" + t.name() + ")") + ", since turn " + t.sinceTurn()));
        }
        if (treaties.getChildren().isEmpty()) {
            treaties.getChildren().add(text("None.", "muted"));
        }
        box.getChildren().addAll(treaties, text(v.otherTreaties() + " treaties between other states.", "muted"));

        box.getChildren().add(text("Coalitions", "section-title"));
        VBox coalitions = new VBox(6);
        coalitions.setId("diplomacy-coalitions");
        for (SeatView.CoalitionLine c : v.coalitions()) {
            VBox one = new VBox(2, text("Against " + v.name(c.target()) + (c.target().equals(me) ? " (you)" : "")
                    + ", led by " + v.name(c.leader()) + ", since turn " + c.formedTurn(), "section-title"));
            Label why = text(c.plainWhy(), "muted");
            if (!c.why().isBlank()) {
                why.setTooltip(PlainWords.tip(c.why())); // the figures behind the sentence
            }
            one.getChildren().add(why);
            for (SeatView.Member m : c.members()) {
                Label member = text("• " + v.name(m.state()) + (m.troops() ? " (sends troops)" : ""));
                if (!m.why().isBlank()) {
                    member.setTooltip(PlainWords.tip(m.why()));
                }
                one.getChildren().add(member);
            }
            coalitions.getChildren().add(one);
        }
        if (v.coalitions().isEmpty()) {
            coalitions.getChildren().add(text("No coalition stands against anyone.", "muted"));
        }
        box.getChildren().add(coalitions);

        box.getChildren().add(text("Wars", "section-title"));
        VBox wars = new VBox(4);
        wars.setId("diplomacy-wars");
        for (SeatView.WarLine war : v.wars()) {
            wars.getChildren().add(text("• " + war.name() + ": " + names(v, war.attackers())
                    + " against " + names(v, war.defenders()) + " — war score "
                    + String.format(Locale.ROOT, "%+.0f", war.warScore()) + " (attackers' view), " + war.turns()
                    + " turns"));
        }
        if (v.wars().isEmpty()) {
            wars.getChildren().add(text("The world is at peace.", "muted"));
        }
        box.getChildren().add(wars);
        return new ScreenFrame(DIPLOMACY_ID, "Diplomacy", scroll(box));
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- end ----

    public static ScreenFrame endScreen(SeatView v) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        List<SeatView.Rank> ranking = v.ranking();
        SeatView.Rank mine = v.myScore();
        int place = ranking.indexOf(mine) + 1;
        box.getChildren().add(text("The game is over after " + v.game().turn() + " turns (" + v.game().dateLabel()
                + ").", "section-title"));
        if (mine != null) {
            // the place in words; the parts of the score in the tooltip
            Label score = text(org.balancedrealism.text.Texts.get("game.end.myPlace", v.mine().name(), place,
                    ranking.size(), String.format(Locale.ROOT, "%.0f", mine.total()), BriefingWindow.ordinal(place)));
            score.setTooltip(PlainWords.tip(org.balancedrealism.text.Texts.get("game.end.myScoreFigures",
                    String.format(Locale.ROOT, "%.1f", mine.total()), String.format(Locale.ROOT, "%.1f", mine.security()),
                    String.format(Locale.ROOT, "%+.1f", mine.power()), String.format(Locale.ROOT, "%+.1f", mine.prosperity()),
                    String.format(Locale.ROOT, "%.2f", mine.prudence()))));
            score.setId("end-my-score");
            box.getChildren().add(score);
        }
        box.getChildren().add(text("Ranking", "section-title"));
        VBox rank = new VBox(2);
        rank.setId("end-ranking");
        for (int k = 0; k < Math.min(15, ranking.size()); k++) {
            SeatView.Rank r = ranking.get(k);
            rank.getChildren().add(text(String.format(Locale.ROOT, "%d. %s — %.1f%s", k + 1, v.name(r.state()),
                    r.total(), r.state().equals(v.me()) ? "  ← you" : "")));
        }
        box.getChildren().add(rank);
        List<Integer> states = new ArrayList<>();
        states.add(v.mine().index());
        states.addAll(defaultRivals(v, null, 3));
        box.getChildren().add(charts(v, states));
        return new ScreenFrame(END_ID, "The end", scroll(box));
    }
}
