package org.balancedrealism.ui.map;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.balancedrealism.ui.testkit.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State names on the map (sized to their states, never overlapping, larger first) and wars with their fronts. */
@ExtendWith(ApplicationExtension.class)
class MapLabelsAndWarsTest {
    private MapView view;

    @Start
    void start(Stage stage) {
        view = new MapView(TestMaps.small());
        stage.setScene(new Scene(new StackPane(view), 1000, 600));
        stage.show();
        view.layout();
        view.centreOn("BBB");
        view.layout();
    }

    private void at(FxRobot robot, Runnable r) {
        robot.interact(() -> {
            r.run();
            view.layout();
        });
    }

    @Test
    void statesThatFitAreNamedOnTheMapAndTinyStatesAreNot(FxRobot robot) {
        at(robot, () -> { });
        List<String> shown = view.shownLabels();
        assertTrue(shown.contains("AAA") && shown.contains("BBB"), "the two large states are named: " + shown);
        Text beta = view.labelOf("BBB");
        assertEquals("Betaland", beta.getText());
        assertTrue(beta.isVisible());
        assertNull(view.labelOf("TNY"), "a tiny state is a marker; its tooltip names it");
    }

    @Test
    void largerStatesAreNamedFirst(FxRobot robot) {
        at(robot, () -> { });
        List<String> shown = view.shownLabels();
        int enclave = shown.indexOf("CCC");
        if (enclave >= 0) {
            assertTrue(shown.indexOf("BBB") < enclave && shown.indexOf("AAA") < enclave, shown.toString());
        }
    }

    @Test
    void zoomingOutDropsNamesThatNoLongerFitAndZoomingInBringsThemBack(FxRobot robot) {
        at(robot, view::fitWorld);
        assertFalse(view.shownLabels().contains("BBB"), "a 10° state at world zoom has no room for its name");
        at(robot, () -> view.centreOn("BBB"));
        assertTrue(view.shownLabels().contains("BBB"));
    }

    @Test
    void namesGrowWithTheZoomUpToACap(FxRobot robot) {
        // Deltaland stands alone (no other name competes for its room)
        at(robot, view::fitWorld);
        int steps = 0;
        while (!view.shownLabels().contains("DEP") && steps++ < 40) {
            at(robot, () -> view.zoomAt(1.25, view.toView(5, 25).getX(), view.toView(5, 25).getY()));
        }
        double first = view.labelOf("DEP").getFont().getSize();
        assertTrue(first >= MapLabels.MIN_PX && first < MapLabels.MAX_PX, "first shown at " + first);
        at(robot, () -> view.zoomAt(1.5, view.toView(5, 25).getX(), view.toView(5, 25).getY()));
        double larger = view.labelOf("DEP").getFont().getSize();
        assertTrue(larger > first, first + " → " + larger);
        at(robot, () -> view.zoomAt(20, view.toView(5, 25).getX(), view.toView(5, 25).getY()));
        assertTrue(view.labelOf("DEP").getFont().getSize() <= MapLabels.MAX_PX);
    }

    @Test
    void namesNeverOverlap(FxRobot robot) {
        for (double zoom : new double[] {0.5, 0.8, 1.3, 2}) {
            at(robot, () -> view.zoomAt(zoom, 500, 300));
            List<String> shown = view.shownLabels();
            for (int i = 0; i < shown.size(); i++) {
                Bounds a = view.labelOf(shown.get(i)).getBoundsInParent();
                for (int j = i + 1; j < shown.size(); j++) {
                    Bounds b = view.labelOf(shown.get(j)).getBoundsInParent();
                    assertFalse(a.intersects(b), shown.get(i) + " overlaps " + shown.get(j) + " at zoom " + zoom);
                }
            }
        }
    }

    @Test
    void labelsCanBeSwitchedOff(FxRobot robot) {
        at(robot, () -> view.labelsVisibleProperty().set(false));
        assertEquals(List.of(), view.shownLabels());
    }

    @Test
    void aWarMarksAFrontWhereTheTwoSidesBorderAndHatchesBothSides(FxRobot robot) {
        at(robot, () -> view.setWars(List.of(new MapWar("Alphaland–Betaland war", Set.of("AAA", "DEP"),
                Set.of("BBB")))));
        List<Group> fronts = view.frontMarkers();
        assertEquals(1, fronts.size(), "AAA borders BBB; DEP borders nothing of the other side");
        assertEquals("AAA-BBB", fronts.get(0).getProperties().get("br.front"));
        // the marker sits on the shared border (lon 10), not at either state's centre
        Circle ring = (Circle) fronts.get(0).getChildren().get(0);
        double borderX = MapProjection.NATURAL_EARTH.project(10, 5)[0];
        double alphaCentreX = MapProjection.NATURAL_EARTH.project(5, 5)[0];
        assertEquals(borderX, ring.getCenterX(), 0.2);
        assertTrue(Math.abs(ring.getCenterX() - alphaCentreX) > 2);
        assertEquals(3, robot.lookup(".map-war-hatch").queryAll().size(), "AAA, DEP and BBB are hatched");

        at(robot, () -> view.setWars(List.of()));
        assertEquals(0, view.frontMarkers().size());
        assertEquals(0, robot.lookup(".map-war-hatch").queryAll().size());
    }

    @Test
    void aModeSaysWhatItsBlankStatesAre(FxRobot robot) {
        MapMode threat = MapMode.scale("threat", "Threat", Map.of("AAA", 0.5), 0, 1, Palettes.CIVIDIS,
                v -> String.valueOf(v));
        at(robot, () -> view.setMode(threat));
        assertEquals("No data", last(view.legendBox().labels()));
        at(robot, () -> view.setMode(threat.withNoValueLabel("You")));
        assertEquals("You", last(view.legendBox().labels()));
        at(robot, () -> view.setMode(threat.withNoValueLabel(null)));
        assertFalse(view.legendBox().labels().contains("No data"), "every state coloured: no blank row");
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }
}
