package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import org.balancedrealism.ui.ChartAxes;
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
    public record Figure(String id, String titleKey, Function<TurnStats, float[]> values, double scale) {
        /** Its title in the current language. */
        public String title() {
            return Texts.get(titleKey);
        }
    }

    public static final List<Figure> FIGURES = List.of(
            new Figure("power", "charts.power", TurnStats::power, 100),
            new Figure("gdp", "charts.gdp", TurnStats::gdp, 1),
            new Figure("military", "charts.military", TurnStats::military, 1),
            new Figure("overreach", "panel.overreach", TurnStats::overreach, 1));

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

    static LineChart<Number, Number> chart(SeatView v, Figure f, List<Integer> states) {
        List<TurnStats> history = v.history();
        NumberAxis x = ChartAxes.turns(Texts.get("charts.turn"), history.isEmpty() ? 0 : history.get(0).turn(),
                history.isEmpty() ? 1 : history.get(history.size() - 1).turn());
        NumberAxis y = ChartAxes.figures(false);
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
        box.getChildren().addAll(text(Texts.get("charts.youAndRivals", v.mine().name()), "muted"), picks, holder);
        if (v.history().isEmpty()) {
            box.getChildren().add(text(Texts.get("charts.noTurn"), "muted"));
        }
        return new ScreenFrame(CHARTS_ID, Texts.get("charts.title"), scroll(box));
    }

    // ---- diplomacy ----

    private static String names(SeatView v, List<String> states) {
        return states.stream().map(v::name).collect(Collectors.joining(", "));
    }

    public static ScreenFrame diplomacy(SeatView v) {
        String me = v.me();
        VBox box = new VBox(8);
        box.setPadding(new Insets(8));
        box.getChildren().add(text(Texts.get("diplomacy.treaties"), "section-title"));
        VBox treaties = new VBox(3);
        treaties.setId("diplomacy-treaties");
        for (SeatView.TreatyLine t : v.treaties()) {
            treaties.getChildren().add(text(Texts.get(t.name().isBlank() ? "diplomacy.treaty" : "diplomacy.treaty.named", cap(t.type()),
                    v.name(t.other()), t.name(), t.sinceTurn())));
        }
        if (treaties.getChildren().isEmpty()) {
            treaties.getChildren().add(text(Texts.get("diplomacy.none"), "muted"));
        }
        box.getChildren().addAll(treaties, text(Texts.get("diplomacy.otherTreaties", v.otherTreaties()), "muted"));

        box.getChildren().add(text(Texts.get("diplomacy.coalitions"), "section-title"));
        VBox coalitions = new VBox(6);
        coalitions.setId("diplomacy-coalitions");
        for (SeatView.CoalitionLine c : v.coalitions()) {
            VBox one = new VBox(2, text(Texts.get("diplomacy.coalition", c.target().equals(me) ? Texts.get("panel.you", v.name(c.target()))
                    : v.name(c.target()), v.name(c.leader()), c.formedTurn()), "section-title"));
            Label why = text(c.plainWhy(), "muted");
            if (!c.why().isBlank()) {
                why.setTooltip(PlainWords.tip(c.why())); // the figures behind the sentence
            }
            one.getChildren().add(why);
            for (SeatView.Member m : c.members()) {
                Label member = text("• " + (m.troops() ? Texts.get("diplomacy.sendsTroops", v.name(m.state())) : v.name(m.state())));
                if (!m.why().isBlank()) {
                    member.setTooltip(PlainWords.tip(m.why()));
                }
                one.getChildren().add(member);
            }
            coalitions.getChildren().add(one);
        }
        if (v.coalitions().isEmpty()) {
            coalitions.getChildren().add(text(Texts.get("diplomacy.noCoalition"), "muted"));
        }
        box.getChildren().add(coalitions);

        box.getChildren().add(text(Texts.get("diplomacy.wars"), "section-title"));
        VBox wars = new VBox(4);
        wars.setId("diplomacy-wars");
        for (SeatView.WarLine war : v.wars()) {
            wars.getChildren().add(text(Texts.get("diplomacy.war", war.name(), names(v, war.attackers()),
                    names(v, war.defenders()), Figures.signed(war.warScore(), 0), war.turns())));
        }
        if (v.wars().isEmpty()) {
            wars.getChildren().add(text(Texts.get("diplomacy.peace"), "muted"));
        }
        box.getChildren().add(wars);
        return new ScreenFrame(DIPLOMACY_ID, Texts.get("diplomacy.title"), scroll(box));
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
        box.getChildren().add(text(Texts.get("end.over", v.game().turn(), Figures.month(v.game().dateLabel())), "section-title"));
        if (mine != null) {
            // the place in words; the parts of the score in the tooltip
            Label score = text(Texts.get("game.end.myPlace", v.mine().name(), place, ranking.size(),
                    Figures.number(mine.total(), 0), Figures.ordinal(place)));
            score.setTooltip(PlainWords.tip(Texts.get("game.end.myScoreFigures", Figures.number(mine.total(), 1),
                    Figures.number(mine.security(), 1), Figures.signed(mine.power(), 1),
                    Figures.signed(mine.prosperity(), 1), Figures.number(mine.prudence(), 2))));
            score.setId("end-my-score");
            box.getChildren().add(score);
        }
        box.getChildren().add(text(Texts.get("end.ranking"), "section-title"));
        VBox rank = new VBox(2);
        rank.setId("end-ranking");
        for (int k = 0; k < Math.min(15, ranking.size()); k++) {
            SeatView.Rank r = ranking.get(k);
            rank.getChildren().add(text((k + 1) + ". " + v.name(r.state()) + " — " + Figures.number(r.total(), 1)
                    + (r.state().equals(v.me()) ? "  " + Texts.get("end.you") : "")));
        }
        box.getChildren().add(rank);
        List<Integer> states = new ArrayList<>();
        states.add(v.mine().index());
        states.addAll(defaultRivals(v, null, 3));
        box.getChildren().add(charts(v, states));
        return new ScreenFrame(END_ID, Texts.get("end.title"), scroll(box));
    }
}
