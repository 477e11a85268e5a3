package org.balancedrealism.ui.game;

import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.balancedrealism.text.Texts;
import org.balancedrealism.ui.ChartAxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small pieces of the game screen: the charts' turn axis and the warning strip under the map. */
@ExtendWith(ApplicationExtension.class)
class GameWidgetsTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private List<Number> ticksAfter(FxRobot robot, int first, int last) {
        NumberAxis x = ChartAxes.turns("turn", first, last);
        LineChart<Number, Number> chart = new LineChart<>(x, ChartAxes.figures(false));
        chart.setAnimated(false);
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int t = first; t <= last; t++) {
            s.getData().add(new XYChart.Data<>(t, t * 2));
        }
        chart.getData().add(s);
        robot.interact(() -> {
            root.getChildren().setAll(chart);
            root.layout();
            chart.layout();
        });
        return x.getTickMarks().stream().map(Axis.TickMark::getValue).toList();
    }

    @Test
    void theTurnAxisShowsOnlyWholeTurnsAfterOneOrTwoTurns(FxRobot robot) {
        for (int[] range : new int[][] {{1, 1}, {1, 2}, {1, 3}, {1, 40}}) {
            List<Number> ticks = ticksAfter(robot, range[0], range[1]);
            assertFalse(ticks.isEmpty());
            for (Number n : ticks) {
                assertEquals(Math.rint(n.doubleValue()), n.doubleValue(), 1e-9,
                        "tick " + n + " for turns " + range[0] + ".." + range[1]);
            }
        }
    }

    @Test
    void aChartsFiguresAreWrittenInThePlayersLanguageNotTheMachines(FxRobot robot) {
        for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            Texts.setLocale(language);
            try {
                NumberAxis y = ChartAxes.figures(true);
                LineChart<Number, Number> chart = new LineChart<>(ChartAxes.turns("turn", 1, 3), y);
                chart.setAnimated(false);
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.getData().add(new XYChart.Data<>(1, 12_000.0));
                s.getData().add(new XYChart.Data<>(3, 31_000.0));
                chart.getData().add(s);
                robot.interact(() -> {
                    root.getChildren().setAll(chart);
                    root.layout();
                    chart.layout();
                });
                List<String> labels = robot.from(y).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                        .queryAll().stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList();
                String grouped = java.text.NumberFormat.getNumberInstance(language).format(30_000);
                assertTrue(labels.contains(grouped), language + ": " + labels + " has " + grouped);
            } finally {
                Texts.setLocale(java.util.Locale.ENGLISH);
            }
        }
    }

    @Test
    void theWarningStripShowsTwoWarningsAndCountsTheRest(FxRobot robot) {
        WarningStrip strip = new WarningStrip();
        List<String> six = List.of("a coalition formed against you", "war with Syria", "Iraq calls you to arms",
                "Greece sanctions you", "Cyprus condemns you", "11 proposals are waiting in your inbox");
        robot.interact(() -> {
            root.getChildren().setAll(strip);
            strip.show(six);
        });
        assertEquals(List.of("⚠ a coalition formed against you", "⚠ war with Syria",
                "and 4 more (hover to read them all)"), strip.shownLines());
        assertEquals(six, strip.warnings(), "none is lost: the tooltip lists them all");

        robot.interact(() -> strip.show(List.of("one")));
        assertEquals(List.of("⚠ one"), strip.shownLines());
        robot.interact(() -> strip.show(List.of()));
        assertTrue(strip.shownLines().isEmpty());
    }
}
