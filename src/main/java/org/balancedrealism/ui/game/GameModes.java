package org.balancedrealism.ui.game;

import javafx.scene.paint.Color;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.TreatyType;
import org.balancedrealism.model.World;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.ui.map.MapLegend;
import org.balancedrealism.ui.map.MapMode;
import org.balancedrealism.ui.map.MapWar;
import org.balancedrealism.ui.map.Palettes;
import org.balancedrealism.ui.map.PoliticalMode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map modes of a running game, computed from the world as the player {@code me} sees it: political (who holds
 * each territory), alliances and coalitions, power, threat toward me, opinion of me, overreach memory, economy.
 * Every map country (dependencies too) is coloured by the state that holds it.
 */
public final class GameModes {
    public static final Color ME = Palettes.OKABE_ITO.get(0);
    public static final Color ALLY = Palettes.OKABE_ITO.get(4);
    public static final Color TREATY = Palettes.OKABE_ITO.get(1);
    public static final Color COALITION_AGAINST_ME = Palettes.OKABE_ITO.get(5);
    public static final Color AT_WAR = Palettes.OKABE_ITO.get(6);
    public static final Color MY_COALITION = Palettes.OKABE_ITO.get(2);
    /** A state with no tie to me: a colour of its own, so it does not read as "no data". */
    public static final Color NEUTRAL = Color.web("#E6DFCC");
    /** What the legend calls a shape no living state holds. */
    static final String NOT_IN_PLAY = "Not in play";

    private GameModes() {
    }

    /** Index of the state holding a map country, or -1. */
    public static int holder(World w, String countryId) {
        int t = w.territoryIndex(countryId);
        if (t >= 0) {
            return w.territories[t].owner();
        }
        return w.indexOf(countryId);
    }

    /** Every map country's holder, by country id. */
    public static Map<String, Integer> holders(GeoMap map, World w) {
        Map<String, Integer> out = new HashMap<>();
        for (MapCountry c : map.countries()) {
            int h = holder(w, c.id());
            if (h >= 0 && w.nation(h).alive) {
                out.put(c.id(), h);
            }
        }
        return out;
    }

    public static List<MapMode> build(GeoMap map, World w, int me) {
        Map<String, Integer> holders = holders(map, w);
        return List.of(political(map, w, holders), alliances(w, me, holders), named(power(w, holders), "Power"),
                named(threat(w, me, holders), "Threat"), named(opinion(w, me, holders), "Opinion"),
                named(overreach(w, me, holders), "Overreach"), named(economy(w, holders), "Economy"));
    }

    /** The same mode with a short name on the mode bar (the legend keeps the long title). */
    static MapMode named(MapMode mode, String shortName) {
        return MapMode.of(mode.id(), shortName, mode::colorOf, mode.legend()).withNoValueLabel(mode.noValueLabel());
    }

    static MapMode political(GeoMap map, World w, Map<String, Integer> holders) {
        return named(PoliticalMode.of(map, c -> {
            Integer h = holders.get(c.id());
            return h == null ? null : w.id(h);
        }, Palettes.TOL_LIGHT), "Political").withNoValueLabel(NOT_IN_PLAY);
    }

    /** The relation of state {@code i} to me, as a colour (null: none). */
    static Color relation(World w, int me, int i) {
        if (i == me) {
            return ME;
        }
        if (w.atWar(me, i)) {
            return AT_WAR;
        }
        Coalition against = w.coalitionAgainst(me);
        if (against != null && against.hasMember(i)) {
            return COALITION_AGAINST_ME;
        }
        if (w.derived.allied(me, i)) {
            return ALLY;
        }
        for (Coalition c : w.coalitions) {
            if (c.hasMember(me) && c.hasMember(i)) {
                return MY_COALITION;
            }
        }
        if (w.hasTreaty(TreatyType.NON_AGGRESSION, me, i) || w.hasTreaty(TreatyType.TRADE, me, i)) {
            return TREATY;
        }
        return null;
    }

