package org.balancedrealism.cli;

import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.Games;
import org.balancedrealism.model.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code validate <scenario>}: checks a scenario file with its map and rules; exit code 0 if it can be played. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario (a shipped id such as modern-world, or a path to a .json file).")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "scenario id or file")
    String scenario;

    @Override
    public Integer call() throws DataFileException {
        Games.Loaded loaded;
        World w;
        try {
            loaded = Games.load(scenario);
            w = loaded.newWorld(1);
        } catch (RuntimeException e) {
            // a check the loader lacks: still one line naming the file, never a stack trace
            throw new DataFileException(Path.of(scenario).getFileName().toString(), null, "cannot be used: the game "
                    + "could not build a world from it (" + e.getClass().getSimpleName() + "). Please report this file.", e);
        }
        int alive = 0;
        for (var n : w.nations) {
            alive += n.alive ? 1 : 0;
        }
        // historical scenarios hand some states' shapes to a predecessor: those start absorbed
        String absorbed = alive < w.size() ? " (" + (w.size() - alive) + " absorbed by a predecessor)" : "";
        System.out.printf("%s: OK — \"%s\", %d states in play%s, %d territories, %d treaties, %d wars, %d turns of %d months from %s%n",
                loaded.fileName(), loaded.scenario().title, alive, absorbed, w.territories.length, w.treaties.size(),
                w.wars.size(), w.maxTurns, w.monthsPerTurn, w.startDate);
        return 0;
    }
}
