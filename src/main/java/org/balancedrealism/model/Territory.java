package org.balancedrealism.model;

/**
 * One shape of the map. Conquest moves territories between owners; the economic weight and population travel
 * with them.
 *
 * @param id         ISO alpha-3 id of the shape
 * @param owner      index of the owning nation
 * @param coreOf     index of the nation whose homeland this is, or -1 for a dependency
 * @param population millions
 * @param weight     share of the economy it carried at the start, in $bn (moves with the territory)
 */
public record Territory(String id, int owner, int coreOf, double population, double weight) {
    public Territory withOwner(int newOwner) {
        return new Territory(id, newOwner, coreOf, population, weight);
    }
}