    static MapMode alliances(World w, int me, Map<String, Integer> holders) {
        return MapMode.of("alliances", "Alliances", id -> {
            Integer h = holders.get(id);
            if (h == null) {
                return null;
            }
            Color c = relation(w, me, h);
            return c == null ? NEUTRAL : c;
        }, new MapLegend.Categories("Alliances & coalitions", List.of(
                new MapLegend.Swatch(ME, "You"),
                new MapLegend.Swatch(ALLY, "Allied with you"),
                new MapLegend.Swatch(MY_COALITION, "In a coalition with you"),
                new MapLegend.Swatch(TREATY, "Pact or trade treaty with you"),
                new MapLegend.Swatch(COALITION_AGAINST_ME, "Coalition against you"),
                new MapLegend.Swatch(AT_WAR, "At war with you"),
                new MapLegend.Swatch(NEUTRAL, "No ties with you")))).withNoValueLabel(NOT_IN_PLAY);
    }

    private static Map<String, Double> values(Map<String, Integer> holders, java.util.function.IntToDoubleFunction f) {
        Map<String, Double> out = new HashMap<>();
        holders.forEach((id, h) -> out.put(id, f.applyAsDouble(h)));
        return out;
    }

    private static double max(Map<String, Double> values, double floor) {
        double m = floor;
        for (double v : values.values()) {
            m = Math.max(m, v);
        }
        return m;
    }

    static MapMode power(World w, Map<String, Integer> holders) {
        Map<String, Double> v = values(holders, h -> w.derived.power[h]);
        return MapMode.scale("power", "Power share", v, 0, max(v, 0.01), Palettes.VIRIDIS, GameModes::pct)
                .withNoValueLabel(NOT_IN_PLAY);
    }

    static MapMode threat(World w, int me, Map<String, Integer> holders) {
        Map<String, Double> v = values(holders, h -> h == me ? Double.NaN : w.derived.threat(h, me));
        v.values().removeIf(d -> d.isNaN());
        return MapMode.scale("threat", "Threat they feel from you", v, 0, 1, Palettes.CIVIDIS,
                d -> d <= 0 ? "none" : "the most").withNoValueLabel("You");
    }

    static MapMode opinion(World w, int me, Map<String, Integer> holders) {
        Map<String, Double> v = values(holders, h -> h == me ? Double.NaN : w.opinion.get(h, me));
        v.values().removeIf(d -> d.isNaN());
        return MapMode.scale("opinion", "Opinion of you", v, -100, 100, Palettes.BLUE_ORANGE,
                d -> d < 0 ? "hostile" : "friendly").withNoValueLabel("You");
    }

    static MapMode overreach(World w, int me, Map<String, Integer> holders) {
        Map<String, Double> v = values(holders, h -> h == me ? Double.NaN : w.memory.get(me, h));
        v.values().removeIf(d -> d.isNaN());
        return MapMode.scale("overreach", "Hostility they remember of you", v, 0, max(v, 1), Palettes.CIVIDIS,
                d -> d <= 0 ? "nothing" : "the most").withNoValueLabel("You");
    }

    static MapMode economy(World w, Map<String, Integer> holders) {
        Map<String, Double> v = values(holders, h -> Math.log10(Math.max(0.01, w.nation(h).gdp)));
        double lo = Math.floor(v.values().stream().mapToDouble(d -> d).min().orElse(0));
        double hi = Math.max(lo + 1, Math.ceil(max(v, lo + 1)));
        return MapMode.scale("economy", "Economy (GDP) · log scale", v, lo, hi, Palettes.VIRIDIS,
                d -> money(Math.pow(10, d))).withNoValueLabel(NOT_IN_PLAY);
    }

    /** The wars as the map draws them: the shapes each side holds now. */
    public static List<MapWar> wars(World w, Map<String, Integer> holders) {
        List<MapWar> out = new java.util.ArrayList<>();
        for (org.balancedrealism.model.War war : w.wars) {
            java.util.Set<String> a = new java.util.HashSet<>();
            java.util.Set<String> b = new java.util.HashSet<>();
            holders.forEach((id, h) -> {
                if (war.attackers.contains(h)) {
                    a.add(id);
                } else if (war.defenders.contains(h)) {
                    b.add(id);
                }
            });
            String name = war.name != null && !war.name.isBlank() ? war.name
                    : w.name(war.attackerLeader()) + "–" + w.name(war.defenderLeader()) + " war";
            out.add(new MapWar(name, a, b));
        }
        return out;
    }

    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    public static String money(double bn) {
        if (Math.abs(bn) >= 1000) {
            return String.format(Locale.ROOT, "$%.1f tn", bn / 1000);
        }
        if (Math.abs(bn) >= 1) {
            return String.format(Locale.ROOT, "$%.0f bn", bn);
        }
        return String.format(Locale.ROOT, "$%.2f bn", bn);
    }
}
