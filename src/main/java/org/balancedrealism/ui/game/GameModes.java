package org.balancedrealism.ui.game;

import org.balancedrealism.text.Texts;
import org.balancedrealism.text.Figures;
import javafx.scene.paint.Color;
import org.balancedrealism.session.SeatView;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.ui.map.MapLegend;
import org.balancedrealism.ui.map.MapMode;
import org.balancedrealism.ui.map.MapWar;
import org.balancedrealism.ui.map.Palettes;
import org.balancedrealism.ui.map.PoliticalMode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The map modes of a running game, computed from what the seat sees ({@link SeatView}): political (who holds each
 * territory), alliances and coalitions, power, threat toward me, opinion of me, overreach memory, economy. Every map
 * country (dependencies too) is coloured by the state that holds it.
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
    /** What the legend calls a state outside the game. */
    static String notInPlay() {
        return Texts.get("modes.notInPlay");
    }

    private GameModes() {
    }

    /** Every map country's living holder, by country id. */
    public static Map<String, SeatView.StateFigures> holders(GeoMap map, SeatView v) {
        Map<String, SeatView.StateFigures> out = new HashMap<>();
        for (MapCountry c : map.countries()) {
            String h = v.holder(c.id());
            if (h != null) {
                out.put(c.id(), v.state(h));
            }
        }
        return out;
    }

    public static List<MapMode> build(GeoMap map, SeatView v) {
        Map<String, SeatView.StateFigures> holders = holders(map, v);
        return List.of(political(map, holders), alliances(v, holders), named(power(holders), Texts.get("modes.power")),
                named(threat(v, holders), Texts.get("modes.threat")), named(opinion(v, holders), Texts.get("modes.opinion")),
                named(overreach(v, holders), Texts.get("modes.overreach")),
                named(economy(holders), Texts.get("modes.economy")));
    }

    /** The same mode with a short name on the mode bar (the legend keeps the long title). */
    static MapMode named(MapMode mode, String shortName) {
        return MapMode.of(mode.id(), shortName, mode::colorOf, mode.legend()).withNoValueLabel(mode.noValueLabel());
    }

    static MapMode political(GeoMap map, Map<String, SeatView.StateFigures> holders) {
        return named(PoliticalMode.of(map, c -> {
            SeatView.StateFigures h = holders.get(c.id());
            return h == null ? null : h.id();
        }, Palettes.TOL_LIGHT), Texts.get("map.mode.political")).withNoValueLabel(notInPlay());
    }

    /** How a state stands toward me, as a colour (null: no tie). */
    static Color colour(SeatView.Standing standing) {
        return switch (standing) {
            case ME -> ME;
            case AT_WAR -> AT_WAR;
            case COALITION_AGAINST_ME -> COALITION_AGAINST_ME;
            case ALLY -> ALLY;
            case MY_COALITION -> MY_COALITION;
            case TREATY -> TREATY;
            case NONE -> null;
        };
    }

    static MapMode alliances(SeatView v, Map<String, SeatView.StateFigures> holders) {
        return MapMode.of("alliances", Texts.get("modes.alliances"), id -> {
            SeatView.StateFigures h = holders.get(id);
            if (h == null) {
                return null;
            }
            Color c = colour(v.relations().get(h.index()).standing());
            return c == null ? NEUTRAL : c;
        }, new MapLegend.Categories(Texts.get("modes.alliances.legend"), List.of(
                new MapLegend.Swatch(ME, Texts.get("modes.alliances.you")),
                new MapLegend.Swatch(ALLY, Texts.get("modes.alliances.ally")),
                new MapLegend.Swatch(MY_COALITION, Texts.get("modes.alliances.myCoalition")),
                new MapLegend.Swatch(TREATY, Texts.get("modes.alliances.treaty")),
                new MapLegend.Swatch(COALITION_AGAINST_ME, Texts.get("modes.alliances.coalitionAgainst")),
                new MapLegend.Swatch(AT_WAR, Texts.get("modes.alliances.atWar")),
                new MapLegend.Swatch(NEUTRAL, Texts.get("modes.alliances.none"))))).withNoValueLabel(notInPlay());
    }

    private static Map<String, Double> values(Map<String, SeatView.StateFigures> holders,
                                              ToDoubleFunction<SeatView.StateFigures> f) {
        Map<String, Double> out = new HashMap<>();
        holders.forEach((id, h) -> {
            double d = f.applyAsDouble(h);
            if (!Double.isNaN(d)) {
                out.put(id, d);
            }
        });
        return out;
    }

    private static double max(Map<String, Double> values, double floor) {
        double m = floor;
        for (double v : values.values()) {
            m = Math.max(m, v);
        }
        return m;
    }

    static MapMode power(Map<String, SeatView.StateFigures> holders) {
        Map<String, Double> v = values(holders, SeatView.StateFigures::power);
        return MapMode.scale("power", Texts.get("panel.powerShare"), v, 0, max(v, 0.01), Palettes.VIRIDIS, GameModes::pct)
                .withNoValueLabel(notInPlay());
    }

    /** A figure of each state's relation to me; NaN (no data) for me. */
    private static ToDoubleFunction<SeatView.StateFigures> toMe(SeatView v, ToDoubleFunction<SeatView.Relation> f) {
        return h -> h.id().equals(v.me()) ? Double.NaN : f.applyAsDouble(v.relations().get(h.index()));
    }

    static MapMode threat(SeatView v, Map<String, SeatView.StateFigures> holders) {
        Map<String, Double> values = values(holders, toMe(v, SeatView.Relation::threatItFeels));
        return MapMode.scale("threat", Texts.get("modes.threat.title"), values, 0, 1, Palettes.CIVIDIS,
                d -> Texts.get(d <= 0 ? "modes.none" : "modes.theMost")).withNoValueLabel(Texts.get("tooltip.you"));
    }

    static MapMode opinion(SeatView v, Map<String, SeatView.StateFigures> holders) {
        Map<String, Double> values = values(holders, toMe(v, SeatView.Relation::opinionOfMe));
        return MapMode.scale("opinion", Texts.get("modes.opinion.title"), values, -100, 100, Palettes.BLUE_ORANGE,
                d -> Texts.get(d < 0 ? "words.opinion.hostile" : "words.opinion.friendly")).withNoValueLabel(Texts.get("tooltip.you"));
    }

    static MapMode overreach(SeatView v, Map<String, SeatView.StateFigures> holders) {
        Map<String, Double> values = values(holders, toMe(v, SeatView.Relation::remembers));
        return MapMode.scale("overreach", Texts.get("modes.overreach.title"), values, 0, max(values, 1),
                Palettes.CIVIDIS, d -> Texts.get(d <= 0 ? "modes.nothing" : "modes.theMost")).withNoValueLabel(Texts.get("tooltip.you"));
    }

    static MapMode economy(Map<String, SeatView.StateFigures> holders) {
        Map<String, Double> v = values(holders, h -> Math.log10(Math.max(0.01, h.gdp())));
        double lo = Math.floor(v.values().stream().mapToDouble(d -> d).min().orElse(0));
        double hi = Math.max(lo + 1, Math.ceil(max(v, lo + 1)));
        return MapMode.scale("economy", Texts.get("map.logScale", Texts.get("map.mode.economy")), v, lo, hi, Palettes.VIRIDIS,
                d -> money(Math.pow(10, d))).withNoValueLabel(notInPlay());
    }

    /** The wars as the map draws them: the shapes each side holds now. */
    public static List<MapWar> wars(SeatView v, Map<String, SeatView.StateFigures> holders) {
        List<MapWar> out = new java.util.ArrayList<>();
        for (SeatView.WarLine war : v.wars()) {
            java.util.Set<String> a = new java.util.HashSet<>();
            java.util.Set<String> b = new java.util.HashSet<>();
            holders.forEach((id, h) -> {
                if (war.attackers().contains(h.id())) {
                    a.add(id);
                } else if (war.defenders().contains(h.id())) {
                    b.add(id);
                }
            });
            out.add(new MapWar(war.name(), a, b));
        }
        return out;
    }

    /** A share as a percentage in the player's language ({@link Figures}). */
    public static String pct(double share) {
        return Figures.percent(share);
    }

    /** Billions of dollars in the player's language ({@link Figures}). */
    public static String money(double bn) {
        return Figures.money(bn);
    }
}
