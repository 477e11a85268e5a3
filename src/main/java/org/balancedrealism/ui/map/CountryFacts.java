package org.balancedrealism.ui.map;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;

import java.util.HashMap;
import java.util.Map;

/** Texts about a state from the map's starting figures: tooltips and the atlas side panel. */
public final class CountryFacts {
    private final Map<String, MapCountry> byId = new HashMap<>();

    public CountryFacts(GeoMap map) {
        for (MapCountry c : map.countries()) {
            byId.put(c.id(), c);
        }
    }

    public MapCountry get(String id) {
        return byId.get(id);
    }

    /** Name, and who holds it when that is another state. */
    public String title(String id) {
        MapCountry c = byId.get(id);
        if (c == null) {
            return id;
        }
        if (c.playable()) {
            return CountryNames.of(c.id(), c.name());
        }
        MapCountry holder = byId.get(c.sovereign());
        return Texts.get("map.heldBy", CountryNames.of(c.id(), c.name()),
                holder == null ? c.sovereign() : CountryNames.of(holder.id(), holder.name()));
    }

    /** A short tooltip: name, region, population and GDP. */
    public String tooltip(String id) {
        MapCountry c = byId.get(id);
        return c == null ? null : tooltip(id, c.population(), c.gdpBn());
    }

    /** The same tooltip with other figures (a scenario's own, where they differ from the map's). */
    public String tooltip(String id, double populationM, double gdpBn) {
        MapCountry c = byId.get(id);
        if (c == null) {
            return null;
        }
        return Texts.get("map.countryTooltip", title(id), CountryNames.region(c.subregion()), population(populationM), money(gdpBn));
    }

    public static String population(double millions) {
        return Figures.population(millions);
    }

    public static String money(double bn) {
        return Figures.money(bn);
    }

    public static String share(double share, boolean estimated) {
        return Texts.get(estimated ? "map.shareOfGdp.estimate" : "map.shareOfGdp", Figures.percent(share));
    }

    public static String nuclear(int level) {
        return switch (level) {
            case 0, 1, 2, 3 -> Texts.get("nuclear." + level);
            default -> Texts.get("nuclear.level", level);
        };
    }
}
