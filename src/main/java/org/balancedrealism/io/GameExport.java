package org.balancedrealism.io;

import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.TurnStats;
import org.balancedrealism.model.World;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turn-by-turn figures as CSV and the event log with its reasons as JSON (command line, debrief). */
public final class GameExport {
    private GameExport() {
    }

    public static void figuresCsv(World w, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("turn,date,state,name,power_share,gdp_bn,military_bn,overreach,max_threat,treasury_bn\n");
            for (TurnStats s : w.history) {
                String date = w.dateLabel(s.turn());
                for (int i = 0; i < w.size(); i++) {
                    out.write(String.format(Locale.ROOT, "%d,%s,%s,\"%s\",%.5f,%.2f,%.2f,%.3f,%.4f,%.2f%n", s.turn(), date,
                            w.id(i), w.name(i).replace("\"", "'"), s.power()[i], s.gdp()[i], s.military()[i],
                            s.overreach()[i], s.maxThreat()[i], s.treasury()[i]));
                }
            }
        }
    }

    /** The events of a run (collect each turn's result: the saved log drops routine events after a while). */
    public static void eventsJson(java.util.List<GameEvent> events, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Json.PRETTY.toJson(events.toArray(new GameEvent[0]), out);
        }
    }
}
