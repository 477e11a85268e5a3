package org.balancedrealism.cli;

import org.balancedrealism.io.OrdersFile;
import org.balancedrealism.session.HeadlessGame;
import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.Json;
import org.balancedrealism.model.Coalition;
import org.balancedrealism.model.GameEvent;
import org.balancedrealism.model.War;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * An AI-only game: a summary line per turn; per-turn CSVs (states, coalition members, threats with their factors) and
 * the event log (with reasons) as JSON.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "AI plays every seat of a scenario.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id (modern-world, ukraine-2022, belt-and-road-2013, cold-war-1947, rebuilding-1950, iraq-2003) or file")
    String scenario;
    @Option(names = "--turns", description = "turns to play (default: the scenario's length)")
    Integer turns;
    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;
    @Option(names = "--out", defaultValue = "target/simulate", description = "output folder")
    Path out;
    @Option(names = "--orders", description = "JSON list of scripted orders (as for run); the states they name make no AI initiatives")
    Path orders;
    @Option(names = "--quiet", description = "no per-turn lines")
    boolean quiet;
    @Option(names = "--language", defaultValue = "en", description = "language of the event texts: en or fr")
    String language;

    @Override
    public Integer call() throws Exception {
        org.balancedrealism.text.Texts.setLocale(Locale.forLanguageTag(language));
        World w = Games.load(scenario).newWorld(seed);
        int n = turns == null ? w.maxTurns : turns;
        HeadlessGame game = new HeadlessGame(w, orders == null ? java.util.Map.of() : OrdersFile.read(orders), true);
        game.extendTo(n);
        List<GameEvent> events = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try (TurnCsv csv = TurnCsv.open(out, TurnCsv.STATES, TurnCsv.COALITIONS, TurnCsv.THREATS)) {
            for (int t = 0; t < n && !TurnEngine.isOver(w); t++) {
                TurnEngine.TurnResult r = game.playTurn();
                events.addAll(r.events());
                csv.afterTurn(w);
                if (!quiet) {
                    System.out.println(summary(w, r));
                }
            }
            written.addAll(csv.files());
        }
        org.balancedrealism.io.GameExport.eventsJson(events, out.resolve("events.json"));
        try (Writer json = Files.newBufferedWriter(out.resolve("explanations.json"))) {
            Json.PRETTY.toJson(w.ai.notable, json);
        }
        written.add(out.resolve("events.json"));
        written.add(out.resolve("explanations.json"));
        System.out.println("Wrote " + TurnCsv.list(written));
        return 0;
    }

    /** "T12 2028-01 | USA 19.8% CHN 17.1% … | wars 2 | coalitions: vs RUS (…) | overreach RUS 12.3 …". */
    static String summary(World w, TurnEngine.TurnResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "T%-3d %s |", w.turn, w.dateLabel()));
        for (int i : Rankings.top(w, w.derived.power, 5)) {
            sb.append(String.format(Locale.ROOT, " %s %.1f%%", w.id(i), 100 * w.derived.power[i]));
        }
        sb.append(" | wars ").append(w.wars.size());
        for (War war : w.wars) {
            sb.append(" [").append(w.id(war.attackerLeader())).append('>').append(w.id(war.defenderLeader()))
                    .append(String.format(Locale.ROOT, " %+.0f]", war.warscore));
        }
        sb.append(" | coalitions ").append(w.coalitions.size());
        for (Coalition c : w.coalitions) {
            sb.append(" [vs ").append(w.id(c.target)).append(": ").append(c.members.size()).append(" members");
            if (c.formedTurn == w.turn) {
                sb.append(", why: ").append(shorten(c.why, 120));
            }
            sb.append(']');
        }
        sb.append(" | overreach");
        for (int i : Rankings.top(w, w.derived.overreach, 3)) {
            sb.append(String.format(Locale.ROOT, " %s %.1f", w.id(i), w.derived.overreach[i]));
        }
        return sb.toString();
    }

    static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }


}
