package org.balancedrealism.ui.map;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.balancedrealism.ui.testkit.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private MapView view;

    @Start
    void start(Stage stage) {
        view = new MapView(TestMaps.small());
        stage.setScene(new Scene(new StackPane(view), 1000, 600));
        stage.show();
        // the test map is small: look at it closely, as a player would at regional zoom
        view.layout();
        view.centreOn("BBB");
    }

    private Point2D onScreen(double lon, double lat) {
        return view.localToScreen(view.toView(lon, lat));
    }

    @Test
    void clickingAShapeSelectsItAndClickingTheSeaClearsTheSelection(FxRobot robot) {
        robot.clickOn(onScreen(5, 5));
        assertEquals("AAA", view.getSelected());
        assertTrue(robot.lookup("#map-selection").query().isVisible(), "the selection outline is drawn");

        robot.clickOn(onScreen(5, 15));   // open sea between AAA and DEP
        assertNull(view.getSelected());
        assertFalse(robot.lookup("#map-selection").query().isVisible());
    }

    @Test
    void anEnclaveIsClickableThroughTheHoleOfItsNeighbour(FxRobot robot) {
        robot.clickOn(onScreen(15, 5));
        assertEquals("CCC", view.getSelected());
        robot.clickOn(onScreen(11.5, 5));
        assertEquals("BBB", view.getSelected());
    }

    @Test
    void aTinyStateIsSelectedThroughItsMarker(FxRobot robot) {
        assertNotNullMarker();
        robot.clickOn(onScreen(30.1, 5.1));
        assertEquals("TNY", view.getSelected());
    }

    private void assertNotNullMarker() {
        assertTrue(view.markerOf("TNY") != null, "a tiny state gets a marker");
        assertNull(view.markerOf("AAA"), "a normal state has none");
    }

    @Test
    void theWheelZoomsAroundTheCursor(FxRobot robot) {
        Point2D anchor = view.toView(5, 5);
        double before = view.getScale();
        robot.moveTo(onScreen(5, 5));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(before, view.getScale(), "the wheel zooms");
        Point2D after = view.toView(5, 5);
        assertEquals(anchor.getX(), after.getX(), 0.5, "the point under the cursor stays put (x)");
        assertEquals(anchor.getY(), after.getY(), 0.5, "the point under the cursor stays put (y)");
    }

    @Test
    void oneWheelNotchAwayFromTheUserZoomsInOneStep(FxRobot robot) {
        // desktop convention: turning the wheel away from the user gives deltaY = +40 per notch
        double before = view.getScale();
        Point2D at = view.toView(15, 5);
        robot.interact(() -> view.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), 0, 0,
                false, false, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertEquals(before * MapView.ZOOM_STEP, view.getScale(), before * 1e-9);
        Point2D still = view.toView(15, 5);
        assertEquals(at.getX(), still.getX(), 1e-6);
        assertEquals(at.getY(), still.getY(), 1e-6);
    }

    @Test
    void bordersKeepTheirWidthOnScreenAtEveryZoom(FxRobot robot) {
        robot.interact(() -> view.zoomAt(3, 500, 300));
        double onScreen = view.shapeOf("AAA").getStrokeWidth() * view.getScale();
        assertEquals(MapView.BORDER_PX, onScreen, 1e-9);
    }

    @Test
    void draggingPansTheMapAndDoesNotSelect(FxRobot robot) {
        double x0 = view.getOffsetX();
        double y0 = view.getOffsetY();
        Point2D from = onScreen(5, 5);
        robot.drag(from, MouseButton.PRIMARY).moveBy(120, 60).drop();

        assertEquals(x0 + 120, view.getOffsetX(), 1.0);
        assertEquals(y0 + 60, view.getOffsetY(), 1.0);
        assertNull(view.getSelected(), "a drag is not a click");
    }

    @Test
    void keysPanAndZoom(FxRobot robot) {
        robot.clickOn(onScreen(5, 15));   // focus the map (on the sea)
        double x0 = view.getOffsetX();
        double y0 = view.getOffsetY();
        robot.type(KeyCode.RIGHT);
        assertTrue(view.getOffsetX() < x0, "right arrow shows what lies east");
        robot.type(KeyCode.W);
        assertTrue(view.getOffsetY() > y0, "W shows what lies north");

        double s0 = view.getScale();
        robot.type(KeyCode.EQUALS);
        assertEquals(s0 * MapView.ZOOM_STEP, view.getScale(), s0 * 1e-9, "+ zooms in one step");
        robot.type(KeyCode.MINUS);
        assertEquals(s0, view.getScale(), s0 * 1e-9, "- zooms out one step");
    }

    @Test
    void hoveringAsksTheTooltipProviderAndShowsItsText(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        robot.interact(() -> view.setTooltipProvider(id -> {
            asked.add(id);
            return id.equals("CCC") ? null : "State " + id;
        }));
        robot.moveTo(onScreen(5, 5));
        assertEquals("AAA", asked.get(asked.size() - 1));
        assertTrue(view.tooltipLabel().isVisible());
        assertEquals("State AAA", view.tooltipLabel().getText());

        robot.moveTo(onScreen(15, 5));
        assertEquals("CCC", asked.get(asked.size() - 1));
        assertFalse(view.tooltipLabel().isVisible(), "no text, no tooltip");

        robot.moveTo(onScreen(18.5, 5));
        assertEquals("BBB", asked.get(asked.size() - 1));
        assertEquals("State BBB", view.tooltipLabel().getText());
    }

    @Test
    void switchingTheModeRecoloursShapesAndReplacesTheLegend(FxRobot robot) {
        Color before = (Color) view.shapeOf("AAA").getFill();
        MapMode threat = MapMode.scale("threat", "Threat toward me",
                Map.of("AAA", 0.9, "BBB", 0.1), 0, 1, Palettes.CIVIDIS, v -> String.format("%.1f", v));
        robot.interact(() -> view.setMode(threat));

        assertEquals(Palettes.ramp(Palettes.CIVIDIS, 0.9), view.shapeOf("AAA").getFill());
        assertEquals(Palettes.ramp(Palettes.CIVIDIS, 0.1), view.shapeOf("BBB").getFill());
        assertEquals(Palettes.NO_DATA, view.shapeOf("CCC").getFill(), "missing values are drawn as no data");
        assertEquals(Palettes.NO_DATA, view.markerOf("TNY").getFill(), "markers follow the mode");
        assertNotEquals(before, view.shapeOf("AAA").getFill());
        assertEquals("Threat toward me", view.legendBox().title());
        assertEquals(List.of("0.0", "1.0", "No data"), view.legendBox().labels());

        robot.interact(() -> view.setMode(PoliticalMode.of(view.map())));
        assertEquals(before, view.shapeOf("AAA").getFill());
        assertEquals("Political", view.legendBox().title());
    }

    @Test
    void seaLanesAreDashedLinesWhoseDashesKeepTheirSizeOnScreen(FxRobot robot) {
        assertEquals(2, view.seaLinkLines().size());
        robot.interact(() -> view.zoomAt(2, 500, 300));
        double dash = view.seaLinkLines().get(0).getStrokeDashArray().get(0);
        assertEquals(6.0, dash * view.getScale(), 1e-9);
    }
}
