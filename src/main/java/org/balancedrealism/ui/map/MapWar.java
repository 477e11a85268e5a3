package org.balancedrealism.ui.map;

import java.util.Objects;
import java.util.Set;

/**
 * A war as the map draws it: the map shapes each side holds. The map hatches both sides' shapes and marks a front
 * where a shape of one side borders (by land or sea lane) a shape of the other.
 *
 * @param name  shown in the front markers' tooltip ("Russia–Ukraine war")
 * @param sideA map country ids held by the attackers
 * @param sideB map country ids held by the defenders
 */
public record MapWar(String name, Set<String> sideA, Set<String> sideB) {
    public MapWar {
        Objects.requireNonNull(name, "name");
        sideA = Set.copyOf(sideA);
        sideB = Set.copyOf(sideB);
    }
}
