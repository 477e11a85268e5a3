package org.balancedrealism.ui.game;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.ui.map.CountryFacts;

/** A two-column table of a state's starting figures (name on the left, value on the right). */
public class FigureTable extends GridPane {
    private int rows;

    public FigureTable() {
        setHgap(14);
        setVgap(5);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(names, values);
        getStyleClass().add("figure-table");
    }

    /** Shows the figures of a state (null clears the table). */
    public void show(MapCountry c, CountryFacts facts) {
        show(c, facts, null);
    }

    /**
     * Shows the figures of a state with the scenario's own starting figures where it has them (null: the map's), so
     * the chooser shows what the game will use.
     */
    public void show(MapCountry c, CountryFacts facts, StartFigures start) {
        getChildren().clear();
        rows = 0;
        if (c == null) {
            return;
        }
        row(Texts.get("facts.region"), CountryNames.region(c.subregion()));
        if (!c.playable()) {
            row(Texts.get("facts.heldBy"), facts.title(c.sovereign()));
        }
        if (start == null) {
            row(Texts.get("facts.population"), CountryFacts.population(c.population()));
            row(Texts.get("panel.gdp"), CountryFacts.money(c.gdpBn()));
            row(Texts.get("facts.military"), CountryFacts.share(c.milexShare(), c.milexEstimated()));
            row(Texts.get("facts.nuclear"), CountryFacts.nuclear(c.nuclear()));
        } else {
            row(Texts.get("facts.population"), CountryFacts.population(start.populationM()));
            row(Texts.get("panel.gdp"), CountryFacts.money(start.gdpBn()));
            row(Texts.get("facts.military"), CountryFacts.share(start.milexShare(), false));
            row(Texts.get("facts.nuclear"), CountryFacts.nuclear(start.nuclear()));
        }
        row(Texts.get("facts.neighbours"), c.landNeighbours().isEmpty() ? Texts.get("facts.noNeighbours")
                : String.valueOf(c.landNeighbours().size()));
    }

    private void row(String name, String value) {
        Label n = new Label(name);
        n.setMinWidth(USE_PREF_SIZE);
        n.getStyleClass().add("figure-name");
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        v.setWrapText(true);
        v.setId("figure-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        add(n, 0, rows);
        add(v, 1, rows);
        rows++;
    }
}
