package org.balancedrealism.cli;

import org.balancedrealism.debrief.Debrief;
import org.balancedrealism.io.DataFileException;
import org.balancedrealism.io.SaveGame;
import org.balancedrealism.io.SaveGames;
import org.balancedrealism.io.ScenarioSource;
import org.balancedrealism.session.Branching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code debrief <save> [--out DIR]}: the debrief folder of a saved game (figures, events, orders, charts, report). */
@Command(name = "debrief", mixinStandardHelpOptions = true,
        description = "Write the debrief of a saved game: figures (CSV), events (JSON), orders, messages, scores, "
                + "charts (PNG) and a report (index.html).")
public final class DebriefCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "save file, or the name of a save in the saves folder")
    String save;

    @Option(names = "--out", description = "output folder (default: debrief-<save name> beside the save)")
    Path out;

    @Override
    public Integer call() throws IOException, DataFileException {
        // the charts are drawn with Java2D: never open a window or need a display on a lab machine
        System.setProperty("java.awt.headless", "true");
        Path file = SavePaths.resolve(save);
        SaveGames folder = SavePaths.folderOf(file);
        SaveGame game;
        try {
            game = folder.load(file);
        } catch (DataFileException e) {
            if (!SaveGames.isRulesMismatch(e)) {
                throw e;
            }
            System.err.println("Note: " + e.problem() + " The debrief replays it under today's rules.");
            game = folder.load(file, true);
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path dir = out != null ? out : file.toAbsolutePath().getParent().resolve("debrief-" + name);
        Debrief.Written written = Debrief.write(game, Branching.from(ScenarioSource.SHIPPED).fresh(game), dir);
        System.out.println("Debrief of " + file.getFileName() + " (" + game.world.turn + " turns) written to " + dir);
        System.out.println("Open " + written.report().toAbsolutePath() + " in a browser.");
        return 0;
    }
}
