package org.balancedrealism.model.map;

import java.util.List;

/**
 * One playable state of the map.
 *
 * @param id           ISO 3166 alpha-3 code (XKX for Kosovo)
 * @param name         English short name
 * @param region       continent-level region (Africa, Americas, Asia, Europe, Oceania)
 * @param subregion    finer region (e.g. "Western Europe")
 * @param sovereign    id of the state that holds this shape at the start: its own id for a playable state,
 *                     the sovereign's id for a dependency (GRL → DNK, ESH → MAR, PRI → USA, …)
 * @param labelLon     longitude of a label point inside the largest shape
 * @param labelLat     latitude of that point
 * @param polygons     shapes; each polygon is a list of rings, each ring a flat array lon0,lat0,lon1,lat1,…;
 *                     the first ring is the outline, the others holes (fill even-odd); rings are implicitly
 *                     closed (the first point is not repeated at the end) and never jump more than 180° of
 *                     longitude between consecutive points (shapes crossing ±180 are split there);
 *                     {@link Geometry} has the point-in-polygon and area helpers. Treat the arrays as read-only:
 *                     the default map is shared
 * @param landNeighbours ids of states sharing a land border
 * @param population   millions
 * @param gdpBn        GDP, billions of current US$
 * @param milexShare   military expenditure as a share of GDP (0.02 = 2 %)
 * @param milexEstimated true when no figure was published and the value is an estimate
 * @param nuclear      0 none, 1 threshold, 2 minimal deterrent, 3 assured second strike
 * @param tiny         true when the shape is too small to click at world zoom (draw a marker)
 */
public record MapCountry(String id, String name, String region, String subregion, String sovereign,
                         double labelLon, double labelLat, List<List<double[]>> polygons,
                         List<String> landNeighbours, double population, double gdpBn,
                         double milexShare, boolean milexEstimated, int nuclear, boolean tiny) {
    public MapCountry {
        polygons = List.copyOf(polygons);
        landNeighbours = List.copyOf(landNeighbours);
    }

    /** True when this shape is a state of its own (a seat a player or the AI can hold). */
    public boolean playable() {
        return id.equals(sovereign);
    }
}
