package org.balancedrealism.debrief;

import org.balancedrealism.engine.Scoring;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.io.AtomicFiles;
import org.balancedrealism.io.GameExport;
import org.balancedrealism.io.Json;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.model.Objective;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The debrief of a game (DESIGN §9, §12): a folder an instructor opens after the exercise, with the turn-by-turn
 * figures (CSV), the event log with reasons (JSON), each seat's orders and the messages, objectives and scores,
 * charts (PNG, drawn headless with Java2D) and one HTML report that ties them together.
 */
public final class Debrief {
    /** Leading states drawn in the power and overreach charts besides the seats. */
    public static final int LEADERS = 6;

    private Debrief() {
    }

    /** The files written, the report first. */
    public record Written(Path report, List<Path> files) {
    }

    /** Replays {@code save} on {@code fresh} (its scenario's world from the same seed) and writes the debrief to {@code dir}. */
    public static Written write(SaveGame save, World fresh, Path dir) throws IOException {
        GameRecord record = GameRecord.collect(save, fresh);
        Files.createDirectories(dir.resolve("charts"));
        List<Path> files = new ArrayList<>();
        World w = record.world();

        Path figures = dir.resolve("figures.csv");
        GameExport.figuresCsv(w, figures);
        files.add(figures);
        files.add(text(dir.resolve("seats-threat.csv"), seatsThreatCsv(record)));
        Path events = dir.resolve("events.json");
        GameExport.eventsJson(record.events(), events);
        files.add(events);
        files.add(text(dir.resolve("orders.json"), Json.PRETTY.toJson(ordersBySeat(record))));
        files.add(text(dir.resolve("messages.json"), Json.PRETTY.toJson(save.messages)));
        List<ScoreRow> scores = scores(record);
        files.add(text(dir.resolve("scores.csv"), scoresCsv(scores)));
        files.add(text(dir.resolve("objectives.json"), Json.PRETTY.toJson(objectives(w))));

        List<TurningPoints.Moment> moments = TurningPoints.of(record);
        List<Path> charts = DebriefCharts.write(record, moments, dir.resolve("charts"));
        files.addAll(charts);
        Path report = text(dir.resolve("index.html"), HtmlReport.html(record, moments, scores, objectives(w), charts, dir));
        files.add(0, report);
        return new Written(report, List.copyOf(files));
    }

    private static Path text(Path file, String content) throws IOException {
        AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    // ---- tables ----

    static String seatsThreatCsv(GameRecord r) {
        StringBuilder sb = new StringBuilder("turn,date,seat_state,threat_inspired,feared_most_by,states_afraid,threat_felt,fears_most\n");
        for (GameRecord.TurnFigures t : r.turns()) {
            for (int s = 0; s < r.seatIds().size(); s++) {
                sb.append(String.format(Locale.ROOT, "%d,%s,%s,%.3f,%s,%d,%.3f,%s%n", t.turn(), t.date(), r.seatIds().get(s),
                        t.feared()[s], t.fearedMost()[s], t.afraidOf()[s], t.felt()[s], t.feltFrom()[s]));
            }
        }
        return sb.toString();
    }

    /** A move in words with names: "Invade → Ukraine (Donbas)". */
    static String describe(GameRecord r, Move m) {
        String s = m.kind() == null ? "?" : m.kind().englishLabel();
        if (m.target() != null) {
            s += " → " + r.name(m.target());
        }
        if (!m.partners().isEmpty()) {
            List<String> names = new ArrayList<>();
            m.partners().forEach(p -> names.add(r.name(p)));
            s += " with " + String.join(", ", names);
        }
        if (m.territory() != null && !m.territory().equals(m.target())) {
            s += " (" + m.territory() + ")";
        }
        if (m.amount() != 0) {
            s += String.format(Locale.ROOT, " [%.3g]", m.amount());
        }
        return s;
    }

    record SeatOrders(String seat, String state, String stateName, boolean human, List<TurnOrders> turns) {
    }

    record TurnOrders(int turn, String date, List<String> orders) {
    }

    static List<SeatOrders> ordersBySeat(GameRecord r) {
        List<SeatOrders> out = new ArrayList<>();
        World w = r.world();
        for (SaveGame.SeatEntry seat : r.save().seats) {
            List<TurnOrders> turns = new ArrayList<>();
            for (int t = 0; t < r.save().orderHistory.size(); t++) {
                List<String> mine = new ArrayList<>();
                for (Move m : r.save().orderHistory.get(t)) {
                    if (seat.state().equals(m.actor())) {
                        mine.add(describe(r, m));
                    }
                }
                turns.add(new TurnOrders(t + 1, w.dateLabel(t + 1), mine));
            }
            out.add(new SeatOrders(seat.name(), seat.state(), r.name(seat.state()), seat.human(), turns));
        }
        return out;
    }

    /** One line of the score table. */
    record ScoreRow(String state, String name, String seat, double total, double security, double power,
                    double prosperity, double prudence, double powerShare, double peakOverreach, boolean alive) {
    }

    /** Scores at the end: every seat, then the leading states. */
    static List<ScoreRow> scores(GameRecord r) {
        World w = r.world();
        Map<String, String> seatOf = new LinkedHashMap<>();
        for (SaveGame.SeatEntry s : r.save().seats) {
            seatOf.put(s.state(), s.name());
        }
        List<Integer> order = new ArrayList<>();
        for (String id : seatOf.keySet()) {
            order.add(w.indexOf(id));
        }
        for (int i : leaders(w.derived.power, LEADERS)) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        List<ScoreRow> rows = new ArrayList<>();
        for (int i : order) {
            Scoring.Score s = Scoring.score(w, i);
            rows.add(new ScoreRow(w.id(i), w.name(i), seatOf.getOrDefault(w.id(i), ""), s.total(), s.security(), s.power(),
                    s.prosperity(), s.prudence(), w.derived.power[i], w.nation(i).peakOverreach, w.nation(i).alive));
        }
        return rows;
    }

    static String scoresCsv(List<ScoreRow> rows) {
        StringBuilder sb = new StringBuilder("state,name,seat,score,security,power_change,prosperity,prudence,power_share,peak_overreach,alive\n");
        for (ScoreRow r : rows) {
            sb.append(String.format(Locale.ROOT, "%s,\"%s\",\"%s\",%.1f,%.1f,%.1f,%.1f,%.2f,%.4f,%.2f,%b%n", r.state(),
                    r.name().replace("\"", "'"), r.seat().replace("\"", "'"), r.total(), r.security(), r.power(),
                    r.prosperity(), r.prudence(), r.powerShare(), r.peakOverreach(), r.alive()));
        }
        return sb.toString();
    }

    /** An objective and how it stands. */
    record ObjectiveRow(String state, String id, String text, boolean met, int streak) {
    }

    static List<ObjectiveRow> objectives(World w) {
        List<ObjectiveRow> out = new ArrayList<>();
        for (Objective o : w.objectives) {
            out.add(new ObjectiveRow(o.nation(), o.id(), o.text(), w.objectivesMet.contains(o.id()),
                    w.objectiveStreaks.getOrDefault(o.id(), 0)));
        }
        return out;
    }

    /** The {@code k} states with the largest values, largest first (ties by index). */
    static List<Integer> leaders(double[] values, int k) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i));
        return idx.subList(0, Math.min(k, idx.size()));
    }
}
