package org.balancedrealism.ui.map;

import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;

import java.util.HashMap;
import java.util.Locale;
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
            return c.name();
        }
        MapCountry holder = byId.get(c.sovereign());
        return c.name() + " (held by " + (holder == null ? c.sovereign() : holder.name()) + ")";
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
        return title(id) + "\n" + c.subregion() + "\nPopulation " + population(populationM) + "  ·  GDP "
                + money(gdpBn);
    }

    public static String population(double millions) {
        if (millions >= 1) {
            return String.format(Locale.ROOT, "%,.1f m", millions);
        }
        return String.format(Locale.ROOT, "%,.0f thousand", millions * 1000);
    }

    public static String money(double bn) {
        if (bn >= 1000) {
            return String.format(Locale.ROOT, "$%,.2f tn", bn / 1000);
        }
        if (bn >= 1) {
            return String.format(Locale.ROOT, "$%,.0f bn", bn);
        }
        return String.format(Locale.ROOT, "$%,.0f m", bn * 1000);
    }

    public static String share(double share, boolean estimated) {
        return String.format(Locale.ROOT, "%.1f %% of GDP", share * 100) + (estimated ? " (estimate)" : "");
    }

    public static String nuclear(int level) {
        return switch (level) {
            case 0 -> "None";
            case 1 -> "Threshold state";
            case 2 -> "Minimal deterrent";
            case 3 -> "Assured second strike";
            default -> "Level " + level;
        };
    }
}
