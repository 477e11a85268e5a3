package org.balancedrealism.ui.map;

import org.balancedrealism.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/** The legend in the corner of the map: the mode's title, then swatches or a colour ramp with end labels. */
public class LegendBox extends VBox {
    private static final double SWATCH = 14;
    private static final double RAMP_WIDTH = 220;

    private final Label title = new Label();
    private final VBox body = new VBox(4);

    public LegendBox() {
        getStyleClass().add("map-legend");
        setId("map-legend");
        title.getStyleClass().add("map-legend-title");
        title.setId("map-legend-title");
        body.getStyleClass().add("map-legend-body");
        getChildren().addAll(title, body);
        setSpacing(6);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
    }

    /** Shows a legend (null hides the box) with a "No data" row. */
    public void show(MapLegend legend) {
        show(legend, Texts.get("map.noData"));
    }

    /** Shows a legend (null hides the box); {@code noValueLabel} names the blank swatch, null leaves it out. */
    public void show(MapLegend legend, String noValueLabel) {
        body.getChildren().clear();
        setVisible(legend != null);
        if (legend == null) {
            return;
        }
        title.setText(legend.title());
        if (legend instanceof MapLegend.Categories categories) {
            for (MapLegend.Swatch s : categories.swatches()) {
                body.getChildren().add(swatchRow(s.color(), s.label()));
            }
        } else if (legend instanceof MapLegend.Gradient gradient) {
            body.getChildren().add(ramp(gradient));
        }
        if (noValueLabel != null) {
            body.getChildren().add(swatchRow(Palettes.NO_DATA, noValueLabel));
            body.getChildren().get(body.getChildren().size() - 1).getStyleClass().add("map-legend-nodata");
        }
    }

    /** The labels currently shown (title excluded), top to bottom; for tests and screen readers. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        body.lookupAll(".map-legend-label").forEach(n -> out.add(((Label) n).getText()));
        return out;
    }

    public String title() {
        return title.getText();
    }

    private static HBox swatchRow(Color color, String text) {
        Rectangle r = new Rectangle(SWATCH, SWATCH, color);
        r.getStyleClass().add("map-legend-swatch");
        r.setStroke(Color.web("#1b2233"));
        r.setStrokeWidth(0.8);
        Label l = new Label(text);
        l.getStyleClass().add("map-legend-label");
        HBox row = new HBox(8, r, l);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("map-legend-row");
        return row;
    }

    private static VBox ramp(MapLegend.Gradient g) {
        List<Stop> stops = new ArrayList<>();
        int n = g.stops().size();
        for (int i = 0; i < n; i++) {
            stops.add(new Stop(n == 1 ? 0 : (double) i / (n - 1), g.stops().get(i)));
        }
        Rectangle bar = new Rectangle(RAMP_WIDTH, SWATCH,
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.setStroke(Color.web("#1b2233"));
        bar.setStrokeWidth(0.8);
        bar.getStyleClass().add("map-legend-ramp");
        BorderPane labels = new BorderPane();
        labels.setPrefWidth(RAMP_WIDTH);
        labels.setMaxWidth(RAMP_WIDTH);
        labels.setLeft(label(g.minLabel()));
        labels.setRight(label(g.maxLabel()));
        if (g.midLabel() != null) {
            labels.setCenter(label(g.midLabel()));
        }
        return new VBox(2, bar, labels);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("map-legend-label");
        return l;
    }
}
