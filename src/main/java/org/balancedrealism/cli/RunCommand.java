package org.balancedrealism.cli;

import org.balancedrealism.engine.TurnEngine;
import org.balancedrealism.engine.move.Move;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.GameExport;
import org.balancedrealism.io.Games;
import org.balancedrealism.io.OrdersFile;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code run <scenario> --turns N --seed S [--orders file.json]}: applies scripted orders (no AI initiatives: the
 * states without orders only react by the rules), prints each turn's summary and writes
 * CSV (figures, coalitions, threats) and JSON (events).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario with scripted orders only; print each turn; write figures, coalitions and threats CSV and events JSON.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id or file")
    String scenario;

    @Option(names = "--turns", defaultValue = "20", description = "turns to play (default ${DEFAULT-VALUE})")
    int turns;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--orders", description = "JSON list of orders, each with its turn")
    Path orders;

    @Option(names = "--out", defaultValue = "target/run", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws DataFileException, IOException {
        World w = Games.load(scenario).newWorld(seed);
        Map<Integer, List<Move>> script = orders == null ? Map.of() : OrdersFile.read(orders);
        TurnEngine engine = new TurnEngine();
        List<org.balancedrealism.model.GameEvent> events = new java.util.ArrayList<>();
        List<Path> written = new java.util.ArrayList<>();
        try (TurnCsv csv = TurnCsv.open(out, TurnCsv.COALITIONS, TurnCsv.THREATS)) {
            for (int t = 0; t < turns && !TurnEngine.isOver(w); t++) {
                TurnEngine.TurnResult r = engine.resolve(w, script.getOrDefault(w.turn + 1, List.of()));
                events.addAll(r.events());
                csv.afterTurn(w);
                System.out.println(TurnSummary.of(w, r));
            }
            written.addAll(csv.files());
        }
        GameExport.figuresCsv(w, out.resolve("figures.csv"));
        GameExport.eventsJson(events, out.resolve("events.json"));
        written.add(0, out.resolve("figures.csv"));
        written.add(out.resolve("events.json"));
        System.out.println("Wrote " + TurnCsv.list(written));
        return 0;
    }
}
