package org.balancedrealism.model.map;

/**
 * A sea lane between two coasts: it makes islands reachable and counts as 1.5 hops.
 *
 * @param a          id of one state
 * @param b          id of the other
 * @param distanceKm great-circle distance between the closest coast points
 * @param name       the strait or lane name when it is a named one, else null
 * @param fromLon    coast point on a's side
 * @param fromLat    coast point on a's side
 * @param toLon      coast point on b's side
 * @param toLat      coast point on b's side
 */
public record SeaLink(String a, String b, double distanceKm, String name,
                      double fromLon, double fromLat, double toLon, double toLat) {
}
