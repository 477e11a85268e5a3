package org.balancedrealism.debrief;

import org.balancedrealism.model.World;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The debrief's charts ({@link LineChart}): which states each one shows, and the turning points it marks. */
final class DebriefCharts {
    private DebriefCharts() {
    }

    /** Power shares, overreach, and the threat around each seat, with the turning points marked. */
    static List<Path> write(GameRecord r, List<TurningPoints.Moment> moments, Path dir) throws IOException {
        List<Integer> turns = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (GameRecord.TurnFigures t : r.turns()) {
            turns.add(t.turn());
            dates.add(t.date());
        }
        List<Path> out = new ArrayList<>();
        World w = r.world();
        List<Integer> shown = chartStates(r, t -> t.power());
        LineChart power = new LineChart("Share of world power", "share of world power", true, turns, dates);
        addSeries(power, r, shown, t -> t.power());
        markers(power, moments);
        out.add(written(power, dir.resolve("power.png")));
        if (seatsLieFlat(r, shown)) {
            // small seats beside great powers are a flat line at the bottom: show them again on their own scale
            LineChart seats = new LineChart("Share of world power: the seats", "share of world power", true, turns, dates);
            addSeries(seats, r, shown.subList(0, r.seatIds().size()), t -> t.power());
            markers(seats, moments);
            out.add(written(seats, dir.resolve("power-seats.png")));
        }

        List<Integer> over = chartStates(r, t -> t.overreach());
        LineChart overreach = new LineChart("Overreach: how much hostility the world remembers of each state",
                "overreach", false, turns, dates);
        addSeries(overreach, r, over, t -> t.overreach());
        markers(overreach, moments);
        out.add(written(overreach, dir.resolve("overreach.png")));

        for (int s = 0; s < r.seatIds().size(); s++) {
            int seat = s;
            String id = r.seatIds().get(s);
            LineChart threat = new LineChart("Threat around " + r.name(id), "threat (0 = none, 1 = mortal)", false,
                    turns, dates);
            threat.add(new LineChart.Series("others' fear of " + w.name(w.indexOf(id)),
                    values(r, t -> t.feared()[seat]), LineChart.PALETTE[3], false));
            threat.add(new LineChart.Series(r.name(id) + "'s own fear",
                    values(r, t -> t.felt()[seat]), LineChart.PALETTE[0], true));
            markers(threat, moments);
            out.add(written(threat, dir.resolve("threat-" + id + ".png")));
        }
        return out;
    }

    /** True when every seat's power share stays under a fifth of the largest share charted. */
    private static boolean seatsLieFlat(GameRecord r, List<Integer> shown) {
        int seats = r.seatIds().size();
        if (seats == 0) {
            return false;
        }
        double seatPeak = 0;
        double peak = 0;
        for (GameRecord.TurnFigures t : r.turns()) {
            for (int k = 0; k < shown.size(); k++) {
                double v = t.power()[shown.get(k)];
                peak = Math.max(peak, v);
                if (k < seats) {
                    seatPeak = Math.max(seatPeak, v);
                }
            }
        }
        return seatPeak > 0 && seatPeak < peak / 5;
    }

    private interface Figure {
        double[] of(GameRecord.TurnFigures t);
    }

    private interface Value {
        double of(GameRecord.TurnFigures t);
    }

    private static double[] values(GameRecord r, Value v) {
        double[] out = new double[r.turns().size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.of(r.turns().get(k));
        }
        return out;
    }

    /**
     * The seats, then the states that led the figure at any time (largest peak first): {@link Debrief#LEADERS} lines
     * at least, two more than the seats, at most one per colour.
     */
    private static List<Integer> chartStates(GameRecord r, Figure f) {
        World w = r.world();
        List<Integer> states = new ArrayList<>();
        for (String id : r.seatIds()) {
            states.add(w.indexOf(id));
        }
        double[] peak = new double[w.size()];
        for (GameRecord.TurnFigures t : r.turns()) {
            double[] v = f.of(t);
            for (int i = 0; i < peak.length; i++) {
                peak[i] = Math.max(peak[i], v[i]);
            }
        }
        for (int i : Debrief.leaders(peak, w.size())) {
            if (states.size() >= Math.max(Debrief.LEADERS, r.seatIds().size() + 2)
                    || states.size() >= LineChart.PALETTE.length) {
                break;
            }
            if (!states.contains(i) && peak[i] > 0) {
                states.add(i);
            }
        }
        return states;
    }

    private static void addSeries(LineChart chart, GameRecord r, List<Integer> states, Figure f) {
        World w = r.world();
        for (int k = 0; k < states.size(); k++) {
            int i = states.get(k);
            boolean seat = r.seatIds().contains(w.id(i));
            chart.add(new LineChart.Series(w.name(i) + (seat ? " (seat)" : ""), values(r, t -> f.of(t)[i]),
                    LineChart.PALETTE[k % LineChart.PALETTE.length], !seat));
        }
    }

    private static void markers(LineChart chart, List<TurningPoints.Moment> moments) {
        for (TurningPoints.Moment m : moments) {
            LineChart.Marker mark = switch (m.heading()) {
                case "War", "Coalition at war" -> new LineChart.Marker(m.turn(), "a war begins", new Color(0xD55E00));
                case "Coalition" -> new LineChart.Marker(m.turn(), "a coalition forms", new Color(0x0072B2));
                case "Inject" -> new LineChart.Marker(m.turn(), "an inject", new Color(0xCC79A7));
                default -> null;
            };
            if (mark != null) {
                chart.mark(mark);
            }
        }
    }

    private static Path written(LineChart chart, Path file) throws IOException {
        chart.write(file);
        return file;
    }
}
