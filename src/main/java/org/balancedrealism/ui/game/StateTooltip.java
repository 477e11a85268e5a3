package org.balancedrealism.ui.game;

import org.balancedrealism.text.CountryNames;
import org.balancedrealism.text.Texts;
import org.balancedrealism.model.map.GeoMap;
import org.balancedrealism.model.map.MapCountry;
import org.balancedrealism.session.SeatView;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The map's hover text in a running game: the country, who holds it, its power, and how it stands toward me. It
 * reads the last published view only, so hovering never waits for a turn being resolved.
 */
final class StateTooltip {
    private final Map<String, String> names = new HashMap<>();
    private final Supplier<SeatView> view;

    StateTooltip(GeoMap map, Supplier<SeatView> view) {
        this.view = view;
        for (MapCountry c : map.countries()) {
            names.put(c.id(), CountryNames.of(c.id(), c.name()));
        }
    }

    String text(String countryId) {
        SeatView v = view.get();
        StringBuilder sb = new StringBuilder(names.getOrDefault(countryId, countryId));
        String holder = v == null ? null : v.holder(countryId);
        if (holder == null) {
            return sb.toString();
        }
        SeatView.StateFigures h = v.state(holder);
        if (!holder.equals(countryId)) {
            sb.append("\n").append(Texts.get("tooltip.heldBy", h.name()));
        }
        sb.append("\n").append(Texts.get("tooltip.power", GameModes.pct(h.power())));
        if (holder.equals(v.me())) {
            sb.append("\n").append(Texts.get("tooltip.you"));
        } else {
            SeatView.Relation r = v.relations().get(h.index());
            sb.append("\n").append(GameWindows.cap(Texts.get("tooltip.opinion", PlainWords.opinion(r.opinionOfMe()))));
            sb.append("\n").append(Texts.get("tooltip.threat", PlainWords.threatLevel(v, r.threatItFeels())));
            if (r.atWar()) {
                sb.append("\n").append(Texts.get("tooltip.atWar"));
            } else if (r.standing() == SeatView.Standing.ALLY) {
                sb.append("\n").append(Texts.get("tooltip.allied"));
            }
        }
        return sb.toString();
    }
}
