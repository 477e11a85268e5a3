package org.balancedrealism.ui.map;

import javafx.scene.paint.Color;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.ui.testkit.TestMaps;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliticalModeTest {
    private final GeoMap map = TestMaps.small();
    private final MapMode political = PoliticalMode.of(map);

    @Test
    void neighboursOnLandAndAcrossTheSeaGetDifferentColours() {
        assertNotEquals(political.colorOf("AAA"), political.colorOf("BBB"));
        assertNotEquals(political.colorOf("BBB"), political.colorOf("CCC"));
        assertNotEquals(political.colorOf("BBB"), political.colorOf("TNY"), "sea lanes count as borders");
    }

    @Test
    void aDependencyTakesAPalerShadeOfItsSovereignsColour() {
        Color sovereign = political.colorOf("AAA");
        Color dependency = political.colorOf("DEP");
        assertNotEquals(sovereign, dependency);
        assertEquals(sovereign.getHue(), dependency.getHue(), 20, "same hue family");
        assertTrue(dependency.getBrightness() >= sovereign.getBrightness());
    }

    @Test
    void theColouringIsTheSameEveryTime() {
        MapMode again = PoliticalMode.of(TestMaps.small());
        for (String id : new String[] {"AAA", "BBB", "CCC", "DEP", "TNY"}) {
            assertEquals(political.colorOf(id), again.colorOf(id));
        }
    }

    @Test
    void rampInterpolatesBetweenStopsAndClampsOutsideZeroToOne() {
        assertEquals(Palettes.VIRIDIS.get(0), Palettes.ramp(Palettes.VIRIDIS, -1));
        assertEquals(Palettes.VIRIDIS.get(10), Palettes.ramp(Palettes.VIRIDIS, 2));
        assertEquals(Palettes.VIRIDIS.get(5), Palettes.ramp(Palettes.VIRIDIS, 0.5));
        assertEquals(Palettes.NO_DATA, Palettes.ramp(Palettes.VIRIDIS, Double.NaN));
    }
}
